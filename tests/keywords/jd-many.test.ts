import { describe, expect, it } from 'vitest';
import { extractJobKeywords, skillsAskedMost } from '../../src/keywords/index.js';
import { lexicon, medicalAi } from './fixtures.js';

const job = (text: string) => extractJobKeywords(text, lexicon, { keywordSet: medicalAi, unknown: false });

describe('several postings at once', () => {
  it('counts each skill once per posting, in its strongest section, most required first', () => {
    const asked = skillsAskedMost([
      job('Requirements\n- SQL and Python\n- SQL again\n\nNice to have\n- Tableau'),
      job('Requirements\n- SQL\n\nNice to have\n- Python, Tableau'),
      job('Requirements\n- HEDIS reporting in Tableau'),
    ]);
    expect(asked.slice(0, 3).map((skill) => [skill.term, skill.required, skill.preferred])).toEqual([['SQL', 2, 0], ['Tableau', 1, 2], ['Python', 1, 1]]);
    expect(asked.find((skill) => skill.term === 'HEDIS')).toMatchObject({ required: 1, parent: 'Quality Measures' });
  });
});

describe('roadfolio analyze with several postings', () => {
  it('--jd twice or a folder: each posting scored against the same evidence, then what they ask for together', async () => {
    const { spawnSync } = await import('node:child_process');
    const { mkdtempSync, rmSync, writeFileSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const { join } = await import('node:path');
    const { fileURLToPath } = await import('node:url');
    const dir = mkdtempSync(join(tmpdir(), 'roadfolio-analyze-many-'));
    try {
      // Expected before running: both require SQL (the bundled example shows SQL), both require
      // HEDIS (the example does not show it), so HEDIS is missing in 2 of 2.
      writeFileSync(join(dir, 'a.txt'), 'Quality Analyst\n\nRequirements\n- SQL and HEDIS reporting\n');
      writeFileSync(join(dir, 'b.md'), '# Data Analyst\n\n## Requirements\n- HEDIS measures, SQL and Tableau\n');
      const bin = fileURLToPath(new URL('../../bin/roadfolio.js', import.meta.url));
      const run = (args: string[]) => spawnSync(process.execPath, [bin, 'analyze', ...args, '--json'], { encoding: 'utf8', timeout: 60_000 });
      const twice = run(['--jd', join(dir, 'a.txt'), '--jd', join(dir, 'b.md')]);
      expect(twice.status, twice.stderr).toBe(0);
      const result = JSON.parse(twice.stdout);
      expect(result.postings.map((posting: { file: string }) => posting.file)).toEqual([join(dir, 'a.txt'), join(dir, 'b.md')]);
      expect(result.acrossPostings.postings).toBe(2);
      expect(result.acrossPostings.missingRequired).toContainEqual({ term: 'HEDIS', postings: 2 });
      expect(result.acrossPostings.asked.find((skill: { term: string }) => skill.term === 'SQL')).toMatchObject({ required: 2 });
      expect(result.jd).toBeUndefined();
      const folder = run(['--jd', dir]);
      expect(folder.status, folder.stderr).toBe(0);
      expect(JSON.parse(folder.stdout).acrossPostings).toEqual(result.acrossPostings);
      // One posting keeps the single-posting contract.
      const one = JSON.parse(run(['--jd', join(dir, 'a.txt')]).stdout);
      expect(one.jd.missingRequired).toContain('HEDIS');
      expect(one.postings).toBeUndefined();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 120_000);
});
