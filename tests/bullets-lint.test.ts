import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bulletLineWidth, lintBullet, lintEntry, type BulletLintContext } from '../src/bullets/index.js';
import { textWidth } from '../src/bullets/text-width.js';
import { KeywordSet, ResumeTemplate } from '../src/model/index.js';

const keywordSet = KeywordSet.parse(JSON.parse(readFileSync('keyword-sets/medical-ai.json', 'utf8')));
const classic = ResumeTemplate.parse(JSON.parse(readFileSync('templates/resume/classic.json', 'utf8')));
const fixture = JSON.parse(readFileSync('tests/fixtures/bullets/bad-bullets.json', 'utf8')) as {
  evidence: Record<string, NonNullable<BulletLintContext['evidence']>>;
  bullets: Array<{ rule: string; also?: string[]; evidence: string; text: string }>;
  entries: Array<{ rule: string; evidence: string; texts: string[] }>;
  good: Array<{ evidence: string; text: string }>;
};
const contextOf = (name: string): BulletLintContext => ({
  keywordSet, evidence: fixture.evidence[name]!, width: { fontSize: classic.fontSize.body, lineWidth: bulletLineWidth(classic) },
});

describe('the bullet lint', () => {
  it.each(fixture.bullets)('refuses "$text" for $rule, and for no rule it does not break', ({ rule, also, evidence, text }) => {
    expect(lintBullet(text, contextOf(evidence)).map((issue) => issue.rule)).toEqual([rule, ...(also ?? [])]);
  });

  it.each(fixture.entries)('refuses an entry for $rule', ({ rule, evidence, texts }) => {
    expect(lintEntry(texts, contextOf(evidence)).map((issue) => issue.rule)).toEqual([rule]);
  });

  it.each(fixture.good)('passes "$text"', ({ evidence, text }) => {
    expect(lintBullet(text, contextOf(evidence))).toEqual([]);
  });

  it('runs its text rules without any evidence (the user\'s own bullets, a pasted resume)', () => {
    expect(lintBullet('Published the code on GitHub (12 stars).').map((issue) => issue.rule)).toEqual(['publish-filler']);
    expect(lintBullet('Processed 100 patients.').map((issue) => issue.rule)).toEqual(['dataset-size-as-work']);
    expect(lintBullet('Led the ward\'s sepsis quality-improvement working group with nursing, pharmacy and IT colleagues.')).toEqual([]);
  });

  it('measures text with the widths of the font the PDF uses', async () => {
    // fontkit ships no types; it is react-pdf's own font reader, so the widths are the PDF's.
    const require = createRequire(import.meta.url);
    const module = require('fontkit') as { default?: unknown };
    const fontkit = (module.default ?? module) as { openSync(path: string): { unitsPerEm: number; layout(text: string): { advanceWidth: number } } };
    const dir = dirname(require.resolve('@expo-google-fonts/noto-sans/package.json'));
    const font = fontkit.openSync(join(dir, '400Regular', 'NotoSans_400Regular.ttf'));
    for (const text of ['Fitted a logistic regression with scikit-learn on a stratified 80/20 split.', 'Wrote SQL queries on the MIMIC-IV Demo (100 patients).']) {
      const measured = (font.layout(text).advanceWidth * 10) / font.unitsPerEm;
      // Kerning moves a line by a fraction of a point; the table ignores it.
      expect(Math.abs(textWidth(text, 10) - measured)).toBeLessThan(measured * 0.02);
    }
  });
});

const corpus = JSON.parse(readFileSync('tests/fixtures/bullets/before-after.json', 'utf8')) as {
  corpus: Array<{ evidenceId: string; before: Array<{ text: string; rules: string[] }>; after: string[] }>;
};

describe('the before/after corpus (examples/ and the nurse persona, classic template)', () => {
  const width = { fontSize: classic.fontSize.body, lineWidth: bulletLineWidth(classic) };
  it('finds in each old bullet the rules recorded for it', () => {
    for (const entry of corpus.corpus) {
      for (const old of entry.before) expect([...new Set(lintBullet(old.text, { keywordSet, width }).map((issue) => issue.rule))]).toEqual(old.rules);
    }
  });
  it('passes every new bullet, entry by entry', () => {
    for (const entry of corpus.corpus) expect(lintEntry(entry.after, { keywordSet, width })).toEqual([]);
    // Fillers, keyword lists and data-set sizes told as work are gone.
    const after = corpus.corpus.flatMap((entry) => entry.after).join('\n');
    expect(after).not.toMatch(/stars?\)|on GitHub|Processed \d|Applied .*, .* and /);
  });
});
