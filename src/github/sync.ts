import { RequestError, type Octokit } from 'octokit';
import { GithubSnapshot, type Repo } from '../model/index.js';
import { createGithubClient, GITHUB_API_URL, type ClientOptions } from './client.js';
import { BodyError } from './bounded-fetch.js';
import { describeGithubError, resetPhrase } from './describe-error.js';
import { EtagCache, useEtagCache } from './etag-cache.js';
import { GithubError } from './errors.js';
import { fetchReposGraphql, listReposGraphql } from './fetch-graphql.js';
import { fetchLanguagesRest, fetchReadmeRest, listReposRest } from './fetch-rest.js';

export interface SyncProgress { done: number; total: number }

export interface SyncOptions extends ClientOptions {
  /** Whose repos; defaults to the token's own account. */
  user?: string;
  includeForks?: boolean;
  includeArchived?: boolean;
  /** Private repos too (needs a token of that user with the `repo` scope). */
  includePrivate?: boolean;
  /** Without a token: one more request per repo for the byte count of every language. */
  allLanguages?: boolean;
  /** The last good snapshot: repos not pushed to since keep its README and languages without a request. */
  previous?: GithubSnapshot | null;
  cache?: EtagCache;
  onProgress?(progress: SyncProgress): void;
  /** Bound on the whole sync, retries and waits included (default 10 minutes). */
  timeoutMs?: number;
}

/** Long enough for 1,000 repos without a token on a slow line; short enough that nobody waits forever. */
export const DEFAULT_SYNC_TIMEOUT_MS = 10 * 60_000;

export interface SyncResult {
  snapshot: GithubSnapshot;
  /** Requests octokit sent (retries not counted) and how many of those GitHub answered 304. */
  requests: { sent: number; notModified: number };
}

/**
 * Fetch a user's repos into a snapshot, with as few requests as GitHub allows.
 * With a token: one GraphQL query per 100 repos brings everything, READMEs included; later
 * syncs list the repos with conditional REST requests (free when unchanged) and re-query only
 * the repos pushed to since. Without a token: the REST list plus one README request per repo,
 * each conditional. Nothing is written here: the caller writes the snapshot once it is whole.
 */
export async function syncRepos(options: SyncOptions): Promise<SyncResult> {
  const apiUrl = (options.apiUrl ?? GITHUB_API_URL).replace(/\/+$/, '');
  const withToken = Boolean(options.token);
  const timeoutMs = options.timeoutMs ?? DEFAULT_SYNC_TIMEOUT_MS;
  const deadline = new AbortController();
  const octokit = createGithubClient({ ...options, apiUrl, limits: { ...options.limits, signal: deadline.signal } });
  const cache = options.cache ?? new EtagCache();
  let sent = 0;
  octokit.hook.before('request', () => { sent++; });
  useEtagCache(octokit, cache);
  const context = { apiUrl, user: options.user, withToken, attempts: (options.retries ?? 3) + 1 };
  // The deadline aborts every request in flight; the race also ends waits that are not requests
  // (a retry's pause, the throttle's queue).
  let timer: ReturnType<typeof setTimeout> | undefined;
  const outOfTime = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => {
      const error = new BodyError('deadline', `the whole sync took longer than ${Math.round(timeoutMs / 100) / 10} s`);
      deadline.abort(error);
      reject(error);
    }, timeoutMs);
  });
  outOfTime.catch(() => undefined);
  try {
    return await Promise.race([syncWithin(octokit, options, apiUrl, withToken, cache, context, () => sent), outOfTime]);
  } catch (error) {
    throw describeGithubError(error, context);
  } finally {
    clearTimeout(timer);
    deadline.abort();
  }
}

async function syncWithin(
  octokit: Octokit, options: SyncOptions, apiUrl: string, withToken: boolean, cache: EtagCache,
  context: { user?: string }, sent: () => number,
): Promise<SyncResult> {
  const viewer = withToken && (options.user === undefined || options.includePrivate)
    ? (await octokit.request('GET /user')).data.login
    : undefined;
  const user = options.user ?? viewer;
  if (!user) throw new GithubError('unknown-user', 'Say whose repos to sync with --user NAME, or link your account with `roadfolio github login`');
  context.user = user;
  const plan: SyncPlan = {
    octokit,
    user,
    viewerWithPrivate: Boolean(options.includePrivate && viewer && viewer.toLowerCase() === user.toLowerCase()),
    keep: (repo) => (options.includeForks || !repo.fork) && (options.includeArchived || !repo.archived),
    previous: sameSource(options.previous, apiUrl, user),
    options,
    apiUrl,
  };
  const repos = withToken ? await syncWithGraphqlOrRest(plan) : await syncWithRest(plan);
  repos.sort((a, b) => a.name.localeCompare(b.name));
  const snapshot = GithubSnapshot.parse({
    version: 1,
    user: repos[0]?.fullName.split('/')[0] ?? user,
    fetchedAt: new Date().toISOString(),
    apiUrl,
    repos,
  });
  return { snapshot, requests: { sent: sent(), notModified: cache.notModified } };
}

/** GitHub's own rule for owner and repo names; anything else would make our next request go elsewhere. */
const SAFE_NAME = /^[A-Za-z0-9_.-]+$/;

/**
 * A name from the server becomes part of the next request's path (`/repos/{owner}/{name}/readme`)
 * and of file names the user may save: `..`, `.` or a `/` in it would point somewhere else.
 */
