import type { BulletResult } from '../../bullets/index.js';
import type { Coverage, Evidence, KeywordSet, Profile, Repo, ResumeTemplate, Roadmap } from '../../model/index.js';
import { assembleResume } from '../../resume/assemble-resume.js';
import type { PortfolioInput } from '../../resume/portfolio-model.js';
import { layoutText, resumeLayout } from '../../resume/resume-sections.js';
import { jobReport } from '../../resume/tailor-report.js';

/**
 * The four files `roadfolio build` writes, from the same steps: resume.json (draft or clean),
 * coverage.json (with the job report when a posting is given), and the portfolio's input.
 */
export function exportFiles(input: {
  profile: Profile; bullets: BulletResult; coverage: Coverage; keywordSet: KeywordSet; template: ResumeTemplate;
  roadmap: Roadmap | null; repos: Repo[]; jobTerms: string[] | undefined; draft: boolean; evidence?: readonly Evidence[];
}) {
  const { profile, bullets, coverage, keywordSet, template, roadmap, repos, jobTerms, draft } = input;
  const resume = assembleResume(profile, bullets, coverage, keywordSet, {
    draft,
    maxBulletsPerEntry: template.maxBulletsPerEntry,
    maxProjects: template.maxProjects,
    currentlyLearning: template.currentlyLearning,
    ...(jobTerms ? { jobTerms } : {}),
    sources: { roadmap: 'web app', profile: 'web app', keywords: keywordSet.name },
  });
  const job = jobTerms
    ? jobReport(jobTerms, layoutText(resumeLayout(resume, template)).join('\n'), coverage, keywordSet, roadmap?.items ?? [])
    : undefined;
  const portfolioInput: PortfolioInput = {
    resume, bullets, coverage, keywordSet, repos, draft,
    ...(roadmap ? { roadmap } : {}),
    ...(input.evidence ? { evidence: input.evidence } : {}),
  };
  return { resume, coverageJson: job ? { ...coverage, jobReport: job } : coverage, portfolioInput };
}
