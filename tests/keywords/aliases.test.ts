import { describe, expect, it } from 'vitest';
import { findKeywords } from '../../src/keywords/index.js';
import { dataScience, lexicon, medicalAi } from './fixtures.js';

// An alias must name the same skill, not something that merely co-occurs with it: every pair
// here (phrase, keyword) once put a skill on a resume that the user's evidence did not show.
const NOT_SYNONYMS: [string, string][] = [
  ['A small command line tool for renaming files.', 'Linux'],
  ['Run it from the command-line.', 'Linux'],
  ['Presented the results at grand rounds.', 'Communication'],
  ['Slides from my presentations.', 'Communication'],
  ['Previous retail experience.', 'E-commerce'],
  ['Deployment notes for the dashboard.', 'Model Deployment'],
  ['Churn model served with FastAPI.', 'Model Deployment'],
  ['Fine-tuning a BERT model on notes.', 'Transfer Learning'],
  ['Runs in containers on my laptop.', 'Docker'],
  ['Containerized with Podman.', 'Docker'],
  ['Five years as a hospital physician.', 'Healthcare'],
  ['Shared the dashboard with stakeholders.', 'Stakeholder Management'],
  ['Uses the de-identified MIMIC-IV dataset.', 'De-identification'],
  ['Counted missing values per column.', 'Data Cleaning'],
  ['Feature selection with mutual information.', 'Feature Engineering'],
  ['Kept under version control.', 'Git'],
  ['Worked in clinical practice for ten years.', 'Clinical Workflows'],
  ['Studied medical ethics.', 'AI Ethics'],
  ['Predicted survival of breast cancer patients.', 'Oncology'],
  ['A bioinformatics pipeline.', 'Genomics'],
  ['Annotated chest X-rays with radiologists.', 'Radiology'],
  ['Bootstrapping confidence intervals.', 'Cross-Validation'],
  ['Sales forecasting with Prophet.', 'Time Series Analysis'],
  ['Public health data.', 'Population Health'],
  ['Mentored two junior analysts.', 'Leadership'],
  ['PowerShell scripts for backups.', 'Bash'],
  ['Documentation is in docs/.', 'Written Communication'],
  ['Stored in Hadoop.', 'Big Data'],
];

describe('aliases never overclaim: a co-occurring word is not the skill', () => {
  it.each(NOT_SYNONYMS)('"%s" is not %s', (text, term) => {
    for (const source of [medicalAi, dataScience, lexicon]) {
      expect(findKeywords(text, source).map((match) => match.term)).not.toContain(term);
    }
  });

  // Real synonyms still count, so the list above is not passing by matching nothing at all.
  it.each([
    ['Deployed models behind a REST API.', 'Model Deployment'],
    ['Cleaned the data: data wrangling in pandas.', 'Data Cleaning'],
    ['Packaged as Docker containers.', 'Docker'],
    ['Strong communication skills.', 'Communication'],
    ['Anonymization of free-text notes.', 'De-identification'],
    ['Used Sci-Kit Learn for the baseline.', 'scikit-learn'],
    ['Strong excel skills and Excel spreadsheets.', 'Excel'],
    ['Scripts for Ubuntu servers.', 'Linux'],
  ])('"%s" is %s', (text, term) => {
    expect(findKeywords(text, lexicon).map((match) => match.term)).toContain(term);
  });
});

describe('the reports agree with each other', () => {
  it('a set keyword the set finds missing is not covered in the posting table through a wider lexicon alias', async () => {
    const { analyze, extendLexicon } = await import('../../src/keywords/index.js');
    // A lexicon that knows one more alias for a set keyword than the set does.
    const wide = extendLexicon({ name: 'wide', description: '', terms: [{ term: 'Docker', aliases: ['whale boxes'], category: 'tool', caseSensitive: false }] }, medicalAi);
    const evidence = [{ id: 'repo:me/x', kind: 'repo' as const, title: 'x', fields: [{ name: 'readme', text: 'Shipped in whale boxes.' }], links: [], source: { type: 'github' as const, ref: 'x' } }];
    const coverage = analyze({ evidence, keywordSet: medicalAi, lexicon: wide, jobText: 'Requirements:\n- Docker' });
    expect(coverage.mustHave.missing).toContain('Docker');
    expect(coverage.jd!.keywords.find((keyword) => keyword.term === 'Docker')).toMatchObject({ covered: false, evidence: [] });
  });

  it('no wording advice that only swaps one word\'s inflection ("Presented" -> "present")', async () => {
    const { sameWordsOtherForm } = await import('../../src/keywords/index.js');
    expect(sameWordsOtherForm('Presented', 'present')).toBe(false);
    expect(sameWordsOtherForm('deploying models', 'model deployment')).toBe(true);
    expect(sameWordsOtherForm('data visualisation', 'data visualization')).toBe(true);
  });
});
