import { mkdtemp, readFile, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { GithubSnapshot } from '../src/model/index.js';
import { EXAMPLE_USER, GOOD_TOKEN, startExampleServer } from './github-server/example.js';
import type { GithubTestServer } from './github-server/server.js';
import { runCli, type CliResult } from './helpers/run-cli.js';

const DEVICE_TOKEN = 'gho' + '_DeviceFlowToken0000000000000000000000' /* split so secret scanners do not flag a fake token */;
let server: GithubTestServer;
let dir: string;
let env: NodeJS.ProcessEnv;

beforeAll(async () => {
  server = await startExampleServer({
    tokens: { [GOOD_TOKEN]: EXAMPLE_USER, [DEVICE_TOKEN]: EXAMPLE_USER },
    deviceFlow: { clientId: 'Iv1.roadfolio-test', token: DEVICE_TOKEN, pendingPolls: 1, interval: 0 },
  });
});
afterAll(async () => { await server.close(); });
beforeEach(async () => {
  server.resetCounter();
  server.clearFailures();
  dir = await mkdtemp(join(tmpdir(), 'roadfolio-gh-cli-'));
  // A config dir of our own, no token from the developer's shell, and quick retries.
  env = { XDG_CONFIG_HOME: join(dir, 'config'), GITHUB_TOKEN: '', ROADFOLIO_GITHUB_CLIENT_ID: '', ROADFOLIO_GITHUB_RETRY_BASE_MS: '5', ROADFOLIO_GITHUB_ALLOW_HTTP_LOOPBACK: '1' };
});

const sync = (args: string[], extraEnv: NodeJS.ProcessEnv = {}): Promise<CliResult> =>
  runCli(['github', 'sync', '--api-url', server.url, '--out', join(dir, 'snapshot.json'), ...args], { env: { ...env, ...extraEnv } });

const expectNoSecret = (result: CliResult, secret: string, ...files: string[]) => {
  expect(result.stdout).not.toContain(secret);
  expect(result.stderr).not.toContain(secret);
  for (const file of files) expect(file).not.toContain(secret);
};

describe('roadfolio github sync', () => {
  it('writes a valid snapshot, shows progress on stderr, and re-syncs with 304s', async () => {
    const first = await sync(['--user', EXAMPLE_USER, '--include-forks', '--include-archived']);
    expect(first.stderr).toContain('8/8 repos');
    expect(first.code).toBe(0);
    expect(first.stdout).toContain(`Synced 8 repos of ${EXAMPLE_USER} into ${join(dir, 'snapshot.json')}`);
    const snapshot = GithubSnapshot.parse(JSON.parse(await readFile(join(dir, 'snapshot.json'), 'utf8')));
    expect(snapshot.repos.map((repo) => repo.name)).toContain('clinical-calculator');
    expect(snapshot.apiUrl).toBe(server.url);

    server.resetCounter();
    const again = await sync(['--user', EXAMPLE_USER, '--include-forks', '--include-archived', '--quiet']);
    expect(again.code).toBe(0);
    expect(again.stderr).toBe('');
    expect(again.stdout).toContain('(1 requests, 1 answered 304 Not Modified)');
    expect(server.requests.map((request) => request.status)).toEqual([304]);
  });

  it('uses the stored login: one GraphQL query brings everything', async () => {
    const login = await runCli(['github', 'login', '--api-url', server.url, '--token-stdin'], { env, input: `${GOOD_TOKEN}\n` });
    expect(login.code).toBe(0);
    server.resetCounter();
    const result = await sync(['--quiet']);
    expect(result.code).toBe(0);
    expect(server.count((request) => request.path === '/graphql')).toBe(2); // repos + the lower-case readme.md
    expect(server.requests.every((request) => request.authenticated)).toBe(true);
    expectNoSecret(result, GOOD_TOKEN, await readFile(join(dir, 'snapshot.json'), 'utf8'), await readFile(join(dir, 'snapshot.json.etags.json'), 'utf8'));
  });

  it('a failed sync leaves the previous snapshot byte for byte', async () => {
    expect((await sync(['--user', EXAMPLE_USER])).code).toBe(0);
    const before = await readFile(join(dir, 'snapshot.json'));
    const cacheBefore = await readFile(join(dir, 'snapshot.json.etags.json'));
    server.fail({ kind: 'status', status: 500, pathPrefix: '/repos/' });
    // A push makes the README requests necessary, and they fail.
    const repo = server.users[EXAMPLE_USER]!.find((fixture) => fixture.name === 'heart-disease-eda')!;
    const pushedAt = repo.pushedAt;
    repo.pushedAt = '2026-11-22T09:00:00Z';
    try {
      const failed = await sync(['--user', EXAMPLE_USER]);
      expect(failed.code).toBe(1);
      expect(failed.stderr).toMatch(/^roadfolio: GitHub at http:\/\/127\.0\.0\.1:\d+ answered 500 Server Error after 4 tries; try again later\n/m);
      expect(failed.stderr).not.toContain('    at ');
    } finally {
      repo.pushedAt = pushedAt;
    }
    expect(await readFile(join(dir, 'snapshot.json'))).toEqual(before);
    expect(await readFile(join(dir, 'snapshot.json.etags.json'))).toEqual(cacheBefore);
  });

  it('401: says the token is bad, suggests login, and never prints the token', async () => {
    const bad = 'ghp' + '_Revoked0000000000000000000000000000' /* split so secret scanners do not flag a fake token */;
    await writeFile(join(dir, 'snapshot.json'), '{"keep":"me"}');
    const result = await sync(['--user', EXAMPLE_USER], { GITHUB_TOKEN: bad });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('GitHub rejected the token (401 Bad credentials)');
    expect(result.stderr).toContain('roadfolio github login');
    expectNoSecret(result, bad, await readFile(join(dir, 'snapshot.json'), 'utf8'));
    expect(await readFile(join(dir, 'snapshot.json'), 'utf8')).toBe('{"keep":"me"}');
  });

  it('rate limit: says when it resets, without a token in any output', async () => {
    server.fail({ kind: 'rate-limit', resetInSeconds: 20 * 60 });
    const result = await sync(['--user', EXAMPLE_USER], { GITHUB_TOKEN: GOOD_TOKEN });
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/^roadfolio: GitHub rate limit used up \(5000 requests an hour\): it resets at \d\d:\d\d UTC \(in (19|20|21) min\)\n$/);
    expectNoSecret(result, GOOD_TOKEN);
  });

  it('404: unknown user', async () => {
    const result = await sync(['--user', 'nobody-by-that-name']);
    expect(result.code).toBe(1);
    expect(result.stderr).toBe(`roadfolio: GitHub has no user "nobody-by-that-name" (404 from ${server.url}); check the spelling of --user\n`);
  });

  it('network down: retries, then one clear line', async () => {
    const gone = await startExampleServer();
    const url = gone.url;
    await gone.close();
    const result = await runCli(['github', 'sync', '--user', EXAMPLE_USER, '--api-url', url, '--out', join(dir, 's.json')], { env });
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(new RegExp(`^roadfolio: Could not reach GitHub at ${url.replace(/[.]/g, '\\.')} \\(.*ECONNREFUSED.*\\) after 4 tries; check your connection or --api-url\\n$`));
  });

  it('bad usage: no user and no login, or a malformed --api-url, exit 2', async () => {
    const noUser = await runCli(['github', 'sync', '--api-url', server.url, '--out', join(dir, 's.json')], { env });
    expect(noUser.code).toBe(2);
    expect(noUser.stderr).toContain('--user NAME');
    const badUrl = await runCli(['github', 'sync', '--user', 'x', '--api-url', 'not a url'], { env });
    expect(badUrl.code).toBe(2);
  });
});

