import type { GithubSnapshot } from '../../model/github.js';

export interface BrowserSyncRequest { user: string; token: string; apiUrl: string }

/** Placeholder until src/github lands on main: the sync runs the same client as the CLI. */
export async function syncInBrowser(_request: BrowserSyncRequest, _progress: (done: number, total: number) => void): Promise<GithubSnapshot> {
  throw new Error('GitHub sync from the browser is not available in this build; import a snapshot file instead');
}
