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
  }).catch((error: unknown) => { throw new Error(inWebWords(error instanceof Error ? error.message : String(error))); });
  return result.snapshot;
}

// The sync's messages are the CLI's: its advice names flags and commands. Here the same advice
// names the form's fields.
const WEB_WORDS: Array<[RegExp, string]> = [
  [/sign in with `roadfolio github login` for 5,000 requests an hour/g, 'add a personal access token for 5,000 requests an hour'],
  [/link your account with `roadfolio github login` \(5,000 an hour\)/g, 'add a personal access token (5,000 requests an hour)'],
  [/Say whose repos to sync with --user NAME, or link your account with `roadfolio github login`/g, 'Say whose repos to sync in the GitHub user field'],
  [/run `roadfolio github login` to link your account again/g, 'make a new token on GitHub and paste it here'],
  [/(or )?run `roadfolio github login`/g, '$1add a personal access token'],
  [/check the spelling of --user/g, 'check the spelling of the GitHub user'],
  [/--api-url is the API root/g, 'the API URL is the API root'],
  [/ or --api-url/g, ' or the API URL'],
  [/ \(--timeout\)/g, ''],
  [/a token is sent to it only with --allow-http-loopback \(it is on this machine\); or sync public data with --no-token/g, 'a token is sent to it only from a page on the same machine; or sync public data with the token field empty'],
  [/or sync public data with --no-token/g, 'or sync public data with the token field empty'],
  [/nothing was written, the previous snapshot is kept/g, 'your repos were not changed'],
];

export function inWebWords(message: string): string {
  return WEB_WORDS.reduce((text, [pattern, words]) => text.replace(pattern, words), message);
}
