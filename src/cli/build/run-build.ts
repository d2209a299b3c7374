import { join } from 'node:path';
import { bulletLineWidth, generateBullets, projectsPastLimit, type BulletResult, type PlaceholderToFill } from '../../bullets/index.js';
import type { Coverage, Evidence, KeywordSet, Lexicon, PaperSize, PhraseBook, Profile, Repo, ResumeTemplate, Roadmap } from '../../model/index.js';
import { renderPlanPdf, renderPortfolioPdf, renderResumePdf } from '../../pdf/render.js';
import { pdfPageCount } from '../../pdf/read-back.js';
import { checkResumePdf, type ResumeCheck } from '../../check/index.js';
import { UserError } from '../user-error.js';
import { assembleResume } from '../../resume/assemble-resume.js';
import { atsCheck, type AtsCheck } from '../../resume/ats-check.js';
import { portfolioModel } from '../../resume/portfolio-model.js';
import { layoutPlainText, layoutText, resumeLayout } from '../../resume/resume-sections.js';
import { jobReport, type JobReport } from '../../resume/tailor-report.js';
import { replaceOutputFolder } from '../../store/output-folder.js';
import { jobTermsOf } from '../../resume/job-terms.js';
import { analyze, compileMatcher, findKeywords } from '../../keywords/index.js';

/** Everything a build reads, already parsed and validated. */
export interface BuildInputs {
  profile: Profile;
  keywordSet: KeywordSet;
  evidence: Evidence[];
  coverage: Coverage;
  roadmap?: Roadmap;
  repos: Repo[];
  /** Roadmap project evidence id → repo evidence id, for projects that live in a repo. */
  repoLinks?: Record<string, string>;
  jobText?: string;
  /** What job-description extraction recognises (the skills lexicon extended with the set). */
  lexicon?: Lexicon;
  /** Where each input came from (file paths), recorded under resume.json's meta. */
  sources: Record<string, string>;
  /** Things the user should know that do not stop the build (an override id that matches nothing). */
  warnings?: string[];
}

export interface BuildSettings {
  template: ResumeTemplate;
  phraseBook: PhraseBook;
  draft: boolean;
  outDir: string;
  /** `--paper`: overrides the template's paper and the country default, for both PDFs. */
  paper?: PaperSize;
  /** resume.pdf's creation date (and so its file id): an application's day makes its version reproducible. */
  date?: Date;
}

export interface BuildReport {
  files: { resumePdf: string; portfolioPdf: string; planPdf: string; resumeJson: string; coverageJson: string };
  pages: { resume: number; portfolio: number; plan: number };
  /** Projects too thin to show an employer: in plan.pdf, not in portfolio.pdf. */
  thinProjects: Array<{ evidenceId: string; name: string; reason: string }>;
  /** Projects past the strongest ones portfolio.pdf shows. */
  projectsNotShown?: string[];
  placeholders: PlaceholderToFill[];
  /** Entries not on the resume, and why: set-up items, and projects past the template's limit. */
  leftOut?: Array<{ evidenceId: string; name: string; reason: string }>;
  /** The user's own bullets that break a bullet-lint rule (ours never do: they are not written). */
  bulletLint?: BulletResult['lint'];
  ats: AtsCheck;
  /** resume.pdf read back like a resume parser: fields found again, and no layout problem (else the build failed). */
  check: Pick<ResumeCheck, 'fields' | 'pages'>;
  job?: JobReport;
  score: number;
  /** Coverage score of what the built resume shows. */
  shown?: number;
}

/**
 * `roadfolio build`, after the inputs are read: bullets → JSON Resume → resume and portfolio PDFs →
 * ATS read-back of the resume PDF → all four files swapped in as one folder (src/store/output-folder.ts). Everything is
 * rendered in memory first, so a failure anywhere leaves the previous outputs as they were.
 */
