import type { GithubSnapshot } from '../../model/github.js';

export interface BrowserSyncRequest { user: string; token: string; apiUrl: string }

/**
 * Sync repos from the browser with the CLI's own client (src/github/sync.ts: octokit, GraphQL
 * with a token, REST without). Loaded on first use: octokit is not needed to show the example.
 * The token goes to octokit only; errors come back as the CLI's one-line messages, which never
 * quote it.
 */
export async function syncInBrowser(request: BrowserSyncRequest, progress: (done: number, total: number) => void): Promise<GithubSnapshot> {
  const { syncRepos } = await import('../../github/sync.js');
  const result = await syncRepos({
    apiUrl: request.apiUrl,
    ...(request.token ? { token: request.token } : {}),
    ...(request.user ? { user: request.user } : {}),
    // A person is waiting at the page: fail fast and say so rather than retry for long.
    retries: 1,
    retryBaseMs: 300,
    maxRateLimitWaitSeconds: 5,
    // A token goes to https:// only; over plain http only when the page and the API are both on
    // this machine (roadfolio serve and a local test server), so it never crosses a network in clear.
    allowHttpLoopback: typeof location !== 'undefined' && /^(localhost|127(\.\d{1,3}){3}|\[::1\])$/.test(location.hostname),
    onProgress: ({ done, total }) => progress(done, total),
  });
  return result.snapshot;
}
