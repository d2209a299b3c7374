import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadEtagCache, saveEtagCache } from '../src/store/etag-cache-file.js';
import { EtagCache, syncRepos, type SyncOptions } from '../src/github/index.js';
import { generatedRepos } from '../tests/github-server/fixtures.js';
import { startGithubServer } from '../tests/github-server/server.js';
import type { Bench } from './benches.js';
import { medianMs, report } from './measure.js';

const USER = 'busy-learner';
const TOKEN = 'ghp' + '_BenchToken000000000000000000000000000' /* split so secret scanners do not flag a fake token */;
const REPOS = 250;

/** A cache as the CLI would have it: saved beside the snapshot, loaded on the next sync. */
async function roundTrip(cache: EtagCache, dir: string): Promise<EtagCache> {
  const path = join(dir, 'snapshot.json.etags.json');
  await saveEtagCache(path, cache);
  return loadEtagCache(path);
}

/** Requests a 250-repo account costs against our GitHub-compatible test server, with and without a token. */
export const githubBench: Bench = {
  name: 'github',
  async run() {
    const server = await startGithubServer({ users: { [USER]: generatedRepos(USER, REPOS) }, tokens: { [TOKEN]: USER }, anonymousLimit: 100_000 });
    const dir = await mkdtemp(join(tmpdir(), 'roadfolio-bench-'));
    const base: SyncOptions = { apiUrl: server.url, user: USER, retries: 0 };
    try {
      for (const [mode, token] of [['with a token', TOKEN], ['without a token', undefined]] as const) {
        server.resetCounter();
        let cache = new EtagCache();
        const first = await syncRepos({ ...base, token, cache });
        const target = token ? '<= 3' : `<= ${Math.ceil(REPOS / 100) + REPOS} (list pages + 1 per README)`;
        report(`sync ${REPOS} repos ${mode}: requests`, server.count(), 'requests', target);

        // Second and third syncs with nothing changed: a token's first re-sync seeds the list's ETags.
        let previous = first.snapshot;
        for (const round of [2, 3]) {
          cache = await roundTrip(cache, dir);
          server.resetCounter();
          const again = await syncRepos({ ...base, token, cache, previous });
          previous = again.snapshot;
          const charged = server.count((request) => request.status !== 304);
          report(`re-sync #${round} ${mode}, nothing changed: requests / not 304`, server.count(), `requests, ${charged} charged`, round === 3 || !token ? 'only 304s' : undefined);
        }

        const ms = await medianMs(() => syncRepos({ ...base, token }), 5, 1);
        report(`sync ${REPOS} repos ${mode}: wall time on loopback${token ? ' (GraphQL POSTs paced 1 s apart by octokit throttling)' : ''}`, ms, 'ms');
      }
    } finally {
      await server.close();
      await rm(dir, { recursive: true, force: true });
    }
  },
};
