import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { extractText, getDocumentProxy } from 'unpdf';
import { gatherInputs } from '../src/cli/build-command/gather-inputs.js';
import { runBuild, type BuildReport } from '../src/cli/build-command/run-build.js';
import { loadPhraseBook, loadResumeTemplate } from '../src/cli/load-templates.js';

/** Text per page, as a reader (or an ATS) extracts it. */
async function pages(file: string): Promise<string[]> {
  const document = await getDocumentProxy(new Uint8Array(readFileSync(file)));
  const { text } = await extractText(document, { mergePages: false });
  return text;
}

/** Every page's size in points, width × height rounded, as a printer sees it. */
async function pageSizes(file: string): Promise<string[]> {
  const document = await getDocumentProxy(new Uint8Array(readFileSync(file)));
  const sizes: string[] = [];
  for (let number = 1; number <= document.numPages; number += 1) {
    const [x0, y0, x1, y1] = (await document.getPage(number)).view;
    sizes.push(`${Math.round(x1! - x0!)}x${Math.round(y1! - y0!)}`);
  }
  return sizes;
}

/** Lines of real content on a page: the running footer does not count. */
const contentLines = (page: string): number => page.split('\n').filter((line) => line.trim() !== '' && !/ – (Portfolio|Plan), page \d+ of \d+/.test(line)).length;

const PERSONA = 'tests/fixtures/personas/lab-scientist';

interface Built { report: BuildReport; portfolio: string[]; plan: string[]; sizes: Record<'resume' | 'portfolio' | 'plan', string[]> }

async function build(flags: { roadmap?: string; profile?: string; githubSnapshot?: string }): Promise<Built> {
  const outDir = mkdtempSync(join(tmpdir(), 'roadfolio-portfolio-'));
  const inputs = await gatherInputs(flags);
  const report = await runBuild(inputs, {
    template: loadResumeTemplate('classic', 'templates/resume'), phraseBook: loadPhraseBook('templates/phrases'), draft: false, outDir,
  });
  const sizes = {
    resume: await pageSizes(report.files.resumePdf), portfolio: await pageSizes(report.files.portfolioPdf), plan: await pageSizes(report.files.planPdf),
  };
  return { report, portfolio: await pages(report.files.portfolioPdf), plan: await pages(report.files.planPdf), sizes };
}

/** What an employer must never see in the portfolio, on any input. */
function expectSendable(portfolio: string[]): void {
  const text = portfolio.join('\n');
  expect(text).not.toContain('✗');
  expect(text).not.toMatch(/(^|\D)0\s?%/);
  expect(text).not.toContain('Nothing completed yet');
  expect(text).not.toMatch(/README checklist|missing keywords|of 100\b/i);
  // No near-empty page: every page but a one-page document holds real content.
  if (portfolio.length > 1) for (const [index, page] of portfolio.entries()) expect(contentLines(page), `page ${index + 1}`).toBeGreaterThanOrEqual(6);
}

