import { existsSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { docxText } from '../../src/export/docx-read-back.js';
import { compileMatcher, findKeywords } from '../../src/keywords/index.js';
import { ApplicationRecord, Resume } from '../../src/model/index.js';
import { pdfText } from '../../src/pdf/read-back.js';
import { atsCheck } from '../../src/resume/ats-check.js';
import { resumeLayout } from '../../src/resume/resume-sections.js';
import { loadResumeTemplate } from '../../src/cli/load-templates.js';
import { loadKeywordSet } from '../../src/store/keyword-sets.js';
import { runCli } from '../helpers/run-cli.js';

const FIXTURES = 'tests/fixtures/pharmacist';
const expected = JSON.parse(readFileSync(`${FIXTURES}/expected.json`, 'utf8')) as {
  applications: Array<{ posting: string; date: string; company: string; role: string; folder: string; askedIncludes: string[]; covered: string[]; gaps: string[] }>;
  mostMissing: Array<{ term: string; postings: number }>;
  roadmapClosesMost: Array<{ title: string; closes: string[]; gapsClosed: number }>;
};
const SOURCES = ['--roadmap', `${FIXTURES}/roadmap.md`, '--profile', `${FIXTURES}/profile.json`, '--github-snapshot', `${FIXTURES}/github-snapshot.json`, '--keywords', 'data-science'];
const TIMEOUT = 240_000;

const apply = (dir: string, posting: string, ...extra: string[]) => runCli(['apply', posting, ...SOURCES, '--dir', dir, ...extra]);
const record = (dir: string, folder: string) => ApplicationRecord.parse(JSON.parse(readFileSync(join(dir, folder, 'application.json'), 'utf8')));
const snapshot = (folder: string) => Object.fromEntries(readdirSync(folder).map((name) => [name, readFileSync(join(folder, name))]));
const mtimes = (folder: string) => Object.fromEntries(readdirSync(folder).map((name) => [name, statSync(join(folder, name)).mtimeMs]));

describe('a pharmacist keeps three applications (pharmacovigilance and real-world evidence postings)', () => {
  const dir = join(mkdtempSync(join(tmpdir(), 'roadfolio-apps-')), 'applications');
  const outputs: Array<{ code: number | null; stdout: string; stderr: string }> = [];
  beforeAll(async () => {
    for (const application of expected.applications) {
      outputs.push(await apply(dir, `${FIXTURES}/${application.posting}`, '--date', application.date));
    }
  }, TIMEOUT);

  it('writes one folder per application, named by date, company and role, with the eight files', () => {
    expect(outputs.map((output) => output.stderr)).toEqual(['', '', '']);
    expect(outputs.map((output) => output.code)).toEqual([0, 0, 0]);
    expect(readdirSync(dir).sort()).toEqual(expected.applications.map((application) => application.folder).sort());
    expect(readdirSync(join(dir, expected.applications[1]!.folder)).sort())
      .toEqual(['application.json', 'coverage.json', 'posting.md', 'report.md', 'resume.docx', 'resume.json', 'resume.pdf', 'resume.txt']);
    expect(readFileSync(join(dir, expected.applications[0]!.folder, 'posting.txt'), 'utf8')).toBe(readFileSync(`${FIXTURES}/${expected.applications[0]!.posting}`, 'utf8'));
    expect(outputs[0]!.stdout).toContain(`Wrote ${join(dir, expected.applications[0]!.folder)}`.replace(`${process.cwd()}/`, ''));
    expect(outputs[0]!.stdout).toMatch(/resume\.docx and resume\.txt name the same \d+ keywords as resume\.json/);
  });

  it('records company, role, status and the gaps a reader of each posting sees', () => {
    for (const application of expected.applications) {
      const saved = record(dir, application.folder);
      expect(saved).toMatchObject({ company: application.company, role: application.role, created: application.date, built: application.date, status: 'applied' });
      const coverage = JSON.parse(readFileSync(join(dir, application.folder, 'coverage.json'), 'utf8')) as { jd: { keywords: Array<{ term: string; covered: boolean }> } };
      const asked = coverage.jd.keywords.map((keyword) => keyword.term);
      for (const term of application.askedIncludes) expect(asked, `${application.folder} asks for ${term}`).toContain(term);
      const gapTerms = saved.gaps.map((gap) => gap.term);
      for (const term of application.gaps) expect(gapTerms, `${application.folder}: ${term} is a gap`).toContain(term);
      for (const term of application.covered) expect(gapTerms, `${application.folder}: ${term} is covered`).not.toContain(term);
      expect(saved.sources.profile?.sha256).toMatch(/^[0-9a-f]{64}$/);
      expect(saved.sources.keywords.ref).toBe('data-science');
    }
  });

  it('exports a resume.pdf, resume.docx and resume.txt that read back with the lines and keywords of resume.json', async () => {
    const keywordSet = await loadKeywordSet('data-science');
    const matcher = compileMatcher(keywordSet);
    const termsIn = (text: string) => [...new Set(findKeywords(text, matcher).map((match) => match.term))].sort();
    for (const application of expected.applications) {
      const folder = join(dir, application.folder);
      const layout = resumeLayout(Resume.parse(JSON.parse(readFileSync(join(folder, 'resume.json'), 'utf8'))), loadResumeTemplate('classic', 'templates/resume'));
      const texts = {
        pdf: (await pdfText(readFileSync(join(folder, 'resume.pdf')))).text,
        docx: docxText(readFileSync(join(folder, 'resume.docx'))),
        txt: readFileSync(join(folder, 'resume.txt'), 'utf8'),
      };
      for (const [kind, text] of Object.entries(texts)) {
        const check = atsCheck(layout, text, keywordSet, termsIn);
        expect({ kind, lost: check.lostInPdf, only: check.onlyInPdf, missing: check.missingLines }).toEqual({ kind, lost: [], only: [], missing: [] });
      }
    }
  });

  it('writes a report with the score, covered required skills with evidence, gaps, what to learn and what moved', () => {
    const report = readFileSync(join(dir, expected.applications[1]!.folder, 'report.md'), 'utf8');
    expect(report).toMatch(/^# Real-World Evidence Analyst at Halcyon Health\n/);
    expect(report).toMatch(/## Score against the posting\n\nYour evidence backs \d+ of the \d+ skills the posting names \(\d+\/100\), \d+ of \d+ required/);
    expect(report).toMatch(/## Required skills you cover\n\n(- \*\*[^*]+\*\*.*\n)+/);
    expect(report).toMatch(/- \*\*SQL\*\*: .*statin-adherence-cohort/i);
    expect(report).toContain('## Gaps');
    expect(report).toMatch(/## What to learn next\n\n1\. \*\*[^*]+\*\* \(roadmap line \d+\): closes /);
    expect(report).toContain('## What was reordered');
  });

  it('lists the applications as a table and as JSON', async () => {
    const table = await runCli(['applications', '--dir', dir]);
    expect(table.code).toBe(0);
    const lines = table.stdout.split('\n');
    expect(lines[0]).toMatch(/^DATE\s+COMPANY\s+ROLE\s+STATUS\s+SCORE\s+TOP GAPS$/);
    expect(lines[1]).toMatch(/^2026-03-02\s+Northwind Therapeutics\s+Pharmacovigilance Data Scientist\s+applied\s+\d+\s+\S/);
    expect(table.stdout).toContain('3 applications (3 applied)');
    const json = await runCli(['applications', '--dir', dir, '--json']);
    const listed = (JSON.parse(json.stdout) as { applications: Array<{ folder: string; company: string }> }).applications;
    expect(listed.map((entry) => entry.folder)).toEqual(expected.applications.map((application) => application.folder));
  }, TIMEOUT);

  it('names the skills most often missing and the roadmap items that close the most', async () => {
    const result = await runCli(['applications', 'gaps', '--dir', dir, '--json']);
    expect(result.code).toBe(0);
    const gaps = JSON.parse(result.stdout) as { applications: number; mostMissing: Array<{ term: string; postings: number }>; roadmapClosesMost: Array<{ title: string; closes: string[]; gapsClosed: number }> };
    expect(gaps.applications).toBe(3);
    const top = gaps.mostMissing.filter((skill) => skill.postings >= 2).map(({ term, postings }) => ({ term, postings }));
    for (const skill of expected.mostMissing) expect(top).toContainEqual(skill);
    for (const item of expected.roadmapClosesMost) {
      const found = gaps.roadmapClosesMost.find((candidate) => candidate.title === item.title);
      expect(found, item.title).toBeDefined();
      for (const term of item.closes) expect(found!.closes).toContain(term);
      expect(found!.gapsClosed).toBeGreaterThanOrEqual(item.gapsClosed);
    }
    // Ranked by gaps closed, required gaps breaking ties. (expected.json, written before the code
    // ran, put the Spark item first; the lexicon also reads the required "Dashboards", which the
    // Tableau dashboard item names: both close 3, and Tableau's include required ones.)
    const closed = gaps.roadmapClosesMost.map((item) => item.gapsClosed);
    expect(closed).toEqual([...closed].sort((a, b) => b - a));
    const text = await runCli(['applications', 'gaps', '--dir', dir]);
    expect(text.stdout).toMatch(/^Skills most often missing across 3 applications:\n {2}\S/);
    expect(text.stdout).toContain(`Roadmap items that would close the most gaps:\n  1. ${gaps.roadmapClosesMost[0]!.title} (roadmap line`);
  }, TIMEOUT);

  it('re-running on the same posting writes nothing; a new status edits application.json only', async () => {
    const folder = join(dir, expected.applications[0]!.folder);
    const before = snapshot(folder);
    const times = mtimes(folder);
    const again = await apply(dir, `${FIXTURES}/${expected.applications[0]!.posting}`, '--date', '2026-03-09');
    expect(again.code).toBe(0);
    expect(again.stdout).toContain('up to date');
    expect(mtimes(folder)).toEqual(times);

    const moved = await apply(dir, `${FIXTURES}/${expected.applications[0]!.posting}`, '--date', '2026-03-09', '--status', 'interview');
    expect(moved.stdout).toContain('status applied → interview (only application.json changed)');
    const after = snapshot(folder);
    for (const name of Object.keys(before).filter((file) => file !== 'application.json')) expect(after[name]!.equals(before[name]!), name).toBe(true);
    expect(mtimes(folder)['resume.pdf']).toBe(times['resume.pdf']);
    expect(record(dir, expected.applications[0]!.folder).history).toEqual([{ status: 'applied', date: '2026-03-02' }, { status: 'interview', date: '2026-03-09' }]);

    const status = await runCli(['applications', 'status', expected.applications[0]!.folder, 'offer', '--dir', dir]);
    expect(status.stdout).toContain('status interview → offer');
    expect(record(dir, expected.applications[0]!.folder).status).toBe('offer');
  }, TIMEOUT);

  it('rebuilds a version byte for byte from the same sources', async () => {
    const folder = join(dir, expected.applications[2]!.folder);
    const before = snapshot(folder);
    const rebuilt = await apply(dir, `${FIXTURES}/${expected.applications[2]!.posting}`, '--date', '2026-04-01', '--rebuild');
    expect(rebuilt.code).toBe(0);
    expect(rebuilt.stdout).toContain('Updated');
    const after = snapshot(folder);
    expect(Object.keys(after).sort()).toEqual(Object.keys(before).sort());
    for (const name of Object.keys(before)) expect(after[name]!.equals(before[name]!), `${name} byte for byte`).toBe(true);
  }, TIMEOUT);

  it('gives a second application the same day to the same role its own folder, and slugs unsafe names', async () => {
    const edited = join(dir, '..', 'northwind-v2.txt');
    writeFileSync(edited, `${readFileSync(`${FIXTURES}/${expected.applications[0]!.posting}`, 'utf8')}\nApplications close on 30 April.\n`);
    const second = await apply(dir, edited, '--date', expected.applications[0]!.date);
    expect(second.code).toBe(0);
    expect(existsSync(join(dir, `${expected.applications[0]!.folder}-2`, 'resume.pdf'))).toBe(true);

    const unsafe = await apply(dir, `${FIXTURES}/${expected.applications[1]!.posting}`, '--date', '2026-03-10', '--company', 'AT&T / R&D: <West>', '--role', '../../Analyst?');
    expect(unsafe.code).toBe(0);
    expect(existsSync(join(dir, '2026-03-10-at-t-r-d-west-analyst', 'application.json'))).toBe(true);
    expect(record(dir, '2026-03-10-at-t-r-d-west-analyst').company).toBe('AT&T / R&D: <West>');
  }, TIMEOUT);
});

describe('what apply refuses, and damaged records', () => {
  const root = mkdtempSync(join(tmpdir(), 'roadfolio-apps-bad-'));
  const dir = join(root, 'applications');

  it('refuses an empty, binary or too-short posting in one line and writes nothing', async () => {
    writeFileSync(join(root, 'empty.txt'), '\n\n');
    writeFileSync(join(root, 'posting.pdf'), Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.alloc(64, 0)]));
    writeFileSync(join(root, 'short.txt'), 'Data analyst wanted. Python and SQL.');
    const results = await Promise.all(['empty.txt', 'posting.pdf', 'short.txt'].map((name) => apply(dir, join(root, name))));
    expect(results.map((result) => result.code)).toEqual([1, 1, 1]);
    for (const result of results) expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(results[0]!.stderr).toMatch(/empty\.txt: empty; a job description is the text itself/);
    expect(results[1]!.stderr).toMatch(/posting\.pdf: looks like a PDF, not text/);
    expect(results[2]!.stderr).toMatch(/short\.txt: does not read like a job posting \(6 words, skills: /);
    expect(existsSync(dir)).toBe(false);
  }, TIMEOUT);

  it('asks for --company when the posting names none', async () => {
    const result = await apply(dir, 'tests/fixtures/postings/data-scientist-plain.txt');
    expect(result.code).toBe(1);
    expect(result.stderr).toBe('roadfolio: tests/fixtures/postings/data-scientist-plain.txt: no company name found in the posting; pass --company NAME\n');
    const bad = await runCli(['apply', 'tests/fixtures/postings/data-scientist-plain.txt', '--status', 'hired', '--dir', dir]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--status hired: use one of draft, applied, interview, offer, rejected');
  }, TIMEOUT);

  it('reports a damaged application.json by path and leaves it as it is', async () => {
    const damaged = join(dir, '2026-01-05-acme-analyst');
    mkdirSync(damaged, { recursive: true });
    const garbage = '{ "version": 1, "company": "Acme", "status": "applid" ';
    writeFileSync(join(damaged, 'application.json'), garbage);
    const listed = await runCli(['applications', '--dir', dir]);
    expect(listed.code).toBe(0);
    expect(listed.stderr).toMatch(/2026-01-05-acme-analyst\/application\.json: not valid JSON .*; left as it is\n$/);
    const status = await runCli(['applications', 'status', '2026-01-05-acme-analyst', 'interview', '--dir', dir]);
    expect(status.code).toBe(1);
    expect(status.stderr).toMatch(/2026-01-05-acme-analyst\/application\.json: not valid JSON .*; left as it is/);
    expect(readFileSync(join(damaged, 'application.json'), 'utf8')).toBe(garbage);
  }, TIMEOUT);
});
