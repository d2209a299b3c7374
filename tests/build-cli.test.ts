import { mkdtempSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { createRequire } from 'node:module';
import { runCli } from './helpers/run-cli.js';

const require = createRequire(import.meta.url);
const jsonResume = require('@jsonresume/schema') as { validate(resume: unknown, callback: (errors: unknown, valid: boolean) => void): void };

// The posting a recruiter might send: required and preferred skills, in their words.
const POSTING = `Clinical Data Scientist, Hospital Analytics

Requirements
- Strong Python and SQL; pandas and scikit-learn
- Experience with electronic health records (EHR) and data cleaning
- Deep learning with PyTorch for medical imaging
- Knowledge of HIPAA

Nice to have
- Docker, FHIR, AWS
`;

describe('roadfolio build, as a user runs it', () => {
  let cwd: string;
  let first: Awaited<ReturnType<typeof runCli>>;
  beforeAll(async () => {
    cwd = mkdtempSync(join(tmpdir(), 'roadfolio-cli-'));
    first = await runCli(['build', '--out', join(cwd, 'out')]);
  });

  it('builds the bundled example with no other flags and says where the files are', () => {
    expect(first.stderr).toBe('');
    expect(first.code).toBe(0);
    for (const name of ['resume.pdf', 'resume.docx', 'portfolio.pdf', 'plan.pdf', 'resume.json', 'coverage.json']) {
      expect(first.stdout).toContain(join(cwd, 'out', name));
      expect(existsSync(join(cwd, 'out', name))).toBe(true);
    }
    expect(first.stdout).toMatch(/ATS check: passed/);
    expect(first.stdout).toMatch(/places? to fill/);
    expect(first.stdout).toMatch(/resume\.pdf \([12] pages?\)/);
  });

  it('writes a valid JSON Resume with the example repos as projects and its courses grouped', () => {
    const resume = JSON.parse(readFileSync(join(cwd, 'out', 'resume.json'), 'utf8')) as { projects: Array<{ name: string; url: string }>; education: Array<{ institution?: string; courses?: string[] }> };
    let verdict: unknown = 'not called';
    jsonResume.validate(resume, (errors) => { verdict = errors; });
    expect(verdict).toBeNull();
    expect(resume.projects.map((project) => project.url)).toContain('https://github.com/amira-haddad-md/heart-disease-eda');
    const courses = resume.education.find((entry) => entry.institution === 'Self-directed study')?.courses ?? [];
    expect(courses.some((line) => line.startsWith('MIT OpenCourseWare: ') && line.includes('Linear Algebra (18.06)'))).toBe(true);
    expect(courses.some((line) => line.startsWith('Kaggle Learn: '))).toBe(true);
  });

  it('never mixes the example into a user build: their roadmap alone gives no example repos or jobs', async () => {
    const roadmap = join(cwd, 'my-roadmap.md');
    writeFileSync(roadmap, '# My path\n\n## Phase 1\n\n- [x] Kaggle Learn: Pandas\n- [ ] Kaggle Learn: SQL\n');
    const result = await runCli(['build', '--roadmap', roadmap, '--out', join(cwd, 'mine')]);
    expect(result.code).toBe(0);
    const resume = JSON.parse(readFileSync(join(cwd, 'mine', 'resume.json'), 'utf8')) as Record<string, unknown>;
    expect(resume.projects).toBeUndefined();
    expect(resume.work).toBeUndefined();
    expect(JSON.stringify(resume)).not.toContain('amira');
  });

  it('refuses a broken profile with one line naming the file, and leaves the previous build alone', async () => {
    const before = readFileSync(join(cwd, 'out', 'resume.pdf'));
    const profile = join(cwd, 'profile.json');
    writeFileSync(profile, JSON.stringify({ basics: { name: 'X' }, work: [{ name: 'Y', startDate: 'last spring' }] }));
    const result = await runCli(['build', '--profile', profile, '--out', join(cwd, 'out')]);
    expect(result.code).toBe(1);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).toContain(`profile.json: work[0].startDate`);
    expect(readFileSync(join(cwd, 'out', 'resume.pdf')).equals(before)).toBe(true);
  });

  it('refuses an unknown template or keyword set with exit 1 and the choices', async () => {
    const template = await runCli(['build', '--template', 'fancy', '--out', join(cwd, 'x')]);
    expect(template.code).toBe(1);
    expect(template.stderr).toContain('choose one of classic, compact');
    const keywords = await runCli(['build', '--keywords', 'astronaut', '--out', join(cwd, 'x')]);
    expect(keywords.code).toBe(1);
    expect(keywords.stderr).toMatch(/astronaut/);
    expect(existsSync(join(cwd, 'x'))).toBe(false);
  });

  it('tailors to a job description: lists what to add and what to learn', async () => {
    const jd = join(cwd, 'posting.txt');
    writeFileSync(jd, POSTING);
    const result = await runCli(['build', '--jd', jd, '--template', 'compact', '--out', join(cwd, 'jd')]);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/Job description: it asks for \d+ known keywords/);
    expect(result.stdout).toMatch(/Learn: PyTorch/);
    const coverage = JSON.parse(readFileSync(join(cwd, 'jd', 'coverage.json'), 'utf8')) as { jobReport: { learnThem: Array<{ term: string }> } };
    expect(coverage.jobReport.learnThem.map((gap) => gap.term)).toContain('PyTorch');
  });
});
