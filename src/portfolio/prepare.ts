import { buildEvidence } from '../evidence/index.js';
import { matchProjectsToRepos } from '../evidence/match-projects-to-repos.js';
import type { Matcher } from '../keywords/compile.js';
import { analyze } from '../keywords/analyze.js';
import type { Coverage, Evidence, KeywordSet, Lexicon, Profile, Repo, Roadmap } from '../model/index.js';
import { jobTermsOf } from '../resume/job-terms.js';

/** The user's sources, already read and validated (by src/store in Node, by the saved state in the web app). */
export interface PortfolioSources {
  roadmap?: Roadmap;
  /** The roadmap's file name, shown in each record's source (`roadmap.md:14`). */
  roadmapRef?: string;
  profile?: Profile;
  repos?: Repo[];
  keywordSet: KeywordSet;
  /** A job description: its terms move matching bullets and skills up, and the job report lists the gaps. */
  jobText?: string;
  /** What job-description extraction recognises (the skills lexicon extended with the set); defaults to the set. */
  lexicon?: Lexicon | Matcher;
}

/** Everything about the user's evidence that does not depend on how the resume is laid out. */
export interface Prepared {
  profile: Profile;
  keywordSet: KeywordSet;
  roadmap?: Roadmap;
  repos: Repo[];
  jobText?: string;
  lexicon?: Lexicon | Matcher;
  /** Every evidence record, hidden ones included (the web app lists them to show again). */
  allEvidence: Evidence[];
  /** The evidence that may appear on the resume: hidden entries removed, here and only here. */
  evidence: Evidence[];
  /** Coverage of the keyword set by `evidence` (and of the posting, when there is one). */
  coverage: Coverage;
  /** Roadmap project evidence id → repo evidence id, for projects that live in a repo. */
  repoLinks: Record<string, string>;
  /** Keyword-set terms the posting asks for, required ones first. */
  jobTerms?: string[];
  /** Things the user should know that do not stop the build (an override id that matches nothing). */
  warnings: string[];
}

/** The user's evidence, and the part of it that may appear on the resume (hidden entries removed). */
export function evidenceOf(sources: Pick<PortfolioSources, 'roadmap' | 'roadmapRef' | 'profile' | 'repos'>): { allEvidence: Evidence[]; evidence: Evidence[]; warnings: string[] } {
  const allEvidence = buildEvidence({
    ...(sources.roadmap ? { roadmap: sources.roadmap, roadmapRef: sources.roadmapRef ?? 'roadmap.md' } : {}),
    ...(sources.profile ? { profile: sources.profile } : {}),
    repos: sources.repos ?? [],
  });
  const overrides = sources.profile?.meta?.roadfolio?.overrides ?? {};
  // A hidden entry is not on the resume: it counts nowhere (coverage, skills, bullets, the job report).
  const evidence = allEvidence.filter((item) => !overrides[item.id]?.hide);
  const known = new Set(allEvidence.map((item) => item.id));
  const warnings = Object.keys(overrides).filter((id) => !known.has(id))
    .map((id) => `meta.roadfolio.overrides["${id}"] matches no evidence (ids look like repo:owner/name or roadmap:<line>); ignored`);
  return { allEvidence, evidence, warnings };
}

/**
 * Step 1 of the pipeline (pure): sources → evidence (hidden entries removed once) → coverage →
 * roadmap projects tied to their repos → the posting's terms.
 */
export function prepare(sources: PortfolioSources): Prepared {
  const profile = sources.profile ?? {};
  const repos = sources.repos ?? [];
  const { allEvidence, evidence, warnings } = evidenceOf(sources);
  const jobText = sources.jobText?.trim() ? sources.jobText : undefined;
  const coverage = analyze({
    evidence, keywordSet: sources.keywordSet,
    ...(sources.lexicon ? { lexicon: sources.lexicon } : {}),
    ...(sources.roadmap ? { roadmap: sources.roadmap } : {}),
    ...(jobText !== undefined ? { jobText } : {}),
  });
  // Roadmap projects and the repos that hold them become one resume entry.
  const { links } = matchProjectsToRepos(sources.roadmap?.items ?? [], repos.filter((repo) => !repo.fork), profile.meta?.roadfolio?.links ?? {});
  return {
    profile, keywordSet: sources.keywordSet, repos, allEvidence, evidence, coverage, warnings,
    ...(sources.roadmap ? { roadmap: sources.roadmap } : {}),
    ...(jobText !== undefined ? { jobText, jobTerms: jobTermsOf(coverage, jobText, sources.keywordSet) } : {}),
    ...(sources.lexicon ? { lexicon: sources.lexicon } : {}),
    repoLinks: Object.fromEntries(links.map((link) => [`roadmap:${link.line}`, `repo:${link.repo}`])),
  };
}
