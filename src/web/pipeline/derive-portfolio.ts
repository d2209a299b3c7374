import { bulletLineWidth, generateBullets, type BulletResult } from '../../bullets/index.js';
import { buildEvidence } from '../../evidence/index.js';
import { matchProjectsToRepos } from '../../evidence/match-projects-to-repos.js';
import { analyze } from '../../keywords/analyze.js';
import type { Matcher } from '../../keywords/compile.js';
import { lintResume } from '../../keywords/lint.js';
import { resumeTextFromProfile } from '../../keywords/resume-text.js';
import type { Coverage, Evidence, KeywordSet, LintIssue, Profile, Repo, Resume, ResumeTemplate, Roadmap } from '../../model/index.js';
import { parseRoadmap } from '../../roadmap/index.js';
import { assembleResume } from '../../resume/assemble-resume.js';
import { jobTermsOf } from '../../resume/job-terms.js';
import { layoutPlainText, resumeLayout } from '../../resume/resume-sections.js';

import type { BundledData } from './bundled-data.js';

/**
 * The CLI's pipeline (src/cli/build/gather-inputs.ts and run-build.ts) step by step, minus the
 * files: each step is the same core function `roadfolio build` calls. Split into steps so the
 * React hook can re-run only what an edit touched.
 */

export function roadmapStep(text: string): { roadmap: Roadmap | null; problem: string | null } {
  try {
    return { roadmap: parseRoadmap(text), problem: null };
  } catch (error) {
    return { roadmap: null, problem: `Roadmap: ${error instanceof Error ? error.message : String(error)}` };
  }
}

export function evidenceStep(roadmap: Roadmap | null, roadmapRef: string, profile: Profile, repos: Repo[]): Evidence[] {
  return buildEvidence({ ...(roadmap ? { roadmap } : {}), roadmapRef, profile, repos });
}

/** `roadfolio analyze`: with a posting, read with the skills lexicon when it has been loaded. */
export function coverageStep(evidence: Evidence[], keywordSet: KeywordSet, roadmap: Roadmap | null, profile: Profile, jobText: string, lexicon?: Matcher): Coverage {
  const posting = jobText.trim();
  // A hidden entry is not on the resume: like `roadfolio build`, it counts nowhere.
  const overrides = profile.meta?.roadfolio?.overrides ?? {};
  const onResume = evidence.filter((record) => !overrides[record.id]?.hide);
  return analyze({ evidence: onResume, keywordSet, ...(roadmap ? { roadmap } : {}), profile, ...(posting ? { jobText: posting } : {}), ...(posting && lexicon ? { lexicon } : {}) });
}

export interface BulletsAndResume {
  bullets: BulletResult;
  jobTerms: string[] | undefined;
  /** The JSON Resume `roadfolio build` would write (printed text, no placeholders). */
  resume: Resume;
  /** Keywords the built resume's own text shows, as `roadfolio build` reports them (not the profile's). */
  shown: Coverage['shown'];
  /** Resume lint of the assembled resume: per bullet (by its text) and resume-wide. */
  lintByText: Map<string, LintIssue[]>;
  resumeWideLint: LintIssue[];
}

export function bulletsStep(input: {
  evidence: Evidence[]; coverage: Coverage; keywordSet: KeywordSet; roadmap: Roadmap | null; repos: Repo[];
  profile: Profile; jobText: string; template: ResumeTemplate; bundled: BundledData; draft: boolean;
}): BulletsAndResume {
  const { evidence, coverage, keywordSet, roadmap, repos, profile, template } = input;
  const posting = input.jobText.trim();
  const jobTerms = posting ? jobTermsOf(coverage, posting, keywordSet) : undefined;
  const settings = profile.meta?.roadfolio;
  // Roadmap projects and the repos that hold them become one resume entry, as in the CLI.
  const { links } = matchProjectsToRepos(roadmap?.items ?? [], repos.filter((repo) => !repo.fork), settings?.links ?? {});
  const bullets = generateBullets({
    evidence, coverage, keywordSet, phraseBook: input.bundled.phraseBook,
    roadmapItems: roadmap?.items ?? [], repos,
    repoLinks: Object.fromEntries(links.map((link) => [`roadmap:${link.line}`, `repo:${link.repo}`])),
    ...(settings ? { settings } : {}),
    ...(jobTerms ? { jobTerms } : {}),
    width: { fontSize: template.fontSize.body, lineWidth: bulletLineWidth(template) },
  });
  const resume = assembleResume(profile, bullets, coverage, keywordSet, {
    draft: input.draft,
    maxBulletsPerEntry: template.maxBulletsPerEntry,
    maxProjects: template.maxProjects,
    currentlyLearning: template.currentlyLearning,
    ...(jobTerms ? { jobTerms } : {}),
    sources: { roadmap: 'web app', profile: 'web app', keywords: keywordSet.name },
  });
  // "Shown on resume" describes the resume just built, as coverage.json does in the CLI.
  const { shown } = analyze({ evidence, keywordSet, profile, resumeText: layoutPlainText(resumeLayout(resume, template)) });
  const lint = lintResume(resumeTextFromProfile(resume), keywordSet);
  const lintByText = new Map<string, LintIssue[]>();
  for (const issue of lint) if (issue.text !== undefined) lintByText.set(issue.text, [...(lintByText.get(issue.text) ?? []), issue]);
  return { bullets, jobTerms, resume, shown, lintByText, resumeWideLint: lint.filter((issue) => issue.text === undefined) };
}

