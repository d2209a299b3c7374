import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { loadEtagCache, saveEtagCache } from '../src/store/etag-cache-file.js';
import { EtagCache, GithubError, syncRepos, type SyncOptions } from '../src/github/index.js';
import { asIfFromGithub, EXAMPLE_USER, exampleSnapshot, GOOD_TOKEN, PRIVATE_REPO, startExampleServer } from './github-server/example.js';
import type { GithubTestServer } from './github-server/server.js';

let server: GithubTestServer;
beforeAll(async () => { server = await startExampleServer({ anonymousLimit: 5000 }); });
afterAll(async () => { await server.close(); });
beforeEach(() => { server.resetCounter(); server.clearFailures(); });

/** Retry and throttling off (they wait seconds); the tests of retrying turn them back on. */
const quick = (options: SyncOptions): SyncOptions => ({ apiUrl: server.url, retries: 0, throttle: false, allowHttpLoopback: true, ...options });
const everything = { includeForks: true, includeArchived: true };

describe('syncing the example account', () => {
  it('without a token, gives back the example snapshot from the REST API', async () => {
    const { snapshot } = await syncRepos(quick({ user: EXAMPLE_USER, ...everything, allLanguages: true }));
    const { fetchedAt: _f, apiUrl: _a, ...expected } = exampleSnapshot();
    expect(asIfFromGithub(snapshot, server.url)).toEqual(expected);
    expect(snapshot.apiUrl).toBe(server.url);
  });

  it('with a token, gives back the same snapshot from one GraphQL query, plus one for a readme.md in lower case', async () => {
    const { snapshot } = await syncRepos(quick({ user: EXAMPLE_USER, token: GOOD_TOKEN, ...everything }));
    const { fetchedAt: _f, apiUrl: _a, ...expected } = exampleSnapshot();
    expect(asIfFromGithub(snapshot, server.url)).toEqual(expected);
    expect(server.requests.map((request) => `${request.method} ${request.path}`)).toEqual(['POST /graphql', 'POST /graphql']);
    expect(snapshot.repos.find((repo) => repo.name === 'pima-diabetes-cleaning')?.readme?.path).toBe('readme.md');
  });

  it('leaves out forks and archived repos unless asked', async () => {
    const { snapshot } = await syncRepos(quick({ user: EXAMPLE_USER }));
    const names = snapshot.repos.map((repo) => repo.name);
    expect(names).not.toContain('monai-tutorials');
    expect(names).not.toContain('mimic-iv-demo-sql');
    expect(names).toContain('clinical-calculator');
    // Excluded repos cost no README request either.
    expect(server.count((request) => request.path.includes('monai-tutorials'))).toBe(0);
  });

  it('keeps a repo without a README, with readme null, and never fails on its 404', async () => {
    const { snapshot } = await syncRepos(quick({ user: EXAMPLE_USER }));
    expect(snapshot.repos.find((repo) => repo.name === 'ecg-arrhythmia-notes')?.readme).toBeNull();
    expect(server.count((request) => request.status === 404)).toBe(1);
  });

  it('includes private repos only with the owner\'s token and --private', async () => {
    const names = async (options: SyncOptions) => (await syncRepos(quick({ user: EXAMPLE_USER, ...options }))).snapshot.repos.map((repo) => repo.name);
    expect(await names({})).not.toContain(PRIVATE_REPO.name);
    expect(await names({ token: GOOD_TOKEN })).not.toContain(PRIVATE_REPO.name);
    const withPrivate = (await syncRepos(quick({ token: GOOD_TOKEN, includePrivate: true }))).snapshot;
    expect(withPrivate.repos.find((repo) => repo.name === PRIVATE_REPO.name)?.private).toBe(true);
    expect(withPrivate.user).toBe(EXAMPLE_USER);
  });

  it('a token re-sync after a token-less one fills in the language byte counts', async () => {
    const cache = new EtagCache();
    const withoutToken = await syncRepos(quick({ user: EXAMPLE_USER, cache }));
    expect(withoutToken.snapshot.repos.every((repo) => repo.languages.length === 0)).toBe(true);
    server.resetCounter();
    const { snapshot } = await syncRepos(quick({ user: EXAMPLE_USER, token: GOOD_TOKEN, cache: await reloadCache(cache), previous: withoutToken.snapshot }));
    expect(snapshot.repos.find((repo) => repo.name === 'heart-disease-eda')?.languages).toEqual([
      { name: 'Jupyter Notebook', bytes: 1284410 }, { name: 'Python', bytes: 3120 },
    ]);
    expect(server.count((request) => request.path === '/graphql')).toBeLessThanOrEqual(2);
  });

  it('never writes the token into the snapshot', async () => {
    const { snapshot } = await syncRepos(quick({ user: EXAMPLE_USER, token: GOOD_TOKEN }));
    expect(JSON.stringify(snapshot)).not.toContain(GOOD_TOKEN);
  });
});

