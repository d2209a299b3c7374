import type { Octokit } from 'octokit';
import { RequestError } from 'octokit';
import { z } from 'zod';
import type { Repo, RepoReadme } from '../model/index.js';
import { RestRepo, repoFromRest } from './repo-from-rest.js';
import { snapshotReadme } from './readme-text.js';
import { base64Utf8, utf8Text } from './utf8.js';

export interface ListOptions {
  user: string;
  /** List the signed-in user's own repos through /user/repos, private ones included. */
  viewerWithPrivate: boolean;
}

/**
 * The user's repos from the REST list, 100 a page (GitHub's maximum) through octokit's
 * paginator. Each item already carries topics, primary language, stars and dates, so only the
 * README (and, if asked, the language bytes) need a request of their own.
 */
export async function listReposRest(octokit: Octokit, options: ListOptions): Promise<RestListing> {
  let rateLimitRemaining: number | null = null;
  let rateLimitReset: number | null = null;
  // The map function sees each page's response: keep the rate-limit headers of the last one.
  const keepHeaders = (response: { data: unknown[]; headers: Record<string, unknown> }): unknown[] => {
    const remaining = Number(response.headers['x-ratelimit-remaining']);
    if (Number.isFinite(remaining) && response.headers['x-ratelimit-remaining'] !== undefined) rateLimitRemaining = remaining;
    const reset = Number(response.headers['x-ratelimit-reset']);
    if (Number.isFinite(reset) && reset > 0) rateLimitReset = reset;
    return response.data;
  };
  const items = options.viewerWithPrivate
    ? await octokit.paginate('GET /user/repos', { affiliation: 'owner', visibility: 'all', sort: 'full_name', per_page: 100 }, keepHeaders)
    : await octokit.paginate('GET /users/{username}/repos', { username: options.user, type: 'owner', sort: 'full_name', per_page: 100 }, keepHeaders);
  return { repos: z.array(RestRepo).parse(items).map(repoFromRest), rateLimitRemaining, rateLimitReset };
}

export interface RestListing {
  repos: Repo[];
  /** Requests left this hour after listing, when the server says (GitHub always does). */
  rateLimitRemaining: number | null;
  /** When the limit resets, epoch seconds. */
  rateLimitReset: number | null;
}

const ReadmeContent = z.object({
  name: z.string(),
  path: z.string(),
  size: z.number(),
  encoding: z.string(),
  content: z.string(),
});

/** GitHub's own README lookup (any name, any case); null when the repo has none. */
export async function fetchReadmeRest(octokit: Octokit, owner: string, repo: string): Promise<RepoReadme | null> {
  let content: z.infer<typeof ReadmeContent>;
  try {
    const response = await octokit.request('GET /repos/{owner}/{repo}/readme', { owner, repo });
    content = ReadmeContent.parse(response.data);
  } catch (error) {
    if (error instanceof RequestError && error.status === 404) return null;
    throw error;
  }
  if (content.encoding === 'base64') {
    return snapshotReadme(content.path, base64Utf8(content.content), content.size);
  }
  // Files over 1 MB come back with encoding "none" and no content: ask for the raw bytes.
  const raw = await octokit.request('GET /repos/{owner}/{repo}/readme', { owner, repo, mediaType: { format: 'raw' } });
  const text = typeof raw.data === 'string' ? raw.data : utf8Text(raw.data as unknown as ArrayBuffer);
  return snapshotReadme(content.path, text, content.size);
}

/** All languages with byte counts, largest first (one request per repo, so only on request). */
export async function fetchLanguagesRest(octokit: Octokit, owner: string, repo: string): Promise<Repo['languages']> {
  const response = await octokit.request('GET /repos/{owner}/{repo}/languages', { owner, repo });
  const bytes = z.record(z.string(), z.number()).parse(response.data);
  return Object.entries(bytes).map(([name, count]) => ({ name, bytes: count })).sort((a, b) => b.bytes - a.bytes);
}
