import type { BulletResult } from '../../bullets/generate-bullets.js';
import type { Coverage, KeywordSet, Profile, Repo, ResumeTemplate, Roadmap } from '../../model/index.js';
import { readmeChecklist } from '../../readme/checklist.js';
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
  roadmap: Roadmap | null; repos: Repo[]; jobTerms: string[] | undefined; draft: boolean;
}) {
  const { profile, bullets, coverage, keywordSet, template, roadmap, repos, jobTerms, draft } = input;
  const resume = assembleResume(profile, bullets, coverage, keywordSet, {
    draft,
    maxBulletsPerEntry: template.maxBulletsPerEntry,
    maxProjects: template.maxProjects,
    ...(jobTerms ? { jobTerms } : {}),
    sources: { roadmap: 'web app', profile: 'web app', keywords: keywordSet.name },
  });
  const job = jobTerms
    ? jobReport(jobTerms, layoutText(resumeLayout(resume, template)).join('\n'), coverage, keywordSet, roadmap?.items ?? [])
    : undefined;
  const portfolioInput: PortfolioInput = {
    resume, bullets, coverage, keywordSet, repos, draft,
    ...(roadmap ? { roadmap } : {}),
    checklist: (repo) => {
      const result = readmeChecklist(repo.readme?.text ?? null, { license: repo.license });
      return { score: result.score, failed: result.checks.filter((check) => check.status === 'fail').map((check) => check.label) };
    },
  };
  return { resume, coverageJson: job ? { ...coverage, jobReport: job } : coverage, portfolioInput };
}
