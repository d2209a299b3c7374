import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findKeywords, keywordsOf } from '../../src/keywords/index.js';
import { listKeywordSets, loadKeywordSet, loadLexicon } from '../../src/store/keyword-sets.js';
import { lexicon, medicalAi } from './fixtures.js';

describe('the bundled keyword sets and lexicon', () => {
  it('lists and loads the bundled sets by name', async () => {
    expect(await listKeywordSets()).toEqual(['data-science', 'medical-ai']);
    const set = await loadKeywordSet('medical-ai');
    expect(set.mustHave.length).toBeGreaterThanOrEqual(40);
    expect(set.goodToHave.length).toBeGreaterThanOrEqual(80);
    const dataScience = await loadKeywordSet('data-science');
    expect(dataScience.mustHave.length).toBeGreaterThanOrEqual(20);
  });

  it('the lexicon holds several hundred terms, and every set keyword by its own term', async () => {
    const shipped = await loadLexicon();
    expect(shipped.terms.length).toBeGreaterThanOrEqual(500);
    const known = new Set(shipped.terms.map((keyword) => keyword.term.toLowerCase()));
    for (const name of await listKeywordSets()) {
      for (const keyword of keywordsOf(await loadKeywordSet(name))) expect(known.has(keyword.term.toLowerCase()), `${name}: ${keyword.term}`).toBe(true);
    }
  });

  it('each set keyword, written as its term, is found as itself (no alias of another keyword shadows it)', () => {
    for (const keyword of keywordsOf(medicalAi)) {
      const found = findKeywords(`Experience with ${keyword.term} in practice.`, medicalAi);
      expect(found.map((match) => match.term), keyword.term).toContain(keyword.term);
    }
  });

  it('names a set that is not bundled with what is', async () => {
    await expect(loadKeywordSet('../../etc/passwd')).rejects.toThrow(/cannot read it|not valid JSON/);
    await expect(loadKeywordSet('Medical AI')).rejects.toThrow('a name is lower-case letters, digits and dashes');
  });
});

describe('matching any text', () => {
  it('never throws, and every match\'s offsets slice out exactly its words', () => {
    fc.assert(fc.property(fc.array(fc.oneof(fc.constantFrom('Python', 'R&D', 'C++', 'CI/CD', 'machine', 'learning', 'U-Net', 'Go', 'the', ',', '.', '\n', 'ML', 'naïve', '510(k)', 'EHRs'), fc.string()), { maxLength: 40 }), (parts) => {
      const text = parts.join(' ');
      for (const match of findKeywords(text, lexicon)) expect(text.slice(match.start, match.end)).toBe(match.matched);
    }), { numRuns: 300 });
  });
});
