import { execFileSync } from 'node:child_process';
import { mkdtempSync, openSync, closeSync, constants, readFileSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { deflateSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { Coverage, JobKeywords } from '../../src/model/index.js';
import { repoRoot, runCli } from '../helpers/run-cli.js';

const postingPath = join(repoRoot, 'tests/fixtures/postings/clinical-ml-scientist.md');
const temp = mkdtempSync(join(tmpdir(), 'roadfolio-keywords-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

describe('roadfolio jd', () => {
  it('--json prints only JSON on stdout, in the JobKeywords shape, without the ambiguous false hits', async () => {
    const result = await runCli(['jd', postingPath, '--json']);
    expect(result.code).toBe(0);
    const parsed = JobKeywords.parse(JSON.parse(result.stdout));
    const terms = parsed.keywords.map((keyword) => keyword.term);
    expect(terms).toEqual(expect.arrayContaining(['Python', 'FHIR', 'HIPAA', 'MONAI']));
    expect(terms).not.toContain('Go');
    expect(terms).not.toContain('Excel');
    expect(parsed.keywords.find((keyword) => keyword.term === 'Python')).toMatchObject({ known: true, section: 'required', tier: 'mustHave' });
  });

  it('reads pasted text from stdin with -', async () => {
    const result = await runCli(['jd', '-', '--json'], { input: 'Requirements:\n- Python or R\n- Experience with FHIR\nNice to have: Docker' });
    expect(result.code).toBe(0);
    const parsed = JobKeywords.parse(JSON.parse(result.stdout));
    expect(parsed.keywords.map((keyword) => [keyword.term, keyword.section])).toEqual(expect.arrayContaining([['Python', 'required'], ['R', 'required'], ['FHIR', 'required'], ['Docker', 'preferred']]));
  });

  it('does not read a .env in the working directory (natural\'s index would): the .env is a pipe nobody writes to', async () => {
    const dir = mkdtempSync(join(temp, 'env-'));
    const fifo = join(dir, '.env');
    execFileSync('mkfifo', [fifo]);
    const run = runCli(['jd', postingPath, '--json'], { cwd: dir });
    // Reading the pipe would block the CLI; after 90 s (a cold start on a loaded machine is far less), unblock it (and fail) rather than hang.
    const winner = await Promise.race([run.then(() => 'finished'), new Promise((resolve) => setTimeout(() => resolve('blocked'), 90_000))]);
    if (winner === 'blocked') closeSync(openSync(fifo, constants.O_WRONLY | constants.O_NONBLOCK));
    const result = await run;
    expect(winner).toBe('finished');
    expect(result.code).toBe(0);
    expect(() => JSON.parse(result.stdout)).not.toThrow();
  });

  it('a .env file beside it changes nothing on stdout (no dotenv lines)', async () => {
    const dir = mkdtempSync(join(temp, 'dotenv-'));
    writeFileSync(join(dir, '.env'), 'GITHUB_TOKEN=ghp_should_never_be_read\nROADFOLIO_PROBE=1\n');
    const result = await runCli(['jd', postingPath, '--json'], { cwd: dir });
    expect(result.code).toBe(0);
    expect(result.stdout.trimStart().startsWith('{')).toBe(true);
    expect(result.stdout + result.stderr).not.toContain('dotenv');
  });

  it('an unknown keyword set is a one-line error listing the bundled ones', async () => {
    const result = await runCli(['jd', postingPath, '--keywords', 'cardiology']);
    expect(result.code).toBe(1);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).toContain('keyword set "cardiology" not found; bundled sets: data-science, medical-ai');
  });

  it('a keyword set file with a bad field names the file and the field', async () => {
    const bad = JSON.parse(readFileSync(join(repoRoot, 'keyword-sets/data-science.json'), 'utf8'));
    bad.mustHave[2].category = 'programming';
    const path = join(temp, 'bad-set.json');
    writeFileSync(path, JSON.stringify(bad));
    const result = await runCli(['jd', postingPath, '--keywords', path]);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/bad-set\.json: mustHave\[2\]\.category: /);
  });
});

describe('roadfolio analyze', () => {
  it('--json on the bundled example: one JSON document on stdout, in the Coverage contract, with evidence and suggestions', async () => {
    const result = await runCli(['analyze', '--json']);
    expect(result.code).toBe(0);
    const coverage = Coverage.parse(JSON.parse(result.stdout));
    expect(coverage.keywordSet).toBe('medical-ai');
    expect(coverage.mustHave.covered.length).toBeGreaterThan(0);
    for (const keyword of coverage.mustHave.covered) expect(keyword.evidence.length).toBeGreaterThan(0);
    expect(coverage.suggestions.length).toBeGreaterThan(0);
    expect(result.stderr).toContain('bundled example');
  });

  it('prints a readable report: score bars, covered and missing, next steps', async () => {
    const result = await runCli(['analyze', '--jd', postingPath]);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/Must-have +\[[█░]{24}\] +\d+\.\d%/);
    expect(result.stdout).toContain('Must-have: covered');
    expect(result.stdout).toContain('Must-have: missing');
    expect(result.stdout).toContain('What to learn next (the posting');
    expect(result.stdout).toContain('Job: required');
  });

  it('a profile that breaks the JSON Resume schema is a one-line error naming file and field', async () => {
    const path = join(temp, 'profile.json');
    writeFileSync(path, JSON.stringify({ basics: { name: 'A' }, work: [{ name: 'Clinic', startDate: 'last spring' }] }));
    const result = await runCli(['analyze', '--profile', path, '--json']);
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(/profile\.json: work\[0\]\.startDate: use YYYY, YYYY-MM or YYYY-MM-DD/);
  });

  it('with only --profile, analyzes just that profile (not the bundled roadmap)', async () => {
    const result = await runCli(['analyze', '--profile', join(repoRoot, 'examples/profile.json'), '--keywords', 'data-science', '--json']);
    expect(result.code).toBe(0);
    const coverage = Coverage.parse(JSON.parse(result.stdout));
    expect(coverage.keywordSet).toBe('data-science');
    expect(coverage.suggestions).toEqual([]);
    for (const keyword of coverage.mustHave.covered) for (const hit of keyword.evidence) expect(hit.evidenceId.startsWith('profile:')).toBe(true);
  });
});

describe('a binary file given as a job description', () => {
  // What a PDF export of a posting starts with: a header, then deflated content streams.
  const pdf = Buffer.concat([
    Buffer.from('%PDF-1.3\n%\xff\xff\xff\xff\n1 0 obj\n<< /Length 44 /Filter /FlateDecode >>\nstream\n', 'latin1'),
    deflateSync('BT /F1 12 Tf (Requirements: Python, SQL) Tj ET'),
    Buffer.from('\nendstream\nendobj\n%%EOF\n', 'latin1'),
  ]);
  const pdfPath = join(temp, 'posting.pdf');
  writeFileSync(pdfPath, pdf);

  it('jd refuses a PDF with a one-line error (exit 1), not a title of "%PDF-1.3"', async () => {
    const result = await runCli(['jd', pdfPath, '--json']);
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).toMatch(/posting\.pdf: looks like a PDF, not text: save or paste it as plain text/);
  });

  it('jd refuses binary on stdin, and analyze --jd refuses the PDF the same way', async () => {
    const piped = await runCli(['jd', '-', '--json'], { input: 'PK\u0003\u0004\u0000\u0000binary' });
    expect(piped.code).toBe(1);
    expect(piped.stderr).toMatch(/standard input: looks like a zip file/);
    const analyzed = await runCli(['analyze', '--profile', join(repoRoot, 'examples/profile.json'), '--jd', pdfPath, '--json']);
    expect(analyzed.code).toBe(1);
    expect(analyzed.stdout).toBe('');
    expect(analyzed.stderr.trim()).toMatch(/^roadfolio: .*posting\.pdf: looks like a PDF/);
  });

  it('UTF-16 text with a byte-order mark is still text', async () => {
    const path = join(temp, 'utf16.txt');
    writeFileSync(path, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Requirements:\n- Python and SQL\n', 'utf16le')]));
    const result = await runCli(['jd', path, '--json']);
    expect(result.code).toBe(0);
    expect(JobKeywords.parse(JSON.parse(result.stdout)).keywords.map((keyword) => keyword.term)).toEqual(expect.arrayContaining(['Python', 'SQL']));
  });
});