describe('request counts for 250 repos', () => {
  it('with a token: 3 GraphQL queries, READMEs included', async () => {
    const { snapshot } = await syncRepos(quick({ user: 'busy-learner', token: GOOD_TOKEN }));
    expect(snapshot.repos).toHaveLength(250);
    expect(snapshot.repos.every((repo) => repo.readme?.text.startsWith('# study-notebook'))).toBe(true);
    expect(server.count()).toBe(3);
  });

  it('without a token: 3 list pages and one README each; an unchanged re-sync costs only 304s', async () => {
    const cache = new EtagCache();
    const first = await syncRepos(quick({ user: 'busy-learner', cache }));
    expect(first.snapshot.repos).toHaveLength(250);
    expect(server.count((request) => request.path.startsWith('/users/busy-learner/repos'))).toBe(3);
    expect(server.count((request) => request.path.endsWith('/readme'))).toBe(250);
    expect(server.count()).toBe(253);

    server.resetCounter();
    const reloaded = await reloadCache(cache);
    const second = await syncRepos(quick({ user: 'busy-learner', cache: reloaded, previous: first.snapshot }));
    expect(second.snapshot.repos).toEqual(first.snapshot.repos);
    expect(server.requests.length).toBeGreaterThan(0);
    expect(server.requests.every((request) => request.status === 304)).toBe(true);
    expect(second.requests.notModified).toBe(server.count());
  });

  it('with a token, re-syncs list with conditional requests and re-query only the repo that was pushed to', async () => {
    const cache = new EtagCache();
    const first = await syncRepos(quick({ user: EXAMPLE_USER, token: GOOD_TOKEN, cache }));
    let previous = first.snapshot;
    let current = cache;
    const resync = async () => {
      current = await reloadCache(current);
      server.resetCounter();
      const result = await syncRepos(quick({ user: EXAMPLE_USER, token: GOOD_TOKEN, cache: current, previous }));
      previous = result.snapshot;
      return result;
    };
    await resync(); // seeds the ETags of the list
    const unchanged = await resync();
    expect(server.requests.every((request) => request.status === 304)).toBe(true);
    expect(unchanged.snapshot.repos).toEqual(first.snapshot.repos);

    const repo = server.users[EXAMPLE_USER]!.find((fixture) => fixture.name === 'clinical-calculator')!;
    const before = { pushedAt: repo.pushedAt, readme: repo.readme };
    repo.pushedAt = '2026-11-22T10:00:00Z';
    repo.readme = { name: 'README.md', text: '# Clinical Calculator\n\nNow with a MELD score.\n' };
    try {
      const changed = await resync();
      expect(server.count((request) => request.path === '/graphql')).toBe(1);
      expect(changed.snapshot.repos.find((entry) => entry.name === 'clinical-calculator')?.readme?.text).toContain('MELD');
      expect(changed.snapshot.repos.find((entry) => entry.name === 'heart-disease-eda')).toEqual(first.snapshot.repos.find((entry) => entry.name === 'heart-disease-eda'));
    } finally {
      Object.assign(repo, before);
    }
  });
});