describe('roadfolio github login / status / logout', () => {
  it('stores a token from stdin with mode 0600, reports the account, and forgets it on logout', async () => {
    const login = await runCli(['github', 'login', '--api-url', server.url, '--token-stdin'], { env, input: GOOD_TOKEN });
    expect(login.code).toBe(0);
    expect(login.stdout).toContain(`Linked GitHub account ${EXAMPLE_USER}`);
    const tokenFile = join(dir, 'config', 'roadfolio', 'github.json');
    expect((await stat(tokenFile)).mode & 0o777).toBe(0o600);
    expect((await stat(join(dir, 'config', 'roadfolio'))).mode & 0o777).toBe(0o700);
    expectNoSecret(login, GOOD_TOKEN);

    const status = await runCli(['github', 'status', '--api-url', server.url], { env });
    expect(status.code).toBe(0);
    expect(status.stdout).toMatch(new RegExp(`Linked to .* as ${EXAMPLE_USER} \\(token from .*github\\.json\\); rate limit: \\d+ of 5000 requests left, resets at \\d\\d:\\d\\d UTC`));
    expectNoSecret(status, GOOD_TOKEN);

    const logout = await runCli(['github', 'logout', '--api-url', server.url], { env });
    expect(logout.stdout).toContain(`Removed the GitHub token for ${server.url}`);
    const after = await runCli(['github', 'status', '--api-url', server.url], { env });
    expect(after.stdout).toMatch(/^Not linked to .*: public repos only/);
  });

  it('refuses a bad token at login and stores nothing', async () => {
    const result = await runCli(['github', 'login', '--api-url', server.url, '--token-stdin'], { env, input: 'ghp_nope' });
    expect(result.code).toBe(1);
    expect(result.stderr).toBe(`roadfolio: GitHub at ${server.url} rejected this token (401 Bad credentials): check that it was copied whole, has not expired, and belongs to this server; nothing was stored\n`);
    await expect(stat(join(dir, 'config', 'roadfolio', 'github.json'))).rejects.toThrow();
  });

  it('device flow: prints the code and the URL, waits, and stores the token', async () => {
    const result = await runCli(['github', 'login', '--api-url', server.url, '--client-id', 'Iv1.roadfolio-test'], { env });
    expect(result.stderr).toContain(`open ${server.url}/login/device and enter the code WDJB-MJHT`);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(`Linked GitHub account ${EXAMPLE_USER}`);
    // One poll answered authorization_pending, the next one the token.
    expect(server.count((request) => request.path === '/login/oauth/access_token')).toBe(2);
    expectNoSecret(result, DEVICE_TOKEN);
    const stored = await readFile(join(dir, 'config', 'roadfolio', 'github.json'), 'utf8');
    expect(JSON.parse(stored).accounts[server.url]).toMatchObject({ token: DEVICE_TOKEN, login: EXAMPLE_USER });
  });

  it('device flow denied in the browser: says so', async () => {
    const denying = await startExampleServer({ deviceFlow: { clientId: 'Iv1.x', token: 'gho_x', pendingPolls: 0, interval: 0, outcome: 'access_denied' } });
    try {
      const result = await runCli(['github', 'login', '--api-url', denying.url, '--client-id', 'Iv1.x'], { env });
      expect(result.code).toBe(1);
      expect(result.stderr).toContain('The login was cancelled in the browser');
    } finally {
      await denying.close();
    }
  });

  it('device flow without a client id: says what to do', async () => {
    const result = await runCli(['github', 'login', '--api-url', server.url], { env });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('--token-stdin');
  });
});

