import { join } from 'node:path';
import type { BulletResult, PlaceholderToFill } from '../../bullets/generate-bullets.js';
import { projectsPastLimit } from '../../bullets/generate-bullets.js';
import { compileMatcher } from '../../keywords/compile.js';
import { findKeywords } from '../../keywords/match.js';
import type { PaperSize, PhraseBook, Resume, ResumeTemplate } from '../../model/index.js';
import { renderResumeDocx } from '../../export/docx.js';
import { renderPlanPdf, renderPortfolioPdf, renderResumePdf } from '../../pdf/render.js';
import { pdfPageCount } from '../../pdf/read-back.js';
import { checkResumePdf, type ResumeCheck } from '../../check/index.js';
import { UserError } from '../user-error.js';
import { build } from '../../portfolio/index.js';
import { atsCheck, type AtsCheck } from '../../resume/ats-check.js';
import type { JobReport } from '../../resume/tailor-report.js';
import { replaceOutputFolder } from '../../store/output-folder.js';
import type { BuildInputs } from './gather-inputs.js';

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
  files: { resumePdf: string; portfolioPdf: string; planPdf: string; resumeJson: string; coverageJson: string; resumeDocx?: string };
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
  /** Things that do not stop the build but the user should hear (a resume of many pages). */
  warnings: string[];
  /** resume.pdf read back like a resume parser: fields found again, and no layout problem (else the build failed). */
  check: Pick<ResumeCheck, 'fields' | 'pages'>;
  job?: JobReport;
  score: number;
  /** Coverage score of what the built resume shows. */
  shown?: number;
}

/** Recruiters read one or two pages; past this many the build says so (500 work entries once made 51 pages in silence). */
export const RESUME_PAGES_WARNING = 3;

/** A warning for a resume past RESUME_PAGES_WARNING pages, naming what fills it. */
export function lengthWarnings(resume: Resume, pages: number): string[] {
  if (pages < RESUME_PAGES_WARNING) return [];
  const counts = ([['work', 'work entries'], ['education', 'education entries'], ['projects', 'projects'], ['certificates', 'certificates']] as const)
    .map(([key, label]) => [resume[key]?.length ?? 0, label] as const)
    .filter(([count]) => count > 0)
    .sort((a, b) => b[0] - a[0])
    .map(([count, label]) => `${count} ${label}`);
  return [`resume.pdf has ${pages} pages (${counts.join(', ')}); recruiters read one or two: keep the recent and relevant entries in the profile and remove the others`];
}

/** Projects past the template's limit: the weakest by substance, with what they lack. */
export function cutByLimit(bullets: BulletResult, maxProjects: number): Array<{ evidenceId: string; name: string; reason: string }> {
  return projectsPastLimit(bullets.projects, maxProjects);
}

/**
 * `roadfolio build`, after the inputs are read and prepared: build (src/portfolio) → render the
 * resume, portfolio and plan PDFs → ATS read-back of the resume PDF → all five files swapped in as
 * one folder (src/store/output-folder.ts). Everything is rendered in memory first, so a failure anywhere leaves the previous
 * outputs as they were.
 */
export async function runBuild(inputs: BuildInputs, settings: BuildSettings): Promise<BuildReport> {
  const { keywordSet } = inputs.prepared;
  const built = build(inputs.prepared, {
    template: settings.template, phraseBook: settings.phraseBook, draft: settings.draft, sources: inputs.sources,
    ...(settings.paper ? { paper: settings.paper } : {}),
  });
  const resumePdf = await renderResumePdf(built.layout, settings.template, settings.date ? { date: settings.date } : {});
  const portfolioPdf = await renderPortfolioPdf(built.portfolio);
  const planPdf = await renderPlanPdf(built.portfolio);

  // Read resume.pdf back as a parser would; a layout problem (overprint, text past the margin, a
  // stranded heading) stops the build before anything is written.
  const check = await checkResumePdf(resumePdf, built.resume, { margin: built.layout.page.margin, sections: settings.template.sections });
  const [problem] = check.problems;
  if (problem) {
    const more = check.problems.length - 1;
    throw new UserError(`resume.pdf (template ${settings.template.name}) ${problem.message}${more > 0 ? ` (and ${more} more layout ${more === 1 ? 'problem' : 'problems'})` : ''}; nothing was written`);
  }
  // The same matcher analyze uses, so "the PDF shows these keywords" means what coverage means.
  const matcher = compileMatcher(keywordSet);
  const ats = atsCheck(built.layout, check.text, keywordSet, (text) => [...new Set(findKeywords(text, matcher).map((match) => match.term))].sort());

  // resume.docx: the same layout as resume.pdf, Word headings and list paragraphs (the template's `docx: false` leaves it out).
  const resumeDocx = settings.template.docx ? await renderResumeDocx(built.layout, settings.template, { date: settings.date ?? new Date() }) : undefined;
  const files = {
    ...(resumeDocx ? { resumeDocx: join(settings.outDir, 'resume.docx') } : {}),
    resumePdf: join(settings.outDir, 'resume.pdf'),
    portfolioPdf: join(settings.outDir, 'portfolio.pdf'),
    planPdf: join(settings.outDir, 'plan.pdf'),
    resumeJson: join(settings.outDir, 'resume.json'),
    coverageJson: join(settings.outDir, 'coverage.json'),
  };
  // The files replace the previous ones as one folder: never a new resume.json beside an old PDF.
  await replaceOutputFolder(settings.outDir, [
    { name: 'resume.json', data: `${JSON.stringify(built.resume, null, 2)}\n` },
    { name: 'coverage.json', data: `${JSON.stringify(built.coverageJson, null, 2)}\n` },
    { name: 'resume.pdf', data: resumePdf },
    { name: 'portfolio.pdf', data: portfolioPdf },
    { name: 'plan.pdf', data: planPdf },
    ...(resumeDocx ? [{ name: 'resume.docx', data: resumeDocx }] : []),
  ]);
  return {
    files,
    pages: { resume: check.pages, portfolio: pdfPageCount(portfolioPdf), plan: pdfPageCount(planPdf) },
    thinProjects: built.portfolio.thinProjects,
    projectsNotShown: built.portfolio.projectsNotShown,
    placeholders: built.bullets.placeholders,
    leftOut: [...built.bullets.leftOut, ...cutByLimit(built.bullets, settings.template.maxProjects)],
    bulletLint: built.bullets.lint,
    ats,
    warnings: lengthWarnings(built.resume, check.pages),
    check: { fields: check.fields, pages: check.pages },
    ...(built.job ? { job: built.job } : {}),
    score: built.coverage.score,
    ...(built.coverage.shown ? { shown: built.coverage.shown.score } : {}),
  };
}
