import { beforeAll, describe, expect, it } from 'vitest';
import { resumePlainText } from '../../src/export/text.js';
import { compileMatcher, findKeywords } from '../../src/keywords/index.js';
import { atsCheck } from '../../src/resume/ats-check.js';
import { layoutText } from '../../src/resume/resume-sections.js';
import { builtResume, pharmacist, type BuiltResume } from '../helpers/built-resume.js';

describe('resume.txt of the pharmacist, for pasting into application forms', () => {
  let built: BuiltResume;
  let text: string;
  beforeAll(async () => {
    built = await builtResume(pharmacist);
    text = resumePlainText(built.layout);
  }, 60_000);

  it('has every field of the PDF in its order, and the same keywords as resume.json', () => {
    let from = 0;
    for (const line of layoutText(built.layout)) {
      const at = text.indexOf(line, from);
      expect(at, `"${line}" in order`).toBeGreaterThanOrEqual(0);
      from = at + line.length;
    }
    const matcher = compileMatcher(built.keywordSet);
    const check = atsCheck(built.layout, text, built.keywordSet, (value) => [...new Set(findKeywords(value, matcher).map((match) => match.term))].sort());
    expect(check.ok).toBe(true);
  });

  it('writes sections in order after a blank line, and bullets as "- "', () => {
    const lines = text.split('\n');
    expect(lines[0]).toBe('Priya Raman, PharmD');
    expect(lines[1]).toBe('Clinical Pharmacist moving into Pharmacovigilance Data Science');
    expect(lines[2]).toBe('priya.raman@example.org | +44 20 7946 0831 | Manchester, GB | github.com/priya-raman-rx');
    const headings = built.layout.sections.map((block) => block.heading);
    const headingLines = lines.flatMap((line, index) => (headings.includes(line) && lines[index - 1] === '' ? [line] : []));
    expect(headingLines).toEqual(headings);
    const bullets = built.layout.sections.flatMap((block) => block.entries.flatMap((entry) => entry.bullets));
    expect(lines.filter((line) => line.startsWith('- '))).toEqual(bullets.map((bullet) => `- ${bullet}`));
    const job = lines.indexOf('Lead Clinical Pharmacist, Medication Safety');
    expect(job).toBeGreaterThan(0);
    expect(lines[job + 1]).toBe('Apr 2020 – Present | Manchester Royal Infirmary · Manchester, UK');
    expect(lines[job + 2]).toMatch(/^- Reviewed and coded 1,200 adverse drug reaction reports a year with MedDRA/);
  });

  it('carries no layout characters: no tabs, bullet glyphs, box drawing or runs of spaces', () => {
    expect(text).not.toMatch(/[\t•▪●■│┃─━]|  /);
    expect(text.endsWith('\n')).toBe(true);
    expect(text).not.toMatch(/\n\n\n/);
  });
});