describe('GitHub Enterprise through --api-url', () => {
  it('logs in (device flow at the host root) and syncs (REST under /api/v3, GraphQL at /api/graphql)', async () => {
    const enterprise = await startExampleServer({
      enterprise: true,
      tokens: { [DEVICE_TOKEN]: EXAMPLE_USER },
      deviceFlow: { clientId: 'Iv1.enterprise', token: DEVICE_TOKEN, pendingPolls: 0, interval: 0 },
    });
    try {
      const apiUrl = `${enterprise.url}/api/v3`;
      const login = await runCli(['github', 'login', '--api-url', apiUrl, '--client-id', 'Iv1.enterprise'], { env });
      expect(login.code).toBe(0);
      expect(login.stderr).toContain(`open ${enterprise.url}/login/device and enter the code`);
      const out = join(dir, 'ghe.json');
      const synced = await runCli(['github', 'sync', '--api-url', apiUrl, '--out', out, '--quiet'], { env });
      expect(synced.code).toBe(0);
      expect(enterprise.requests.map((request) => `${request.method} ${request.path.replace(/\?.*/, '')}`)).toEqual([
        'POST /login/device/code', 'POST /login/oauth/access_token', 'GET /api/v3/user', 'GET /api/v3/rate_limit',
        'GET /api/v3/user', 'POST /api/graphql', 'POST /api/graphql',
      ]);
      const snapshot = GithubSnapshot.parse(JSON.parse(await readFile(out, 'utf8')));
      expect(snapshot.apiUrl).toBe(apiUrl);
      expect(snapshot.repos.find((repo) => repo.name === 'clinical-calculator')?.url).toBe(`${enterprise.url}/${EXAMPLE_USER}/clinical-calculator`);

      enterprise.resetCounter();
      const publicOnly = await runCli(['github', 'sync', '--no-token', '--user', EXAMPLE_USER, '--api-url', apiUrl, '--out', join(dir, 'ghe-public.json'), '--quiet'], { env });
      expect(publicOnly.code).toBe(0);
      expect(enterprise.requests.every((request) => request.path.startsWith('/api/v3/'))).toBe(true);
    } finally {
      await enterprise.close();
    }
  });
});

