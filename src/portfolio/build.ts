import { generateBullets, type BulletResult } from '../bullets/generate-bullets.js';
import { bulletLineWidth } from '../bullets/text-width.js';
import { analyze } from '../keywords/analyze.js';
import type { Coverage, PaperSize, PhraseBook, Resume, ResumeTemplate } from '../model/index.js';
import { assembleResume } from '../resume/assemble-resume.js';
import { portfolioModel, type PortfolioModel } from '../resume/portfolio-model.js';
import { layoutPlainText, layoutText, resumeLayout, type ResumeLayout } from '../resume/resume-sections.js';
import { jobReport, type JobReport } from '../resume/tailor-report.js';
import type { Prepared } from './prepare.js';

export interface BuildOptions {
  template: ResumeTemplate;
  phraseBook: PhraseBook;
  /** Print `[add result]` markers (a draft for the user to fill), instead of the clean text. */
  draft: boolean;
  /** Where the inputs came from (file paths, or "web app"), recorded under resume.json's meta. */
  sources?: Record<string, string>;
  /** `--paper`: overrides the template's paper and the country default. */
  paper?: PaperSize;
}

/** What a build makes, before anything is rendered or written. */
export interface Built {
  bullets: BulletResult;
  /** The JSON Resume document (resume.json). */
  resume: Resume;
  /** The resume as the PDF lays it out. */
  layout: ResumeLayout;
  /** Coverage with what the built resume shows, its lint and searchability (coverage.json without the job report). */
  coverage: Coverage;
  /** With a posting: what it asks against what the resume shows and the evidence backs. */
  job?: JobReport;
  /** Everything portfolio.pdf (for an employer) and plan.pdf (for the user) show. */
  portfolio: PortfolioModel;
  /** coverage.json as written: the coverage, with the job report when a posting was given. */
  coverageJson: Coverage & { jobReport?: JobReport };
}

/**
 * Step 2 of the pipeline (pure): bullets → JSON Resume → layout → coverage of the built resume →
 * job report → portfolio and plan model. The CLI renders and writes what this returns; the web app shows it.
 */
export function build(prepared: Prepared, options: BuildOptions): Built {
  const { keywordSet, roadmap, jobTerms } = prepared;
  const settings = prepared.profile.meta?.roadfolio;
  const bullets = generateBullets({
    evidence: prepared.evidence,
    coverage: prepared.coverage,
    keywordSet,
    phraseBook: options.phraseBook,
    roadmapItems: roadmap?.items ?? [],
    repos: prepared.repos,
    repoLinks: prepared.repoLinks,
    ...(settings ? { settings } : {}),
    ...(jobTerms ? { jobTerms } : {}),
    // No bullet takes more than two lines of the template's bullet width.
    width: { fontSize: options.template.fontSize.body, lineWidth: bulletLineWidth(options.template) },
  });
  const resume = assembleResume(prepared.profile, bullets, prepared.coverage, keywordSet, {
    draft: options.draft,
    maxBulletsPerEntry: options.template.maxBulletsPerEntry,
    maxProjects: options.template.maxProjects,
    currentlyLearning: options.template.currentlyLearning,
    ...(jobTerms ? { jobTerms } : {}),
    ...(options.sources ? { sources: options.sources } : {}),
  });
  const layout = resumeLayout(resume, options.template, options.paper);
  // `shown` (and lint, searchability, the job's coverage) describe the resume just built, not
  // the input profile: analyze again with its text.
  const coverage = analyze({
    evidence: prepared.evidence, keywordSet, profile: prepared.profile, resumeText: layoutPlainText(layout),
    ...(prepared.lexicon ? { lexicon: prepared.lexicon } : {}),
    ...(roadmap ? { roadmap } : {}),
    ...(prepared.jobText !== undefined ? { jobText: prepared.jobText } : {}),
  });
  const job = prepared.jobText !== undefined
    ? jobReport(jobTerms ?? [], layoutText(layout).join('\n'), coverage, keywordSet, roadmap?.items ?? [])
    : undefined;
  const portfolio = portfolioModel({
    resume, bullets, coverage, keywordSet, repos: prepared.repos, evidence: prepared.evidence, draft: options.draft, paper: layout.page.size,
    ...(roadmap ? { roadmap } : {}),
  });
  return {
    bullets, resume, layout, coverage, portfolio,
    ...(job ? { job } : {}),
    coverageJson: job ? { ...coverage, jobReport: job } : coverage,
  };
}
