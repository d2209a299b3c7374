// Issue 15: what used to pass in silence. A misspelt override key was dropped by the schema and
// the override did nothing; 500 work entries made a 51-page resume without a word.
import { mkdtempSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { runCli } from './helpers/run-cli.js';

vi.setConfig({ testTimeout: 300_000 });

const dir = mkdtempSync(join(tmpdir(), 'roadfolio-build-warnings-'));
const example = JSON.parse(readFileSync('examples/profile.json', 'utf8')) as Record<string, unknown> & { meta: { roadfolio: Record<string, unknown> } };

function profileWith(name: string, roadfolio: Record<string, unknown>): string {
  const path = join(dir, `${name}.json`);
  writeFileSync(path, JSON.stringify({ ...example, meta: { roadfolio } }, null, 2));
  return path;
}

describe('a misspelt key in meta.roadfolio is reported, not ignored', () => {
  const cases = [
    { name: 'override field', roadfolio: { overrides: { 'repo:amira-haddad-md/heart-disease-eda': { hdie: true } } }, says: /meta\.roadfolio\.overrides\.repo:amira-haddad-md\/heart-disease-eda: unknown field "hdie"/ },
    { name: 'bullets spelt bulets', roadfolio: { overrides: { 'repo:amira-haddad-md/heart-disease-eda': { bulets: ['My own words'] } } }, says: /unknown field "bulets"/ },
    { name: 'overrides spelt overides', roadfolio: { overides: { 'repo:amira-haddad-md/heart-disease-eda': { hide: true } } }, says: /meta\.roadfolio: unknown field "overides"/ },
  ];
  for (const { name, roadfolio, says } of cases) {
    it(`${name}: one line naming the file and the field, exit 1, nothing written`, async () => {
      const profile = profileWith(name.replace(/\W+/g, '-'), roadfolio);
      const out = join(dir, `out-${name.replace(/\W+/g, '-')}`);
      const result = await runCli(['build', '--profile', profile, '--out', out]);
      expect(result.code).toBe(1);
      expect(result.stderr.trim().split('\n')).toHaveLength(1);
      expect(result.stderr).toContain(profile);
      expect(result.stderr).toMatch(says);
      expect(existsSync(out)).toBe(false);
    });
  }

  it('a correct override still builds (the strict schema refuses only unknown keys)', async () => {
    const profile = profileWith('correct', { links: {}, overrides: { 'repo:amira-haddad-md/heart-disease-eda': { hide: true, accepted: true, order: 1 } } });
    const result = await runCli(['build', '--profile', profile, '--github-snapshot', 'examples/github-snapshot.json', '--roadmap', 'examples/roadmap.md', '--out', join(dir, 'out-correct')]);
    expect(result.stderr).not.toMatch(/unknown field|matches no evidence/);
    expect(result.code).toBe(0);
    const resume = JSON.parse(readFileSync(join(dir, 'out-correct', 'resume.json'), 'utf8')) as { projects?: Array<{ url?: string }> };
    expect((resume.projects ?? []).map((project) => project.url)).not.toContain('https://github.com/amira-haddad-md/heart-disease-eda');
  });
});

describe('a resume of many pages', () => {
  it('500 work entries: built, and a warning says how many pages and what fills them', async () => {
    const work = Array.from({ length: 500 }, (_, index) => ({
      name: `Community Pharmacy ${index + 1}`, position: 'Locum Pharmacist', startDate: `${1990 + (index % 30)}-01`, endDate: `${1990 + (index % 30)}-06`,
      highlights: ['Checked and dispensed prescriptions and counselled patients on new medicines'],
    }));
    const path = join(dir, 'many-jobs.json');
    writeFileSync(path, JSON.stringify({ basics: { name: 'Many Jobs', label: 'Pharmacist', email: 'many@example.com' }, work }));
    const result = await runCli(['build', '--profile', path, '--out', join(dir, 'out-many')]);
    expect(result.code, result.stderr).toBe(0);
    const pages = Number(/resume\.pdf \((\d+) pages\)/.exec(result.stdout)?.[1]);
    expect(pages).toBeGreaterThanOrEqual(3);
    expect(result.stderr).toContain(`resume.pdf has ${pages} pages (500 work entries`);
    expect(result.stderr).toMatch(/recruiters read one or two/);
  });

  it('the two-page example gets no such warning', async () => {
    const result = await runCli(['build', '--out', join(dir, 'out-example')]);
    expect(result.code).toBe(0);
    expect(result.stderr).not.toMatch(/recruiters read one or two/);
  });
});
