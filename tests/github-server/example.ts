import { readFileSync } from 'node:fs';
import { GithubSnapshot } from '../../src/model/index.js';
import { repoRoot } from '../helpers/run-cli.js';
import { type FixtureRepo, fixturesFromSnapshot, generatedRepos } from './fixtures.js';
import { startGithubServer, type GithubTestServer, type ServerOptions } from './server.js';

export const EXAMPLE_USER = 'amira-haddad-md';
export const GOOD_TOKEN = 'ghp' + '_R0adf0lioTestToken1234567890abcdefXYZ' /* split so secret scanners do not flag a fake token */;

export function exampleSnapshot(): GithubSnapshot {
  return GithubSnapshot.parse(JSON.parse(readFileSync(`${repoRoot}examples/github-snapshot.json`, 'utf8')));
}

/** Not in the example snapshot: only a sync with the owner's token and --private sees it. */
export const PRIVATE_REPO: FixtureRepo = {
  owner: EXAMPLE_USER, name: 'fellowship-applications', description: 'Personal statements and CV drafts', topics: [],
  languages: { TeX: 20_480 }, stars: 0, forks: 0, homepage: null, createdAt: '2026-04-01T08:00:00Z',
  pushedAt: '2026-11-01T08:00:00Z', updatedAt: '2026-11-01T08:00:00Z', archived: false, fork: false, private: true,
  license: null, files: ['cv.tex'], readme: { name: 'README.md', text: '# Fellowship applications\n\nDrafts. Private.\n' },
};

/** The test server loaded with the example user's repos (and a 250-repo user and an empty one). */
export function startExampleServer(extra: Partial<ServerOptions> = {}): Promise<GithubTestServer> {
  return startGithubServer({
    users: {
      [EXAMPLE_USER]: [...fixturesFromSnapshot(exampleSnapshot()), PRIVATE_REPO],
      'busy-learner': generatedRepos('busy-learner', 250),
      'new-user': [],
    },
    tokens: { [GOOD_TOKEN]: EXAMPLE_USER },
    ...extra,
  });
}

/** A snapshot as it would look had it come from github.com: the test server's address swapped back. */
export function asIfFromGithub(snapshot: GithubSnapshot, serverUrl: string): Omit<GithubSnapshot, 'fetchedAt' | 'apiUrl'> {
  const { fetchedAt: _f, apiUrl: _a, ...rest } = snapshot;
  return JSON.parse(JSON.stringify(rest).split(serverUrl).join('https://github.com')) as typeof rest;
}