describe('READMEs of every shape', () => {
  it('cuts a README over 1 MB with a marker, with and without a token', async () => {
    const repo = server.users[EXAMPLE_USER]!.find((fixture) => fixture.name === 'kaggle-python-exercises')!;
    const original = repo.readme;
    const text = `# Big\n\n${'A line of notes about pandas.\n'.repeat(50_000)}`;
    repo.readme = { name: 'README.md', text };
    try {
      for (const token of [undefined, GOOD_TOKEN]) {
        const { snapshot } = await syncRepos(quick({ user: EXAMPLE_USER, token }));
        const readme = snapshot.repos.find((entry) => entry.name === 'kaggle-python-exercises')!.readme!;
        expect(readme.truncated).toBe(true);
        expect(Buffer.byteLength(readme.text)).toBeLessThan(1024 * 1024 + 200);
        expect(readme.text.endsWith(`[README truncated by Roadfolio at 1 MB; the file has ${Buffer.byteLength(text)} bytes]\n`)).toBe(true);
        expect(readme.text.startsWith('# Big')).toBe(true);
      }
    } finally {
      repo.readme = original;
    }
  });

  it('keeps an empty README as empty text, not as a missing one', async () => {
    const repo = server.users[EXAMPLE_USER]!.find((fixture) => fixture.name === 'vscode-kaggle-setup')!;
    const original = repo.readme;
    repo.readme = { name: 'README.md', text: '' };
    try {
      for (const token of [undefined, GOOD_TOKEN]) {
        const { snapshot } = await syncRepos(quick({ user: EXAMPLE_USER, token }));
        expect(snapshot.repos.find((entry) => entry.name === 'vscode-kaggle-setup')?.readme).toEqual({ path: 'README.md', text: '', truncated: false });
      }
    } finally {
      repo.readme = original;
    }
  });

  it('syncs a user with no repos into an empty snapshot', async () => {
    for (const token of [undefined, GOOD_TOKEN]) {
      const { snapshot } = await syncRepos(quick({ user: 'new-user', token }));
      expect(snapshot.repos).toEqual([]);
      expect(snapshot.user).toBe('new-user');
    }
  });
});