export function checkRepoName(repo: Pick<Repo, 'name' | 'fullName'>, apiUrl: string): void {
  const [owner = '', name = '', ...rest] = repo.fullName.split('/');
  const safe = (part: string): boolean => SAFE_NAME.test(part) && part !== '.' && part !== '..';
  if (!safe(repo.name) || !safe(owner) || name !== repo.name || rest.length > 0) {
    throw new GithubError('server', `${apiUrl} sent a repo named ${JSON.stringify(repo.fullName)}, which no GitHub repo can be called (letters, digits, '.', '-', '_' only, never '.' or '..'); nothing was written`);
  }
}

interface SyncPlan {
  octokit: Octokit;
  user: string;
  viewerWithPrivate: boolean;
  keep(repo: Repo): boolean;
  previous: Map<string, Repo>;
  options: SyncOptions;
  apiUrl: string;
}

function sameSource(previous: GithubSnapshot | null | undefined, apiUrl: string, user: string): Map<string, Repo> {
  if (!previous || previous.apiUrl !== apiUrl || previous.user.toLowerCase() !== user.toLowerCase()) return new Map();
  return new Map(previous.repos.map((repo) => [repo.fullName, repo]));
}

/** pushed_at moves with every push, so an unmoved one means README and languages are as we saved them. */
function unchangedSince(previous: Map<string, Repo>, repo: Repo): Repo | undefined {
  const before = previous.get(repo.fullName);
  return before && before.pushedAt === repo.pushedAt ? before : undefined;
}

async function syncWithRest(plan: SyncPlan): Promise<Repo[]> {
  const { octokit, options } = plan;
  const listing = await listReposRest(octokit, { user: plan.user, viewerWithPrivate: plan.viewerWithPrivate });
  for (const repo of listing.repos) checkRepoName(repo, plan.apiUrl);
  const repos = listing.repos.filter(plan.keep);
  const needed = repos.filter((repo) => !unchangedSince(plan.previous, repo)).length * (options.allLanguages ? 2 : 1);
  // Without a token GitHub allows 60 requests an hour: better to say so now than to fail halfway.
  if (listing.rateLimitRemaining !== null && needed > listing.rateLimitRemaining) {
    const when = listing.rateLimitReset ? `; ${resetPhrase(listing.rateLimitReset)}` : '';
    throw new GithubError('rate-limited', `${needed} README requests needed but GitHub allows only ${listing.rateLimitRemaining} more without a token${when}; link your account with \`roadfolio github login\` (5,000 an hour)`);
  }
  let done = 0;
  options.onProgress?.({ done, total: repos.length });
  await eachWithLimit(repos, 8, async (repo) => {
    const [owner = '', name = ''] = repo.fullName.split('/');
    const before = unchangedSince(plan.previous, repo);
    repo.readme = before ? before.readme : await fetchReadmeRest(octokit, owner, name);
    repo.languages = before?.languages ?? [];
    if (options.allLanguages && repo.languages.length === 0 && repo.primaryLanguage !== null) {
      repo.languages = await fetchLanguagesRest(octokit, owner, name);
    }
    done++;
    options.onProgress?.({ done, total: repos.length });
  });
  return repos;
}

/**
 * A GitHub-compatible server with the REST API only (Gitea, Forgejo, some proxies) answers
 * POST /graphql with 404, 405 or 501: that says nothing about the user or the token, so the sync
 * goes on over REST with the same token (it once said "no user" or "rejected the token").
 */
async function syncWithGraphqlOrRest(plan: SyncPlan): Promise<Repo[]> {
  try {
    return await syncWithGraphql(plan);
  } catch (error) {
    if (!(error instanceof RequestError) || ![404, 405, 501].includes(error.status) || !isGraphqlRequest(error)) throw error;
    return syncWithRest(plan);
  }
}

function isGraphqlRequest(error: RequestError): boolean {
  try {
    return error.request.method === 'POST' && new URL(error.request.url).pathname.replace(/\/+$/, '').endsWith('/graphql');
  } catch {
    return false;
  }
}

async function syncWithGraphql(plan: SyncPlan): Promise<Repo[]> {
  const { octokit, options } = plan;
  if (plan.previous.size === 0) {
    const repos = await listReposGraphql(octokit, {
      user: plan.user,
      includePrivate: plan.viewerWithPrivate,
      onPage: (done, total) => options.onProgress?.({ done, total }),
    });
    for (const repo of repos) checkRepoName(repo, plan.apiUrl);
    return repos.filter(plan.keep);
  }
  // Re-sync: the REST list is conditional (GraphQL cannot be), so an unchanged account costs
  // only 304s; repos pushed to since the last snapshot are re-queried, 100 to a GraphQL query.
  const listed = (await listReposRest(octokit, { user: plan.user, viewerWithPrivate: plan.viewerWithPrivate })).repos.filter(plan.keep);
  for (const repo of listed) checkRepoName(repo, plan.apiUrl);
  // A snapshot made without a token has no language byte counts: fill them in now that we can.
  const stale = (repo: Repo): boolean => {
    const before = unchangedSince(plan.previous, repo);
    return !before || (before.languages.length === 0 && repo.primaryLanguage !== null);
  };
  const changed = listed.filter(stale).map((repo) => repo.fullName);
  options.onProgress?.({ done: listed.length - changed.length, total: listed.length });
  const refreshed = new Map((await fetchReposGraphql(octokit, changed)).map((repo) => [repo.fullName, repo]));
  for (const repo of refreshed.values()) checkRepoName(repo, plan.apiUrl);
  options.onProgress?.({ done: listed.length, total: listed.length });
  return listed.map((repo) => {
    const fresh = refreshed.get(repo.fullName);
    if (fresh) return fresh;
    const before = unchangedSince(plan.previous, repo);
    return { ...repo, languages: before?.languages ?? [], readme: before?.readme ?? null };
  });
}

async function eachWithLimit<T>(items: T[], limit: number, work: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < items.length) {
      const item = items[next++]!;
      await work(item);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
}
