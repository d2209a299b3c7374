import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli } from './helpers/run-cli.js';

// A roadmap with done projects but no course: nothing belongs under Education.
const ROADMAP = `# Switching to analytics

## Projects
- [x] Project: Clinic wait-time analysis in pandas
- [ ] Learn Tableau
`;
const POSTING = 'Data Analyst\n\nRequirements\n- Python and SQL\n- Tableau\n';

describe('roadfolio build, when the user gets something wrong', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'roadfolio-build-errors-'));
    writeFileSync(join(dir, 'roadmap.md'), ROADMAP);
    writeFileSync(join(dir, 'taken.json'), '{}');
    writeFileSync(join(dir, 'posting.pdf'), Buffer.concat([Buffer.from('%PDF-1.3\n%\u00e2\u00e3\n'), Buffer.from([0, 1, 2, 3, 0xff, 0xfe, 0x10, 0x80])]));
  });

  const oneLine = (stderr: string) => stderr.trim().split('\n').filter((line) => !line.includes('no name in the profile'));

  it('says in one line that --out is a file, or under a file, with no stack trace', async () => {
    const onFile = await runCli(['build', '--roadmap', join(dir, 'roadmap.md'), '--out', join(dir, 'taken.json')]);
    expect(onFile.code).toBe(1);
    expect(oneLine(onFile.stderr)).toEqual([expect.stringMatching(/--out .*taken\.json: is a file; give a directory/)]);
    const under = await runCli(['build', '--roadmap', join(dir, 'roadmap.md'), '--out', join(dir, 'taken.json', 'out')]);
    expect(under.code).toBe(1);
    expect(oneLine(under.stderr)).toEqual([expect.stringMatching(/taken\.json is a file/)]);
    expect(under.stderr).not.toMatch(/\bat .*\.js:\d+/);
  });

  it('refuses a PDF as a job description, from a file or stdin', async () => {
    const fromFile = await runCli(['build', '--roadmap', join(dir, 'roadmap.md'), '--jd', join(dir, 'posting.pdf'), '--out', join(dir, 'o1')]);
    expect(fromFile.code).toBe(1);
    expect(oneLine(fromFile.stderr)).toEqual([expect.stringMatching(/posting\.pdf: looks like a PDF, not text/)]);
    const fromStdin = await runCli(['build', '--roadmap', join(dir, 'roadmap.md'), '--jd', '-', '--out', join(dir, 'o2')], { input: readFileSync(join(dir, 'posting.pdf'), 'latin1') });
    expect(fromStdin.code).toBe(1);
    expect(fromStdin.stderr).toMatch(/looks like a PDF, not text/);
  });

  it('reads the job description from stdin with --jd -', async () => {
    const result = await runCli(['build', '--roadmap', join(dir, 'roadmap.md'), '--keywords', 'data-science', '--jd', '-', '--out', join(dir, 'o3')], { input: POSTING });
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/Job description: it asks for \d+ known keywords/);
    const coverage = JSON.parse(readFileSync(join(dir, 'o3', 'coverage.json'), 'utf8')) as { jobReport?: { asked: string[] } };
    expect(coverage.jobReport?.asked).toEqual(expect.arrayContaining(['Python', 'SQL', 'Tableau']));
  });

  it('warns when the resume has no name, and invents no education', async () => {
    const result = await runCli(['build', '--roadmap', join(dir, 'roadmap.md'), '--keywords', 'data-science', '--out', join(dir, 'o4')]);
    expect(result.code).toBe(0);
    expect(result.stderr).toContain('no name in the profile: the resume has no header; pass --profile');
    const resume = JSON.parse(readFileSync(join(dir, 'o4', 'resume.json'), 'utf8')) as { education?: unknown[] };
    expect(resume.education ?? []).toEqual([]);
  });
});
