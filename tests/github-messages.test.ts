// Issue 15: lines that named the wrong cause. A README over ~8 MB was "a shape GitHub's API does
// not have … check --api-url"; a REST-only server given a token was "GitHub rejected the token".
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { GithubSnapshot } from '../src/model/index.js';
import { EXAMPLE_USER, GOOD_TOKEN, exampleSnapshot } from './github-server/example.js';
import { fixturesFromSnapshot } from './github-server/fixtures.js';
import { startGithubServer, type GithubTestServer } from './github-server/server.js';
import { runCli } from './helpers/run-cli.js';

vi.setConfig({ testTimeout: 180_000 });

const BIG = 9_000_000;
let dir: string;
const servers: GithubTestServer[] = [];

function env(token = ''): NodeJS.ProcessEnv {
  return { XDG_CONFIG_HOME: join(dir, 'config'), GITHUB_TOKEN: token, ROADFOLIO_GITHUB_RETRY_BASE_MS: '1', ROADFOLIO_GITHUB_ALLOW_HTTP_LOOPBACK: '1' };
}

async function server(options: { restOnly?: boolean; bigReadme?: boolean }): Promise<GithubTestServer> {
  const repos = fixturesFromSnapshot(exampleSnapshot());
  if (options.bigReadme) {
    const paragraph = 'A long README paragraph about cleaning ward data with pandas, written again and again. ';
    repos[0] = { ...repos[0]!, readme: { name: 'README.md', text: `# Huge\n\n${paragraph.repeat(Math.ceil(BIG / paragraph.length))}` } };
  }
  const started = await startGithubServer({ users: { [EXAMPLE_USER]: repos }, tokens: { [GOOD_TOKEN]: EXAMPLE_USER }, anonymousLimit: 5000, ...(options.restOnly ? { restOnly: true } : {}) });
  servers.push(started);
  return started;
}

beforeAll(async () => { dir = await mkdtemp(join(tmpdir(), 'roadfolio-gh-messages-')); });
afterAll(async () => { for (const started of servers) await started.close(); });

describe('a README over 8 MB', () => {
  for (const token of ['', GOOD_TOKEN]) {
    it(`${token ? 'with' : 'without'} a token: synced, cut at 1 MB and said so, never "check --api-url"`, async () => {
      const github = await server({ bigReadme: true });
      const out = join(dir, `big-${token ? 'token' : 'anonymous'}.json`);
      const result = await runCli(['github', 'sync', '--api-url', github.url, '--user', EXAMPLE_USER, '--out', out, '--quiet'], { env: env(token) });
      expect(result.stderr).not.toMatch(/shape GitHub's API does not have|--api-url/);
      expect(result.stderr, result.stderr).toBe('');
      expect(result.code).toBe(0);
      const snapshot = GithubSnapshot.parse(JSON.parse(await readFile(out, 'utf8')));
      const huge = snapshot.repos.find((repo) => repo.readme?.text.startsWith('# Huge'));
      expect(huge?.readme?.truncated).toBe(true);
      expect(huge?.readme?.text).toMatch(/README truncated by Roadfolio at 1 MB; the file has \d+ bytes/);
    });
  }
});

describe('a REST-only server (no GraphQL) given a token', () => {
  it('syncs over REST with the same token: never "no user" or "rejected the token"', async () => {
    const github = await server({ restOnly: true });
    const out = join(dir, 'rest-only.json');
    const result = await runCli(['github', 'sync', '--api-url', github.url, '--user', EXAMPLE_USER, '--out', out, '--quiet'], { env: env(GOOD_TOKEN) });
    expect(result.stderr).not.toMatch(/rejected the token|has no user/);
    expect(result.code, result.stderr).toBe(0);
    const snapshot = GithubSnapshot.parse(JSON.parse(await readFile(out, 'utf8')));
    expect(snapshot.repos.map((repo) => repo.name).sort()).toEqual(exampleSnapshot().repos.filter((repo) => !repo.fork && !repo.archived).map((repo) => repo.name).sort());
    // It went to REST: a README request per repo, after the one 404 on POST /graphql.
    expect(github.count((request) => request.method === 'POST')).toBe(1);
    expect(github.count((request) => /\/readme$/.test(request.path))).toBeGreaterThan(0);
  });
});
