import { z } from 'zod';

/** How a roadmap project was tied to a repo, strongest first. */
export const LinkSource = z.enum(['manual', 'roadmap-link', 'name']);
export type LinkSource = z.infer<typeof LinkSource>;

export const ProjectRepoLink = z.object({
  /** Roadmap item title and its line in the roadmap file. */
  project: z.string(),
  line: z.number().int().positive(),
  /** Repo full name, `owner/name`. */
  repo: z.string(),
  how: LinkSource,
  /** Name similarity 0-1 (1 for manual and roadmap links). */
  score: z.number().min(0).max(1),
});
export type ProjectRepoLink = z.infer<typeof ProjectRepoLink>;

/** Roadmap projects ↔ GitHub repos, and what is left for the user to link by hand. */
export const ProjectRepoLinks = z.object({
  links: z.array(ProjectRepoLink),
  unmatchedProjects: z.array(z.object({ title: z.string(), line: z.number().int().positive() })),
  unmatchedRepos: z.array(z.string()),
  /** Manual links (profile meta.roadfolio.links) that point at nothing, each a sentence saying which. */
  problems: z.array(z.string()),
});
export type ProjectRepoLinks = z.infer<typeof ProjectRepoLinks>;
