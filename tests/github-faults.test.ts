import { mkdir, mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { GithubError, syncRepos } from '../src/github/index.js';
import { boundedFetch, BodyError, DEFAULT_FETCH_LIMITS } from '../src/github/bounded-fetch.js';
import { GithubSnapshot } from '../src/model/index.js';
import { EXAMPLE_USER, GOOD_TOKEN, startExampleServer } from './github-server/example.js';
import type { Failure, GithubTestServer } from './github-server/server.js';
import { runCli, type CliResult } from './helpers/run-cli.js';

// Every test spawns the CLI several times; a busy 2-core machine needs far more than the default 20 s.
vi.setConfig({ testTimeout: 120_000 });

let server: GithubTestServer;
let dir: string;
let env: NodeJS.ProcessEnv;

beforeAll(async () => { server = await startExampleServer({ anonymousLimit: 5000 }); });
afterAll(async () => { await server.close(); });
beforeEach(async () => {
  server.resetCounter();
  server.clearFailures();
  dir = await mkdtemp(join(tmpdir(), 'roadfolio-gh-faults-'));
  // Short bounds so a stalled server costs a second, not minutes; no retries, so each fault is met once.
  env = {
    XDG_CONFIG_HOME: join(dir, 'config'), GITHUB_TOKEN: '', ROADFOLIO_GITHUB_RETRY_BASE_MS: '1',
    ROADFOLIO_GITHUB_HEADERS_TIMEOUT_MS: '800', ROADFOLIO_GITHUB_IDLE_TIMEOUT_MS: '800', ROADFOLIO_GITHUB_REQUEST_TIMEOUT_MS: '2500',
    ROADFOLIO_GITHUB_SLOW_NOTICE_MS: '400', ROADFOLIO_GITHUB_ALLOW_HTTP_LOOPBACK: '1',
  };
});

const snapshotPath = (): string => join(dir, 'snapshot.json');
const sync = (args: string[] = [], extraEnv: NodeJS.ProcessEnv = {}): Promise<CliResult> =>
  runCli(['github', 'sync', '--api-url', server.url, '--out', snapshotPath(), '--user', EXAMPLE_USER, ...args], { env: { ...env, ...extraEnv } });

async function goodSnapshot(): Promise<{ snapshot: Buffer; cache: Buffer }> {
  const first = await sync(['--quiet']);
  expect(first.code).toBe(0);
  expect(first.stdout).toContain('Synced 6 repos');
  return { snapshot: await readFile(snapshotPath()), cache: await readFile(`${snapshotPath()}.etags.json`) };
}

const LIST = `/users/${EXAMPLE_USER}/repos`;

describe('a repo list answer that goes wrong never replaces a good snapshot', () => {
  const cases: Array<{ name: string; fault: Failure; says: RegExp }> = [
    { name: 'cut off mid-body', fault: { kind: 'body', body: 'cut', pathPrefix: LIST }, says: /connection closed after \d+ bytes of the answer/ },
    { name: 'an empty 200', fault: { kind: 'body', body: 'empty', pathPrefix: LIST }, says: /answered 200 with an empty body/ },
    { name: 'half the JSON with a matching Content-Length', fault: { kind: 'body', body: 'truncated', pathPrefix: LIST }, says: /bytes that are not whole JSON/ },
    { name: 'no headers at all', fault: { kind: 'body', body: 'no-headers', pathPrefix: LIST }, says: /sent no answer in 0\.8 s/ },
    { name: 'headers, then silence', fault: { kind: 'body', body: 'stall', pathPrefix: LIST }, says: /stopped sending its answer for 0\.8 s \(after 10 bytes\)/ },
    { name: 'one byte at a time', fault: { kind: 'body', body: 'slow', pathPrefix: LIST, intervalMs: 100 }, says: /took longer than 2\.5 s/ },
  ];
  for (const { name, fault, says } of cases) {
    it(`${name}: one line, exit 1, snapshot and ETag cache byte for byte`, async () => {
      // The server answers the list 200 (not 304) while the fault is on, so the broken body is read.
      const before = await goodSnapshot();
      server.fail(fault);
      const result = await sync(['--quiet', '--timeout', '30'], { ROADFOLIO_GITHUB_RETRY_BASE_MS: '1' });
      expect(result.code).toBe(1);
      expect(result.stdout).toBe('');
      expect(result.stderr.trimEnd().split('\n')).toHaveLength(1);
      expect(result.stderr).toMatch(says);
      expect(result.stderr).toContain('nothing was written');
      expect(await readFile(snapshotPath())).toEqual(before.snapshot);
      expect(await readFile(`${snapshotPath()}.etags.json`)).toEqual(before.cache);
      // No temp file is left beside the snapshot.
      expect((await readdir(dir)).filter((entry) => entry.endsWith('.tmp'))).toEqual([]);
    }, 60_000);
  }

  it('a README answer cut off is an error too, not a repo without a README', async () => {
    server.fail({ kind: 'body', body: 'cut', pathPrefix: `/repos/${EXAMPLE_USER}/heart-disease-eda/readme` });
    await expect(syncRepos({ apiUrl: server.url, user: EXAMPLE_USER, retries: 0, throttle: false })).rejects.toThrow(/readme: the connection closed after/);
  });

  it('with a token, a cut GraphQL answer is an error', async () => {
    server.fail({ kind: 'body', body: 'cut', pathPrefix: '/graphql' });
    const sync = syncRepos({ apiUrl: server.url, user: EXAMPLE_USER, token: GOOD_TOKEN, allowHttpLoopback: true, retries: 0, throttle: false });
    await expect(sync).rejects.toThrow(/POST \/graphql: the connection closed after/);
  });

  it('the overall bound ends a sync whose every request is slow, retries included', async () => {
    server.fail({ kind: 'body', body: 'no-headers' });
    const started = Date.now();
    const error = await syncRepos({
      apiUrl: server.url, user: EXAMPLE_USER, retries: 3, retryBaseMs: 1, throttle: false, timeoutMs: 1500,
      limits: { headersMs: 60_000 },
    }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(GithubError);
    expect((error as Error).message).toBe('GitHub sync stopped: the whole sync took longer than 1.5 s (--timeout); nothing was written, the previous snapshot is kept');
    // Bounded by the 1.5 s deadline, not by the 60 s header limit (generous margin for a busy machine).
    expect(Date.now() - started).toBeLessThan(30_000);
  }, 60_000);

  it('a slow request is reported on stderr while it runs', async () => {
    server.fail({ kind: 'body', body: 'slow', pathPrefix: LIST, intervalMs: 100 });
    const result = await sync([]);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/^still waiting for GitHub \(GET \/users\/amira-haddad-md\/repos, 0 s\)$/m);
    expect(result.stderr.split('\n').filter((line) => line.startsWith('roadfolio:'))).toHaveLength(1);
  }, 60_000);
});

describe('a sync that loses most repos keeps the previous snapshot', () => {
  it('8 → 0: refused unless --allow-fewer says so', { timeout: 90_000 }, async () => {
    const before = await goodSnapshot();
    const repos = server.users[EXAMPLE_USER]!;
    const saved = repos.splice(0, repos.length);
    try {
      const refused = await sync(['--quiet']);
      expect(refused.code).toBe(1);
      expect(refused.stderr).toBe('roadfolio: the sync found 0 of the 6 repos in the previous snapshot; kept the previous snapshot and its cache (if you deleted or hid those repos, run again with --allow-fewer)\n');
      expect(await readFile(snapshotPath())).toEqual(before.snapshot);
      expect(await readFile(`${snapshotPath()}.etags.json`)).toEqual(before.cache);
      const allowed = await sync(['--quiet', '--allow-fewer']);
      expect(allowed.code).toBe(0);
      expect(GithubSnapshot.parse(JSON.parse(await readFile(snapshotPath(), 'utf8'))).repos).toEqual([]);
    } finally {
      repos.push(...saved);
    }
  });

  it('losing half or fewer is a normal sync', { timeout: 60_000 }, async () => {
    await goodSnapshot();
    const repos = server.users[EXAMPLE_USER]!;
    const index = repos.findIndex((repo) => repo.name === 'clinical-calculator');
    const [removed] = repos.splice(index, 1);
    try {
      const result = await sync(['--quiet']);
      expect(result.code).toBe(0);
      expect(result.stdout).toContain('Synced 5 repos');
    } finally {
      repos.splice(index, 0, removed!);
    }
  });
});

describe('names from the server', () => {
  for (const hostile of ['..', '.', 'a/b', 'x\u001b[31mred']) {
    it(`a repo named ${JSON.stringify(hostile)} is refused before any request uses it`, async () => {
      server.fail({ kind: 'rename', from: 'clinical-calculator', to: hostile });
      const result = await sync(['--quiet']);
      expect(result.code).toBe(1);
      expect(result.stderr).toMatch(/^roadfolio: http:\/\/127\.0\.0\.1:\d+ sent a repo named ".*", which no GitHub repo can be called/);
      expect(result.stderr).not.toContain('\u001b');
      // Only the list was asked for: no README request went to a path the name made up.
      expect(server.requests.map((request) => request.path.split('?')[0])).toEqual([LIST]);
    });
  }
});

describe('where the snapshot goes', () => {
  it('a folder, a path under a file, an empty name or /proc: one line before any request', async () => {
    await mkdir(join(dir, 'folder'));
    await writeFile(join(dir, 'file'), 'x');
    const cases: Array<[string, RegExp]> = [
      [join(dir, 'folder'), /--out .*folder: is a folder; give a file name/],
      [join(dir, 'file', 'snap.json'), /--out .*snap\.json: .*file is a file, so no folder can be made under it/],
      ['', /--out is empty; give a file name/],
      ['/proc/roadfolio-x/snap.json', /--out \/proc\/roadfolio-x\/snap\.json: cannot write there \(no such file or folder/],
    ];
    for (const [out, says] of cases) {
      const result = await runCli(['github', 'sync', '--api-url', server.url, '--user', EXAMPLE_USER, '--out', out], { env });
      expect(result.code, out).toBe(1);
      expect(result.stderr, out).toMatch(says);
      expect(result.stderr.trimEnd().split('\n'), out).toHaveLength(1);
    }
    expect(server.requests).toEqual([]);
  }, 60_000);

  it('temp files of a killed sync are removed by the next one', { timeout: 60_000 }, async () => {
    await goodSnapshot();
    const dead = join(dir, '.snapshot.json.999999.0123456789ab.tmp');
    await writeFile(dead, 'half a snapshot');
    const alive = join(dir, `.snapshot.json.${process.pid}.0123456789ab.tmp`);
    await writeFile(alive, 'being written by a live process');
    expect((await sync(['--quiet'])).code).toBe(0);
    const left = await readdir(dir);
    expect(left).not.toContain('.snapshot.json.999999.0123456789ab.tmp');
    expect(left).toContain(`.snapshot.json.${process.pid}.0123456789ab.tmp`);
  });
});

describe('boundedFetch on its own', () => {
  it('passes a whole JSON answer through unchanged, status and headers included', async () => {
    const fetch = boundedFetch(DEFAULT_FETCH_LIMITS);
    const response = await fetch(`${server.url}/users/${EXAMPLE_USER}`);
    expect(response.status).toBe(200);
    expect(response.headers.get('etag')).toMatch(/^W\//);
    expect((await response.json() as { login: string }).login).toBe(EXAMPLE_USER);
  });

  it('refuses a body over the size bound', async () => {
    const fetch = boundedFetch({ ...DEFAULT_FETCH_LIMITS, maxBodyBytes: 100 });
    const error = await fetch(`${server.url}/users/${EXAMPLE_USER}/repos`).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(BodyError);
    expect((error as BodyError).failure).toBe('too-large');
  });
});
