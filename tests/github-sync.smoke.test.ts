import { expect, it } from 'vitest';
import { startGithubServer } from './github-server/server.js';
import { generatedRepos } from './github-server/fixtures.js';
import { syncRepos, EtagCache } from '../src/github/index.js';

it('smoke', async () => {
  const server = await startGithubServer({ anonymousLimit: 5000, users: { amira: generatedRepos('amira', 250) }, tokens: { 'ghp_secret': 'amira' } });
  const cache = new EtagCache();
  const a = await syncRepos({ user: 'amira', apiUrl: server.url, cache, retries: 0 });
  console.log(a.snapshot.repos.length, a.requests, server.count());
  server.resetCounter();
  const b = await syncRepos({ user: 'amira', apiUrl: server.url, cache: new EtagCache(Object.fromEntries((cache as any).used)), previous: a.snapshot, retries: 0 });
  console.log(b.requests, server.count(), server.requests.slice(0,3));
  server.resetCounter();
  const c = await syncRepos({ user: 'amira', apiUrl: server.url, token: 'ghp_secret', retries: 0 });
  console.log(c.requests, server.count(), c.snapshot.repos[0]);
  expect(c.snapshot.repos.length).toBe(250);
  await server.close();
});
