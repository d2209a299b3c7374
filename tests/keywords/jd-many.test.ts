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
