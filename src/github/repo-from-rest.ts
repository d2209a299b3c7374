import { z } from 'zod';
import type { Repo } from '../model/index.js';

/**
 * The fields we read from an item of GET /users/{username}/repos (GitHub sends ~90; the rest
 * are ignored). Validated because a GitHub-compatible server may differ from GitHub.
 */
export const RestRepo = z.object({
  name: z.string(),
  full_name: z.string(),
  html_url: z.string(),
  description: z.string().nullable(),
  topics: z.array(z.string()).optional(),
  language: z.string().nullable(),
  stargazers_count: z.number(),
  forks_count: z.number(),
  homepage: z.string().nullable().optional(),
  created_at: z.string(),
  pushed_at: z.string().nullable(),
  archived: z.boolean(),
  fork: z.boolean(),
  private: z.boolean(),
  license: z.object({ spdx_id: z.string().nullable() }).nullable().optional(),
  owner: z.object({ login: z.string() }),
});
export type RestRepo = z.infer<typeof RestRepo>;

/** A REST list item as a snapshot repo; languages and README come from their own requests. */
export function repoFromRest(item: RestRepo): Repo {
  return {
    name: item.name,
    fullName: item.full_name,
    url: item.html_url,
    description: item.description,
    topics: item.topics ?? [],
    primaryLanguage: item.language,
    languages: [],
    stars: item.stargazers_count,
    forks: item.forks_count,
    // GitHub sends "" for a homepage that was set and cleared.
    homepage: item.homepage ? item.homepage : null,
    createdAt: item.created_at,
    pushedAt: item.pushed_at,
    archived: item.archived,
    fork: item.fork,
    private: item.private,
    license: item.license?.spdx_id ?? null,
    readme: null,
  };
}
