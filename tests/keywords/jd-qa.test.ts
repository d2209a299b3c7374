import { describe, expect, it } from 'vitest';
import { extractJobKeywords } from '../../src/keywords/index.js';
import { dataScience, lexicon } from './fixtures.js';

// Postings as a QA trial pasted them: all-caps headings, parentheses, places, a sales posting full
// of everyday words that are also skill names.
const extract = (text: string) => extractJobKeywords(text, lexicon, { keywordSet: dataScience });
const entry = (text: string, term: string) => extract(text).keywords.find((keyword) => keyword.term === term);
const terms = (text: string) => extract(text).keywords.map((keyword) => keyword.term);

describe('job-description sections', () => {
  it('a parenthesis about another term does not flip the clause: "SQL (PostgreSQL preferred)"', () => {
    const text = 'Requirements\n- SQL (PostgreSQL preferred)\n- Python';
    expect(entry(text, 'SQL')?.section).toBe('required');
    expect(entry(text, 'PostgreSQL')?.section).toBe('preferred');
    expect(entry(text, 'Python')?.section).toBe('required');
  });

  it('all-caps headings with a colon: WHAT WE NEED / WHAT WOULD BE NICE / BONUS POINTS, and no heading word as a skill', () => {
    const text = 'Data Analyst\n\nWHAT WE NEED:\nPython, SQL\nWHAT WOULD BE NICE:\nTableau\nBONUS POINTS\nLooker\nMUST HAVE:\nExcel skills';
    expect(entry(text, 'Python')?.section).toBe('required');
    expect(entry(text, 'SQL')?.section).toBe('required');
    expect(entry(text, 'Tableau')?.section).toBe('preferred');
    expect(entry(text, 'Looker')?.section).toBe('preferred');
    expect(entry(text, 'Excel')?.section).toBe('required');
    const unknown = extract(text).keywords.filter((keyword) => !keyword.known).map((keyword) => keyword.term);
    for (const word of ['NEED', 'NICE', 'POINTS', 'WHAT', 'MUST']) expect(unknown).not.toContain(word);
  });

  it('a waived degree is not asked for: "PhD not required"', () => {
    const result = extract('Requirements: Bachelor degree in statistics or a related field. PhD not required.');
    expect(result.degrees).toEqual([{ degree: 'bachelor', section: 'required' }]);
    expect(extract("Requirements:\n- Master's required, PhD not necessary").degrees?.map((found) => found.degree)).toEqual(['master']);
    expect(extract('Requirements:\n- PhD in biostatistics').degrees?.map((found) => found.degree)).toEqual(['phd']);
  });
});

describe('false hits and misses in postings', () => {
  const sales = 'Regional Sales Coordinator, Boston MA\n\nRequirements:\n- Comfortable with a computer; previous retail experience a plus\nWe value people who are agile and can pivot quickly. Offices in Austin, TX and New York, NY.';

  it('"agile" as an adjective is not the Agile method; "Agile environment" and "Agile/Scrum" are', () => {
    expect(terms(sales)).not.toContain('Agile');
    expect(terms('You will work in an Agile environment with two-week sprints.')).toContain('Agile');
    expect(terms('Experience with Agile development and Scrum.')).toContain('Agile');
    expect(terms('Our teams stay agile.')).not.toContain('Agile');
  });

  it('retail experience is not E-commerce, and US places are not unknown skills', () => {
    const all = terms(sales);
    expect(all).not.toContain('E-commerce');
    for (const place of ['MA', 'TX', 'NY', 'Austin', 'Boston', 'New York', 'York']) expect(all).not.toContain(place);
  });

  it('analyst tools are known: Google Analytics, VLOOKUP, pivot tables, Power Query; "Sci-Kit Learn" is scikit-learn', () => {
    const text = 'Must have:\n* Advanced Microsoft Excel (pivot tables, VLOOKUP, Power Query)\n* Experience with Google Analytics\n* Sci-Kit Learn';
    const result = extract(text);
    for (const term of ['Excel', 'Pivot Tables', 'VLOOKUP', 'Power Query', 'Google Analytics', 'scikit-learn']) {
      expect(result.keywords.find((keyword) => keyword.term === term), term).toMatchObject({ known: true, section: 'required' });
    }
    const unknown = result.keywords.filter((keyword) => !keyword.known).map((keyword) => keyword.term);
    expect(unknown).not.toContain('Google');
    expect(unknown).not.toContain('Sci');
  });

  it('"Strong excel skills" is the tool; "EXCEL" beside "Excel" is one skill, not an unknown one', () => {
    expect(entry('Requirements:\n- Strong excel skills', 'Excel')).toMatchObject({ known: true, section: 'required' });
    const both = extract('Requirements:\n- Microsoft Excel\n- ADVANCED EXCEL REPORTING IN EXCEL\n- Excel spreadsheets');
    expect(both.keywords.filter((keyword) => keyword.term.toLowerCase() === 'excel')).toHaveLength(1);
    expect(both.keywords.find((keyword) => keyword.term === 'Excel')!.count).toBeGreaterThanOrEqual(3);
    expect(both.keywords.some((keyword) => !keyword.known && keyword.term.toLowerCase() === 'excel')).toBe(false);
  });

  it('a posting\'s "no experience with X required" still names X: negation cues are for evidence only', () => {
    expect(terms('Requirements:\n- No prior experience with Docker required')).toContain('Docker');
  });
});
