import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli } from './helpers/run-cli.js';

describe('roadfolio check and the build read-back', () => {
  let out: string;
  let build: Awaited<ReturnType<typeof runCli>>;
  beforeAll(async () => {
    out = mkdtempSync(join(tmpdir(), 'roadfolio-check-'));
    build = await runCli(['build', '--profile', 'tests/fixtures/resumes/nurse-profile.json', '--out', out]);
  }, 120_000);

  it('build reads its resume.pdf back field by field and says how many fields came back', () => {
    expect(build.stderr).toBe('');
    expect(build.code).toBe(0);
    const [, matched, total] = /fields read back: (\d+) of (\d+)/.exec(build.stdout) ?? [];
    expect(Number(total)).toBeGreaterThanOrEqual(61);
    expect(matched).toBe(total);
  });

  it('check passes the PDF build wrote, against the resume.json it wrote', async () => {
    const result = await runCli(['check', join(out, 'resume.pdf'), '--resume', join(out, 'resume.json'), '--template', 'classic']);
    expect(result.stderr).toBe('');
    expect(result.stdout).toContain('layout: no overlaps, nothing past the margins, no blank page, no stranded heading');
    expect(result.stdout).toMatch(/fields read back: (\d+) of \1\n/);
    expect(result.code).toBe(0);
  }, 60_000);

  it('check lists the fields a PDF does not say, and exits 1', async () => {
    const result = await runCli(['check', join(out, 'resume.pdf'), '--resume', 'examples/profile.json']);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('basics.name: expected "Dr. Amira Haddad", read "Agnieszka Wiśniewska-Yılmaz"');
  }, 60_000);

  it('refuses a file that is not a PDF in one line', async () => {
    const notPdf = join(out, 'resume.txt');
    writeFileSync(notPdf, 'Jane Roe\nTeacher\n');
    const result = await runCli(['check', notPdf, '--resume', join(out, 'resume.json')]);
    expect(result.code).toBe(1);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).toContain('resume.txt: not a PDF');
  }, 60_000);
});