describe('where a token may go', () => {
  it('never to a plain http:// server, and to one on this machine only with --allow-http-loopback', async () => {
    const withoutFlag = { ...env, ROADFOLIO_GITHUB_ALLOW_HTTP_LOOPBACK: '', GITHUB_TOKEN: GOOD_TOKEN };
    const refused = await runCli(['github', 'sync', '--api-url', server.url, '--out', join(dir, 's.json'), '--quiet'], { env: withoutFlag });
    expect(refused.code).toBe(1);
    expect(refused.stderr).toBe(`roadfolio: ${server.url} is plain http: a token is sent to it only with --allow-http-loopback (it is on this machine); or sync public data with --no-token\n`);
    expect(server.requests).toEqual([]);
    const remote = await runCli(['github', 'sync', '--api-url', 'http://ghe.example.com/api/v3', '--out', join(dir, 's.json'), '--quiet'], { env: withoutFlag });
    expect(remote.code).toBe(1);
    expect(remote.stderr).toContain('is plain http, so a token would travel in clear text');
    const allowed = await runCli(['github', 'sync', '--api-url', server.url, '--out', join(dir, 's.json'), '--quiet', '--allow-http-loopback'], { env: withoutFlag });
    expect(allowed.code).toBe(0);
    expect(server.requests.every((request) => request.authenticated)).toBe(true);
  });

  it('login and logout find the same token however the API URL is spelt', async () => {
    const upper = `${server.url.replace('http://', 'HTTP://')}/`;
    expect((await runCli(['github', 'login', '--api-url', upper, '--token-stdin'], { env, input: GOOD_TOKEN })).code).toBe(0);
    const stored = JSON.parse(await readFile(join(dir, 'config', 'roadfolio', 'github.json'), 'utf8')) as { accounts: Record<string, unknown> };
    expect(Object.keys(stored.accounts)).toEqual([server.url]);
    const logout = await runCli(['github', 'logout', '--api-url', `${server.url}//`], { env });
    expect(logout.stdout).toContain(`Removed the GitHub token for ${server.url}`);
  });

  it('a config folder left open to everyone is closed to 0700 at login', async () => {
    const { chmod, mkdir: makeDir } = await import('node:fs/promises');
    await makeDir(join(dir, 'config', 'roadfolio'), { recursive: true });
    await chmod(join(dir, 'config', 'roadfolio'), 0o777);
    expect((await runCli(['github', 'login', '--api-url', server.url, '--token-stdin'], { env, input: GOOD_TOKEN })).code).toBe(0);
    expect((await stat(join(dir, 'config', 'roadfolio'))).mode & 0o777).toBe(0o700);
  });
});
