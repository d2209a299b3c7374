import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { RECORD_FILE, tailoredVersion } from '../../applications/index.js';
import { bulletLineWidth, generateBullets } from '../../bullets/index.js';
import { docxText } from '../../export/docx-read-back.js';
import { renderResumeDocx } from '../../export/docx.js';
import { resumePlainText } from '../../export/text.js';
import { compileMatcher } from '../../keywords/compile.js';
import { findKeywords } from '../../keywords/match.js';
import { Coverage, Resume, type ApplicationRecord, type ApplicationStatus, type PhraseBook, type ResumeTemplate } from '../../model/index.js';
import { assembleResume } from '../../resume/assemble-resume.js';
import { atsCheck, type AtsCheck } from '../../resume/ats-check.js';
import { resumeLayout, type ResumeLayout } from '../../resume/resume-sections.js';
import type { JobReport } from '../../resume/tailor-report.js';
import { sha256, writeApplicationFolder } from '../../store/applications.js';
import { gatherInputs, type BuildFlags, type BuildInputs } from '../build-command/gather-inputs.js';
import { runBuild } from '../build-command/run-build.js';
import { build as buildPortfolio } from '../../portfolio/index.js';

/** Everything one version is made from. */
export interface ApplyInputs {
  /** The source flags, as `build` takes them (no --jd: the posting is below). */
  flags: BuildFlags;
  postingText: string;
  /** `posting.txt` or `posting.md`: the posting kept as given. */
  postingFile: string;
  template: ResumeTemplate;
  phraseBook: PhraseBook;
  /** Where each input came from and its content hash (application.json's `sources`). */
  hashed: ApplicationRecord['sources'];
  overrides: ApplicationRecord['overrides'];
  roadfolioVersion: string;
}

export interface ApplySettings {
  folderPath: string;
  company: string;
  role: string;
  created: string;
  /** The day stamped in the PDF and DOCX. */
  built: string;
  status: ApplicationStatus;
  history: ApplicationRecord['history'];
}

export interface ApplyReport {
  record: ApplicationRecord;
  /** Read-back of each exported resume against resume.json: the same lines and keywords. */
  readBack: { pdf: AtsCheck; docx: AtsCheck; txt: AtsCheck };
  pages: number;
  warnings: string[];
}

/**
 * The master resume's layout (the same inputs, no posting), for "what tailoring reordered": the
 * bullets and JSON Resume steps of `build`, without rendering anything.
 */
function masterLayout(inputs: BuildInputs, template: ResumeTemplate, phraseBook: PhraseBook): ResumeLayout {
  return buildPortfolio(inputs.prepared, { template, phraseBook, draft: false, sources: inputs.sources }).layout;
}

/**
 * One tailored version: `build` with the posting as its job description (the same pipeline, into
 * a staging folder, resume.pdf dated with the version's day) → resume.docx and resume.txt from
 * the same layout → each of the three read back against resume.json → the posting's gaps, what
 * tailoring reordered against the master resume → report.md and application.json → every file
 * swapped into the application's folder as one change.
 */
export async function runApply(inputs: ApplyInputs, settings: ApplySettings): Promise<ApplyReport> {
  const { template, phraseBook } = inputs;
  const staging = await mkdtemp(join(tmpdir(), 'roadfolio-apply-'));
  try {
    // build reads its job description from a file: the posting as read (stdin included) goes there.
    const postingPath = join(staging, inputs.postingFile);
    await writeFile(postingPath, inputs.postingText);
    const gathered = await gatherInputs({ ...inputs.flags, jd: postingPath });
    // resume.json's meta names the posting as it is kept in the folder, not the staging path.
    const tailoredInputs: BuildInputs = { ...gathered, sources: { ...gathered.sources, jobDescription: inputs.postingFile } };
    const date = new Date(`${settings.built}T00:00:00Z`);
    const out = join(staging, 'out');
    // apply writes its own resume.docx from the layout it reads back below: build need not make one.
    const build = await runBuild(tailoredInputs, { template: { ...template, docx: false }, phraseBook, draft: false, outDir: out, date });
    const file = (name: string) => readFile(join(out, name));

    const resume = Resume.parse(JSON.parse(await readFile(join(out, 'resume.json'), 'utf8')));
    const coverageJson = JSON.parse(await readFile(join(out, 'coverage.json'), 'utf8')) as Coverage & { jobReport?: JobReport };
    const coverage = Coverage.parse(coverageJson);
    const layout = resumeLayout(resume, template);
    const resumeDocx = await renderResumeDocx(layout, template, { date });
    const resumeTxt = resumePlainText(layout);

    const { keywordSet } = gathered.prepared;
    const matcher = compileMatcher(keywordSet);
    const termsIn = (text: string) => [...new Set(findKeywords(text, matcher).map((match) => match.term))].sort();
    const readBack = {
      pdf: build.ats,
      docx: atsCheck(layout, docxText(resumeDocx), keywordSet, termsIn),
      txt: atsCheck(layout, resumeTxt, keywordSet, termsIn),
    };

    const master = masterLayout(await gatherInputs(inputs.flags), template, phraseBook);
    const { record, report } = tailoredVersion({
      prepared: gathered.prepared, coverage, jobReport: coverageJson.jobReport, layout, master,
      posting: { text: inputs.postingText, file: inputs.postingFile, sha256: sha256(inputs.postingText) },
      company: settings.company, role: settings.role,
      dates: { created: settings.created, built: settings.built, status: settings.status, history: settings.history },
      hashed: { sources: inputs.hashed, overrides: inputs.overrides, roadfolio: inputs.roadfolioVersion },
    });

    await writeApplicationFolder(settings.folderPath, [
      { name: inputs.postingFile, data: inputs.postingText },
      { name: 'resume.pdf', data: await file('resume.pdf') },
      { name: 'resume.docx', data: resumeDocx },
      { name: 'resume.txt', data: resumeTxt },
      { name: 'resume.json', data: await file('resume.json') },
      { name: 'coverage.json', data: await file('coverage.json') },
      { name: 'report.md', data: report },
      { name: RECORD_FILE, data: `${JSON.stringify(record, null, 2)}\n` },
    ]);
    return { record, readBack, pages: build.pages.resume, warnings: gathered.warnings ?? [] };
  } finally {
    await rm(staging, { recursive: true, force: true });
  }
}
