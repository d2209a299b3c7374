import { mentionedTerms } from '../src/bullets/index.js';
import { mkdtempSync, readFileSync, mkdirSync, writeFileSync, existsSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { BuildInputs } from '../src/cli/build-command/gather-inputs.js';
import { runBuild, type BuildReport } from '../src/cli/build-command/run-build.js';
import type { Profile } from '../src/model/index.js';
import { prepare } from '../src/portfolio/index.js';
import { loadPhraseBook, loadResumeTemplate } from '../src/cli/load-templates.js';
import { pdfText } from '../src/pdf/read-back.js';
import { docxText } from '../src/export/docx-read-back.js';
import { resumeLayout, layoutText } from '../src/resume/resume-sections.js';
import { Resume } from '../src/model/index.js';
import { keywordSet, prepared, profile, repos, roadmap } from './fixtures/build-inputs.js';

const require = createRequire(import.meta.url);
const jsonResume = require('@jsonresume/schema') as { validate(resume: unknown, callback: (errors: unknown, valid: boolean) => void): void };

const inputs: BuildInputs = { prepared, sources: { roadmap: 'fixture' }, warnings: [] };
/** The fixture with another profile, prepared again as a build would. */
const withProfile = (other: Profile): BuildInputs => ({ ...inputs, prepared: prepare({ roadmap, repos, keywordSet, profile: other }) });
const settings = (outDir: string, template = 'classic', draft = false) => ({
  template: loadResumeTemplate(template, 'templates/resume'), phraseBook: loadPhraseBook('templates/phrases'), draft, outDir,
});

describe('a build of the example', () => {
  let outDir: string;
  let report: BuildReport;
  beforeAll(async () => {
    outDir = mkdtempSync(join(tmpdir(), 'roadfolio-build-'));
    report = await runBuild(inputs, settings(outDir));
  });

  it('writes the six files and nothing else', () => {
    expect(readdirSync(outDir).sort()).toEqual(['coverage.json', 'plan.pdf', 'portfolio.pdf', 'resume.docx', 'resume.json', 'resume.pdf']);
    expect(readFileSync(join(outDir, 'resume.pdf')).subarray(0, 5).toString()).toBe('%PDF-');
  });

  it('writes resume.docx with every line of resume.pdf, in order; a template with docx: false leaves it out', async () => {
    const docx = docxText(readFileSync(join(outDir, 'resume.docx')));
    const lines = layoutText(resumeLayout(Resume.parse(JSON.parse(readFileSync(join(outDir, 'resume.json'), 'utf8'))), loadResumeTemplate('classic', 'templates/resume')));
    let from = 0;
    for (const line of lines.filter((text) => text.trim() !== '')) {
      const at = docx.indexOf(line.trim(), from);
      expect(at, line).toBeGreaterThanOrEqual(0);
      from = at;
    }
    const noDocx = mkdtempSync(join(tmpdir(), 'roadfolio-build-nodocx-'));
    const base = settings(noDocx);
    const result = await runBuild(inputs, { ...base, template: { ...base.template, docx: false } });
    expect(result.files.resumeDocx).toBeUndefined();
    expect(readdirSync(noDocx)).not.toContain('resume.docx');
  });

  it('writes a resume.json that the official JSON Resume schema accepts', () => {
    const resume: unknown = JSON.parse(readFileSync(join(outDir, 'resume.json'), 'utf8'));
    let result: { errors: unknown; valid: boolean } = { errors: null, valid: false };
    jsonResume.validate(resume, (errors, valid) => { result = { errors, valid }; });
    expect(result.errors).toBeNull();
    expect(result.valid).toBe(true);
    const parsed = Resume.parse(resume);
    const programme = parsed.education?.find((entry) => entry.institution === 'Self-directed study');
    expect(programme?.courses).toContain('MIT OpenCourseWare: Linear Algebra (18.06), Principles of Medical Imaging (22.058), Single Variable Calculus (18.01)');
    expect(parsed.projects?.[0]).toMatchObject({ name: 'Sepsis Early Warning', url: 'https://github.com/amira-haddad-md/sepsis-early-warning' });
    expect(parsed.projects?.[0]?.keywords).toContain('XGBoost');
    expect(JSON.stringify(parsed.meta)).toContain('repo:amira-haddad-md/sepsis-early-warning');
  });

  it('takes its own resume.json back as a profile without printing anything twice', async () => {
    const again = mkdtempSync(join(tmpdir(), 'roadfolio-again-'));
    const written = readFileSync(join(outDir, 'resume.json'), 'utf8');
    await runBuild(withProfile(Resume.parse(JSON.parse(written))), settings(again));
    const first = Resume.parse(JSON.parse(written));
    const second = Resume.parse(JSON.parse(readFileSync(join(again, 'resume.json'), 'utf8')));
    expect(second.projects).toEqual(first.projects);
    expect(second.skills).toEqual(first.skills);
    expect(second.education).toEqual(first.education);
  });

  it('fits the example resume on one or two pages', () => {
    expect(report.pages.resume).toBeGreaterThanOrEqual(1);
    expect(report.pages.resume).toBeLessThanOrEqual(2);
  });

  it('passes its own ATS check: the PDF text names the same keywords as resume.json', () => {
    expect(report.ats.missingLines).toEqual([]);
    expect(report.ats.lostInPdf).toEqual([]);
    expect(report.ats.ok).toBe(true);
    expect(report.ats.pdfTerms).toEqual(expect.arrayContaining(['Python', 'XGBoost', 'Electronic Health Records', 'Machine Learning']));
    // coverage.json's `shown` is the resume just built: the keywords the ATS reads back.
    const written = JSON.parse(readFileSync(join(outDir, 'coverage.json'), 'utf8')) as { shown?: { score: number; mustHave: { terms: string[] }; goodToHave: { terms: string[] } } };
    expect(written.shown?.score).toBeGreaterThan(0);
    // ... except what only the labelled "Currently learning" line names: printed, never claimed.
    const shownTerms = [...(written.shown?.mustHave.terms ?? []), ...(written.shown?.goodToHave.terms ?? [])];
    const resumeJson = JSON.parse(readFileSync(join(outDir, 'resume.json'), 'utf8')) as { skills?: Array<{ name?: string; keywords?: string[] }> };
    const learningLine = (resumeJson.skills ?? []).filter((skill) => skill.name === 'Currently learning').flatMap((skill) => skill.keywords ?? []).join(', ');
    expect(report.ats.pdfTerms.filter((term) => !shownTerms.includes(term)).every((term) => mentionedTerms(learningLine, keywordSet).includes(term))).toBe(true);
    expect(shownTerms.every((term) => report.ats.pdfTerms.includes(term))).toBe(true);
  });

  it('gives back every heading, bullet and skill in reading order, non-Latin-1 characters intact', async () => {
    const { text } = await pdfText(readFileSync(join(outDir, 'resume.pdf')));
    const resume = Resume.parse(JSON.parse(readFileSync(join(outDir, 'resume.json'), 'utf8')));
    const expected = layoutText(resumeLayout(resume, settings(outDir).template));
    const flat = text.replace(/\s+/g, '');
    let at = 0;
    for (const line of expected) {
      const found = flat.indexOf(line.replace(/\s+/g, ''), at);
      expect(found, `"${line}" after offset ${at}`).toBeGreaterThanOrEqual(0);
      at = found;
    }
    for (const heading of ['Summary', 'Skills', 'Experience', 'Projects', 'Education', 'Coursework']) expect(text).toContain(heading);
    expect(text).toContain('Łódź');
    expect(text).toContain('CHA₂DS₂-VASc');
    expect(text).toContain('Jul 2019 – Present');
    expect(text).toContain('•');
  });

  it('keeps the [add result] markers out of the PDF and lists them', async () => {
    const { text } = await pdfText(readFileSync(join(outDir, 'resume.pdf')));
    expect(text).not.toContain('[add result]');
    expect(report.placeholders.map((place) => place.entry)).toContain('Chest X-ray pneumonia classifier');
  });

  it('prints the markers with --draft, in the compact template too', async () => {
    const draftDir = mkdtempSync(join(tmpdir(), 'roadfolio-draft-'));
    await runBuild(inputs, settings(draftDir, 'compact', true));
    const { text } = await pdfText(readFileSync(join(draftDir, 'resume.pdf')));
    expect(text).toContain('[add result]');
  });

  it('renders ✓ in the plan with a real glyph, with the scores and roadmap progress', async () => {
    const { text } = await pdfText(readFileSync(join(outDir, 'plan.pdf')));
    expect(text).toContain('✓ Python');
    expect(text).toContain('Must-have: 75% (9 of 12 keywords)');
    expect(text).toContain('Phase 1: The Digital Physiology (Months 1–6)');
    expect(text).toContain('6 of 7 done');
  });

  it('shows every project it does not name as too thin in the portfolio, with its bullets, and no README badges', async () => {
    const { text, pages } = await pdfText(readFileSync(join(outDir, 'portfolio.pdf')));
    expect(pages).toBeGreaterThanOrEqual(2);
    expect(text).toContain('From the README');
    expect(text).not.toContain('shields.io');
    const resume = Resume.parse(JSON.parse(readFileSync(join(outDir, 'resume.json'), 'utf8')));
    const thin = new Set(report.thinProjects.map((project) => project.evidenceId));
    const flat = text.replace(/\s+/g, '');
    const projects = (resume.meta as { roadfolioBuild: { projects: Array<{ evidenceIds: string[]; name: string; bullets: Array<{ text: string }> }> } }).roadfolioBuild.projects;
    expect(projects.filter((project) => !thin.has(project.evidenceIds[0] ?? '')).length).toBeGreaterThan(0);
    for (const project of projects.filter((entry) => !thin.has(entry.evidenceIds[0] ?? ''))) {
      for (const bullet of project.bullets) expect(flat, bullet.text).toContain(bullet.text.replace(/\s+/g, ''));
    }
  });
});

describe('a build that fails midway', () => {
  it('leaves the previous outputs byte-identical', async () => {
    const outDir = mkdtempSync(join(tmpdir(), 'roadfolio-atomic-'));
    await runBuild(inputs, settings(outDir));
    const before = Object.fromEntries(['resume.pdf', 'portfolio.pdf', 'resume.json'].map((name) => [name, readFileSync(join(outDir, name))]));
    // coverage.json is now a directory: its rename fails after the other files were staged and some renamed.
    const coverageJson = join(outDir, 'coverage.json');
    writeFileSync(join(outDir, 'coverage.keep'), readFileSync(coverageJson));
    require('node:fs').rmSync(coverageJson);
    mkdirSync(join(coverageJson, 'blocker'), { recursive: true });
    const changed = withProfile({ ...profile, basics: { ...profile.basics, name: 'Someone Else' } });
    await expect(runBuild(changed, settings(outDir, 'compact'))).rejects.toThrow();
    for (const [name, bytes] of Object.entries(before)) expect(readFileSync(join(outDir, name)).equals(bytes), name).toBe(true);
    expect(readdirSync(outDir).filter((name) => name.startsWith('.'))).toEqual([]);
    expect(existsSync(join(coverageJson, 'blocker'))).toBe(true);
  });
});