export async function runBuild(inputs: BuildInputs, settings: BuildSettings): Promise<BuildReport> {
  const settingsInProfile = inputs.profile.meta?.roadfolio;
  const jobTerms = inputs.jobText ? jobTermsOf(inputs.coverage, inputs.jobText, inputs.keywordSet) : undefined;
  const bullets = generateBullets({
    evidence: inputs.evidence,
    coverage: inputs.coverage,
    keywordSet: inputs.keywordSet,
    phraseBook: settings.phraseBook,
    roadmapItems: inputs.roadmap?.items ?? [],
    repos: inputs.repos,
    ...(inputs.repoLinks ? { repoLinks: inputs.repoLinks } : {}),
    ...(settingsInProfile ? { settings: settingsInProfile } : {}),
    ...(jobTerms ? { jobTerms } : {}),
    width: { fontSize: settings.template.fontSize.body, lineWidth: bulletLineWidth(settings.template) },
  });
  const resume = assembleResume(inputs.profile, bullets, inputs.coverage, inputs.keywordSet, {
    draft: settings.draft,
    maxBulletsPerEntry: settings.template.maxBulletsPerEntry,
    maxProjects: settings.template.maxProjects,
    currentlyLearning: settings.template.currentlyLearning,
    ...(jobTerms ? { jobTerms } : {}),
    sources: inputs.sources,
  });
  const layout = resumeLayout(resume, settings.template, settings.paper);
  // coverage.json's `shown` (and lint, searchability, the job report) describe the resume just
  // built, not the input profile: analyze again with its text.
  const coverage = analyze({
    evidence: inputs.evidence, keywordSet: inputs.keywordSet, profile: inputs.profile, resumeText: layoutPlainText(layout),
    ...(inputs.lexicon ? { lexicon: inputs.lexicon } : {}),
    ...(inputs.roadmap ? { roadmap: inputs.roadmap } : {}),
    ...(inputs.jobText !== undefined ? { jobText: inputs.jobText } : {}),
  });
  const resumePdf = await renderResumePdf(layout, settings.template, settings.date ? { date: settings.date } : {});
  const model = portfolioModel({
    resume, bullets, coverage, keywordSet: inputs.keywordSet, repos: inputs.repos, evidence: inputs.evidence,
    ...(inputs.roadmap ? { roadmap: inputs.roadmap } : {}),
    draft: settings.draft,
  });
  const portfolioPdf = await renderPortfolioPdf(model);
  const planPdf = await renderPlanPdf(model);

  // Read resume.pdf back as a parser would; a layout problem (overprint, text past the margin, a
  // stranded heading) stops the build before anything is written.
  const check = await checkResumePdf(resumePdf, resume, { margin: layout.page.margin, sections: settings.template.sections });
  const [problem] = check.problems;
  if (problem) {
    const more = check.problems.length - 1;
    throw new UserError(`resume.pdf (template ${settings.template.name}) ${problem.message}${more > 0 ? ` (and ${more} more layout ${more === 1 ? 'problem' : 'problems'})` : ''}; nothing was written`);
  }
  const portfolioPages = pdfPageCount(portfolioPdf);
  const planPages = pdfPageCount(planPdf);
  // The same matcher analyze uses, so "the PDF shows these keywords" means what coverage means.
  const matcher = compileMatcher(inputs.keywordSet);
  const ats = atsCheck(layout, check.text, inputs.keywordSet, (text) => [...new Set(findKeywords(text, matcher).map((match) => match.term))].sort());
  const job = inputs.jobText
    ? jobReport(jobTerms ?? [], layoutText(layout).join('\n'), coverage, inputs.keywordSet, inputs.roadmap?.items ?? [])
    : undefined;

  const files = {
    resumePdf: join(settings.outDir, 'resume.pdf'),
    portfolioPdf: join(settings.outDir, 'portfolio.pdf'),
    planPdf: join(settings.outDir, 'plan.pdf'),
    resumeJson: join(settings.outDir, 'resume.json'),
    coverageJson: join(settings.outDir, 'coverage.json'),
  };
  // The files replace the previous ones as one folder: never a new resume.json beside an old PDF.
  await replaceOutputFolder(settings.outDir, [
    { name: 'resume.json', data: `${JSON.stringify(resume, null, 2)}\n` },
    { name: 'coverage.json', data: `${JSON.stringify(job ? { ...coverage, jobReport: job } : coverage, null, 2)}\n` },
    { name: 'resume.pdf', data: resumePdf },
    { name: 'portfolio.pdf', data: portfolioPdf },
    { name: 'plan.pdf', data: planPdf },
  ]);
  return {
    files,
    pages: { resume: check.pages, portfolio: portfolioPages, plan: planPages },
    thinProjects: model.thinProjects,
    projectsNotShown: model.projectsNotShown,
    placeholders: bullets.placeholders,
    leftOut: [...bullets.leftOut, ...projectsPastLimit(bullets.projects, settings.template.maxProjects)],
    bulletLint: bullets.lint,
    ats,
    check: { fields: check.fields, pages: check.pages },
    ...(job ? { job } : {}),
    score: coverage.score,
    ...(coverage.shown ? { shown: coverage.shown.score } : {}),
  };
}
