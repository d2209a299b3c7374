import { matchProjectsToRepos } from '../../evidence/match-projects-to-repos.js';
import { analyze } from '../../keywords/analyze.js';
import { readSources } from '../analyze-input.js';
import type { BuildInputs } from './run-build.js';

export interface BuildFlags {
  roadmap?: string;
  githubSnapshot?: string;
  profile?: string;
  keywords?: string;
  jd?: string;
}

/**
 * Read and validate every input of a build: the same sources as `analyze` (and the same
 * bundled-example rule), then the build's own extra: roadmap projects tied to their repos.
 */
export async function gatherInputs(flags: BuildFlags): Promise<BuildInputs> {
  const sources = await readSources({ ...flags, keywords: flags.keywords ?? 'medical-ai' });
  const { files } = sources;
  const { roadmap, repos, keywordSet, jobText } = sources;
  const profile = sources.profile ?? {};
  const overrides = profile.meta?.roadfolio?.overrides ?? {};
  // A hidden entry is not on the resume: it must not count in coverage, skills or the job report.
  const evidence = sources.evidence.filter((item) => !overrides[item.id]?.hide);
  const known = new Set(sources.evidence.map((item) => item.id));
  const warnings = Object.keys(overrides).filter((id) => !known.has(id))
    .map((id) => `${files.profile ?? 'profile'}: meta.roadfolio.overrides["${id}"] matches no evidence (ids look like repo:owner/name or roadmap:<line>); ignored`);
  const coverage = analyze({
    evidence, keywordSet, lexicon: sources.lexicon,
    ...(roadmap ? { roadmap } : {}),
    ...(jobText !== undefined ? { jobText } : {}),
  });
  // Roadmap projects and the repos that hold them become one resume entry.
  const { links } = matchProjectsToRepos(roadmap?.items ?? [], repos.filter((repo) => !repo.fork), profile.meta?.roadfolio?.links ?? {});
  return {
    profile, keywordSet, evidence, coverage, repos, warnings, lexicon: sources.lexicon,
    ...(roadmap ? { roadmap } : {}),
    repoLinks: Object.fromEntries(links.map((link) => [`roadmap:${link.line}`, `repo:${link.repo}`])),
    ...(jobText !== undefined ? { jobText } : {}),
    sources: {
      keywords: flags.keywords ?? 'medical-ai',
      ...(files.roadmap ? { roadmap: files.roadmap } : {}),
      ...(files.profile ? { profile: files.profile } : {}),
      ...(repos.length > 0 && files.githubSnapshot ? { githubSnapshot: files.githubSnapshot } : {}),
      ...(files.jd ? { jobDescription: files.jd } : {}),
    },
  };
}