describe('the lab scientist persona (few, small repos)', () => {
  let built: Built;
  beforeAll(async () => {
    built = await build({ roadmap: `${PERSONA}/roadmap.md`, profile: `${PERSONA}/profile.json`, githubSnapshot: `${PERSONA}/github-snapshot.json` });
  }, 120_000);

  it('gives an employer portfolio with no ✗, no 0 %, no empty phases and no near-empty page', () => {
    expectSendable(built.portfolio);
  });

  it("prints all three PDFs on the resume's paper: A4 for a UK address", () => {
    for (const sizes of Object.values(built.sizes)) expect(new Set(sizes)).toEqual(new Set(['595x842']));
  });

  it('leads with the person and says coverage positively', () => {
    const text = built.portfolio.join('\n').replace(/\s+/g, ' ');
    expect(text).toContain('Mei-Ling Okafor');
    expect(text).toContain('Medical Laboratory Scientist moving into clinical data analysis');
    expect(text).toContain('six years in a hospital core laboratory');
    expect(text).toMatch(/Shows \d+ of the 54 must-have skills for Medical AI roles/);
  });

  it('shows the real project and the completed courses, and nothing in progress or not started as done', () => {
    const text = built.portfolio.join('\n').replace(/\s+/g, ' ');
    expect(text).toContain('Levey-Jennings QC charts');
    expect(text).toContain('github.com/mlokafor/levey-jennings-qc');
    expect(text).toContain('Coursera: Python for Everybody');
    expect(text).toContain('Kaggle Learn: Intro to SQL');
    expect(text).not.toContain('https://www.coursera.org/specializations/python');
    for (const notDone of ['Statistics with R', 'Data Visualization (Kaggle Learn)', 'FHIR fundamentals', 'reference-interval']) expect(text).not.toContain(notDone);
  });

  it('leaves out the projects too thin to show, and build names them with the reason', () => {
    const text = built.portfolio.join('\n');
    const thin = built.report.thinProjects.map((project) => project.evidenceId);
    expect(thin).toEqual(expect.arrayContaining(['repo:mlokafor/hba1c-eag']));
    expect(text).not.toContain('hba1c-eag');
    expect(text).not.toContain('github.com/mlokafor/notes');
    for (const project of built.report.thinProjects) expect(project.reason.length).toBeGreaterThan(20);
  });

  it('gives the user a plan with every gap, its next step, README fixes and one line for phases not started', () => {
    const plan = built.plan.join('\n').replace(/\s+/g, ' ');
    expect(plan).toContain('✗');
    expect(plan).toContain('Gaps and what closes them');
    // A gap a roadmap item closes names the item; the rest are named as not on the roadmap yet.
    expect(plan).toMatch(/Machine Learning: finish Intro to Machine Learning \(Kaggle Learn\)/);
    expect(plan).toContain('Not on your roadmap yet');
    // Every missing must-have of the set is in the plan.
    const coverage = JSON.parse(readFileSync(built.report.files.coverageJson, 'utf8')) as { mustHave: { missing: string[] } };
    expect(coverage.mustHave.missing.length).toBeGreaterThan(10);
    for (const term of coverage.mustHave.missing) expect(plan).toContain(term);
    expect(plan).toMatch(/hba1c-eag checklist \d+%/);
    expect(plan).toContain('Usage example: Add a "Usage" section');
    expect(plan).toMatch(/Not started yet: Stage 2 — Statistics and visualisation \(Apr–Jun 2026\), Stage 3 — Clinical data \(Jul–Dec 2026\)/);
    expect(plan).not.toContain('Nothing completed yet');
  });
});

describe('the bundled example', () => {
  let built: Built;
  beforeAll(async () => { built = await build({}); }, 120_000);

  it('gives an employer portfolio an employer can be sent', () => {
    expectSendable(built.portfolio);
    const text = built.portfolio.join('\n').replace(/\s+/g, ' ');
    expect(text).toContain('Skills and where they show');
    expect(text).toContain('Completed learning');
    expect(text).toMatch(/Shows \d+ of the 54 must-have skills/);
  });

  it("prints all three PDFs on the resume's paper: Letter for a US address", () => {
    for (const sizes of Object.values(built.sizes)) expect(new Set(sizes)).toEqual(new Set(['612x792']));
  });

  it('names no set-up row or course platform behind a skill', () => {
    const text = built.portfolio.join('\n').replace(/\s+/g, ' ');
    const skills = text.slice(text.indexOf('Skills and where they show'), text.indexOf('Completed learning'));
    expect(skills.length).toBeGreaterThan(100);
    expect(skills).not.toMatch(/vscode-kaggle-setup|VS Code & Kaggle Setup/i);
    expect(skills).not.toMatch(/\bKaggle \(/);
  });

  it('orders projects by substance: the tested clinical calculator before a set-up repo', () => {
    const text = built.portfolio.join('\n');
    const calculator = text.indexOf('Clinical Calculator');
    const setup = text.search(/VS Code[ &]+Kaggle Setup/i);
    expect(calculator).toBeGreaterThanOrEqual(0);
    if (setup >= 0) expect(calculator).toBeLessThan(setup);
  });
});