describe('failures, each with a message the user can act on', () => {
  /** The GithubError a sync fails with (and a failed test if it succeeds). */
  const failureOf = async (options: SyncOptions): Promise<GithubError> => {
    const error = await syncRepos(options).then(() => undefined, (caught: unknown) => caught);
    expect(error).toBeInstanceOf(GithubError);
    return error as GithubError;
  };
  const failure = (options: SyncOptions): Promise<GithubError> => failureOf(quick(options));

  it('401: says the token is bad and how to link again, without quoting it', async () => {
    const bad = 'ghp' + '_ThisTokenWasRevoked000000000000000000' /* split so secret scanners do not flag a fake token */;
    for (const error of [await failure({ user: EXAMPLE_USER, token: bad }), await failure({ token: bad })]) {
      expect(error.failure).toBe('bad-token');
      expect(error.message).toContain('roadfolio github login');
      expect(error.message).not.toContain(bad);
      expect(JSON.stringify(error)).not.toContain(bad);
    }
  });

  it('403 rate limit: says when it resets', async () => {
    server.fail({ kind: 'rate-limit', resetInSeconds: 37 * 60 });
    const error = await failure({ user: EXAMPLE_USER });
    expect(error.failure).toBe('rate-limited');
    expect(error.message).toMatch(/resets at \d\d:\d\d UTC \(in 3[78] min\)/);
    expect(error.message).toContain('roadfolio github login');
  });

  it('without a token, refuses up front when the READMEs would not fit in the hour\'s 60 requests', async () => {
    const strict = await startExampleServer();
    try {
      const error = await failureOf({ apiUrl: strict.url, user: 'busy-learner', retries: 0, throttle: false });
      expect(error.failure).toBe('rate-limited');
      expect(error.message).toMatch(/^250 README requests needed but GitHub allows only 57 more without a token; it resets at \d\d:\d\d UTC \(in (59|60) min\); link your account with `roadfolio github login`/);
      expect(strict.count()).toBe(3);
    } finally {
      await strict.close();
    }
  });

  it('GraphQL rate limit: says when it resets', async () => {
    server.fail({ kind: 'graphql-rate-limit', resetInSeconds: 10 * 60 });
    for (const throttle of [false, true]) {
      const error = await failureOf({ apiUrl: server.url, user: EXAMPLE_USER, token: GOOD_TOKEN, retries: 0, throttle, allowHttpLoopback: true });
      expect(error.failure).toBe('rate-limited');
      expect(error.message).toMatch(/resets at \d\d:\d\d UTC \(in (10|11) min\)/);
    }
  });

  it('429 secondary rate limit: waits for retry-after, then carries on', async () => {
    server.fail({ kind: 'secondary-rate-limit', status: 429, retryAfterSeconds: 2, times: 1 });
    const started = Date.now();
    const { snapshot } = await syncRepos({ apiUrl: server.url, user: EXAMPLE_USER, retries: 0, rateLimitWaitUnitMs: 50 });
    expect(snapshot.repos.length).toBeGreaterThan(0);
    expect(server.requests[0]?.status).toBe(429);
    expect(Date.now() - started).toBeGreaterThanOrEqual(100);
  });

  it('429 with a long retry-after: fails and says when to try again', async () => {
    server.fail({ kind: 'secondary-rate-limit', status: 403, retryAfterSeconds: 600, times: 5 });
    const error = await failureOf({ apiUrl: server.url, user: EXAMPLE_USER, retries: 0, maxRateLimitWaitSeconds: 60 });
    expect(error.failure).toBe('rate-limited');
    expect(error.message).toContain('try again in 600 seconds');
  });

  it('404: unknown user, with and without a token', async () => {
    for (const token of [undefined, GOOD_TOKEN]) {
      const error = await failure({ user: 'no-such-person-42', token });
      expect(error.failure).toBe('unknown-user');
      expect(error.message).toContain('GitHub has no user "no-such-person-42"');
    }
  });

  it('500 once: retried, then the sync succeeds', async () => {
    server.fail({ kind: 'status', status: 500, times: 1 });
    const { snapshot } = await syncRepos({ apiUrl: server.url, user: EXAMPLE_USER, retries: 2, retryBaseMs: 5, throttle: false });
    expect(snapshot.repos.length).toBeGreaterThan(0);
    expect(server.requests[0]?.status).toBe(500);
    expect(server.requests[1]?.path).toBe(server.requests[0]?.path);
  });

  it('500 every time: retried with backoff, then a clear failure', async () => {
    server.fail({ kind: 'status', status: 502 });
    const error = await failureOf({ apiUrl: server.url, user: EXAMPLE_USER, retries: 2, retryBaseMs: 5, throttle: false });
    expect(error.failure).toBe('server');
    expect(error.message).toMatch(/answered 502 Server Error after 3 tries; try again later/);
    expect(server.count()).toBe(3);
  });

  it('network down: retried, then says it could not reach the server', async () => {
    const closed = await startExampleServer();
    const url = closed.url;
    await closed.close();
    const error = await failureOf({ apiUrl: url, user: EXAMPLE_USER, retries: 2, retryBaseMs: 5, throttle: false });
    expect(error.failure).toBe('network');
    expect(error.message).toContain(`Could not reach GitHub at ${url}`);
    expect(error.message).toContain('after 3 tries');
  });

  it('a web page instead of an API at --api-url: says to check --api-url', async () => {
    const web = createServer((_req, res) => { res.writeHead(200, { 'content-type': 'text/html' }).end('<!DOCTYPE html><title>Sign in</title>'); });
    await new Promise<void>((resolve) => web.listen(0, '127.0.0.1', resolve));
    const url = `http://127.0.0.1:${(web.address() as AddressInfo).port}`;
    try {
      const error = await failureOf({ apiUrl: url, user: EXAMPLE_USER, retries: 0, throttle: false });
      expect(error.failure).toBe('server');
      expect(error.message).toBe(`${url} answered in a shape GitHub's API does not have (at the body); check that --api-url is the API root (https://api.github.com, or https://HOST/api/v3 for GitHub Enterprise)`);
    } finally {
      web.close();
    }
  });

  it('slow responses: still completes', async () => {
    server.fail({ kind: 'slow', delayMs: 150 });
    const { snapshot } = await syncRepos(quick({ user: EXAMPLE_USER, token: GOOD_TOKEN }));
    expect(snapshot.repos.length).toBeGreaterThan(0);
  });
});

async function reloadCache(cache: EtagCache): Promise<EtagCache> {
  const { mkdtemp } = await import('node:fs/promises');
  const { tmpdir } = await import('node:os');
  const path = `${await mkdtemp(`${tmpdir()}/roadfolio-etags-`)}/snapshot.json.etags.json`;
  await saveEtagCache(path, cache);
  return loadEtagCache(path);
}
