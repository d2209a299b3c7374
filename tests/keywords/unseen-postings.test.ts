import { describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import { compileMatcher } from '../../src/keywords/index.js';
import { formatQuality, readLabelledPostings, scorePostings } from '../../bench/posting-quality.js';
import { lexicon, medicalAi } from './fixtures.js';

// Ten postings from other corners of health data work, labelled before the extractor ran on them
// (tests/fixtures/postings-unseen/README.md). The figures are printed by `npm run bench`; these
// bounds keep them from sliding back.
const dir = fileURLToPath(new URL('../fixtures/postings-unseen', import.meta.url));
const summary = scorePostings(readLabelledPostings(dir), compileMatcher(lexicon), medicalAi);
// The second set was written after the first had been tuned on (tests/fixtures/postings-unseen-2/README.md).
const secondDir = fileURLToPath(new URL('../fixtures/postings-unseen-2', import.meta.url));
const second = scorePostings(readLabelledPostings(secondDir), compileMatcher(lexicon), medicalAi);

describe('unseen postings (issue 11 measures)', () => {
  it('reports no trap: places and people named Scala/Java/Julia/Ruby, Agile mindset, flexible PTO, bios, leadership team, GCP/SAP in the wrong field', () => {
    expect(summary.postings.flatMap((score) => score.trapHits.map((term) => `${score.name}: ${term}`))).toEqual([]);
  });

  it('finds the required skills and puts them in the right section', () => {
    expect(summary.requiredRecall, formatQuality(summary, true)).toBeGreaterThanOrEqual(95);
    expect(summary.preferredRecall).toBeGreaterThanOrEqual(95);
    expect(summary.sectionAccuracy).toBeGreaterThanOrEqual(95);
  });

  it('reports at most one skill per posting that the labels do not name (nor a broader or narrower term of one)', () => {
    expect(summary.falsePerPostingMax, formatQuality(summary, true)).toBeLessThanOrEqual(1);
  });

  it('second set: no trap, and the figures do not slide back from where they stood', () => {
    expect(second.postings.flatMap((score) => score.trapHits.map((term) => `${score.name}: ${term}`))).toEqual([]);
    expect(second.requiredRecall, formatQuality(second, true)).toBeGreaterThanOrEqual(65);
    expect(second.sectionAccuracy).toBeGreaterThanOrEqual(90);
  });

});
