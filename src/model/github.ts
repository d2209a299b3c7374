import { z } from 'zod';

export const RepoReadme = z.object({
  /** File name as stored in the repo (README.md, readme.rst, ...). */
  path: z.string(),
  text: z.string(),
  /** True when the README was over 1 MB and cut, with a marker at the cut. */
  truncated: z.boolean(),
});
export type RepoReadme = z.infer<typeof RepoReadme>;

export const Repo = z.object({
  name: z.string(),
  fullName: z.string(),
  url: z.string(),
  description: z.string().nullable(),
  topics: z.array(z.string()),
  primaryLanguage: z.string().nullable(),
  languages: z.array(z.object({ name: z.string(), bytes: z.number().int().nonnegative() })),
  stars: z.number().int().nonnegative(),
  forks: z.number().int().nonnegative(),
  homepage: z.string().nullable(),
  createdAt: z.string(),
  pushedAt: z.string().nullable(),
  archived: z.boolean(),
  fork: z.boolean(),
  private: z.boolean(),
  /** SPDX id, e.g. MIT. */
  license: z.string().nullable(),
  readme: RepoReadme.nullable(),
});
export type Repo = z.infer<typeof Repo>;

/** `roadfolio github sync` output. Never holds a token. */
export const GithubSnapshot = z.object({
  version: z.literal(1),
  user: z.string(),
  fetchedAt: z.string(),
  apiUrl: z.string(),
  repos: z.array(Repo),
});
export type GithubSnapshot = z.infer<typeof GithubSnapshot>;
