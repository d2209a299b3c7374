import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { applicationFolderName, freeFolderName, slug } from '../../src/applications/folder-name.js';
import { checkPosting, companyOf, roleOf } from '../../src/applications/posting-facts.js';
import { loadLexicon } from '../../src/store/keyword-sets.js';

const expected = JSON.parse(readFileSync('tests/fixtures/pharmacist/expected.json', 'utf8')) as {
  applications: Array<{ posting: string; date: string; company: string; role: string; folder: string }>;
};
const posting = (path: string) => readFileSync(`tests/fixtures/pharmacist/${path}`, 'utf8');

describe('company and role read from a posting', () => {
  for (const application of expected.applications) {
    it(`${application.posting}: ${application.role} at ${application.company}`, () => {
      const text = posting(application.posting);
      expect(roleOf(text)).toBe(application.role);
      expect(companyOf(text)).toBe(application.company);
      expect(applicationFolderName(application.date, application.company, application.role)).toBe(application.folder);
    });
  }

  it('reads the postings other tests use, and says nothing where the posting names no company', () => {
    const read = (file: string) => readFileSync(`tests/fixtures/postings/${file}`, 'utf8');
    expect(companyOf(read('clinical-ml-scientist.md'))).toBe('Northwind Health');
    expect(roleOf(read('clinical-ml-scientist.md'))).toBe('Senior Machine Learning Scientist');
    expect(companyOf(read('data-scientist-plain.txt'))).toBeUndefined();
    expect(roleOf(read('data-scientist-plain.txt'))).toBe('Data Scientist, Growth Analytics');
    expect(companyOf(read('ml-engineer-payments.txt'))).toBeUndefined();
    expect(roleOf(read('ml-engineer-payments.txt'))).toBe('Machine Learning Engineer (Payments Risk)');
  });

  // Written before the rule ran: job boards put the company under the title, before the place.
  it('takes the company on the line under the title, before the place', () => {
    const unseen = (file: string) => readFileSync(`tests/fixtures/postings-unseen/${file}`, 'utf8');
    expect(companyOf(unseen('06-clinical-nlp-scientist.txt'))).toBe('Redwood Health AI');
    expect(companyOf(unseen('07-rwe-pharmacovigilance.md'))).toBe('Halden Therapeutics');
    expect(companyOf(unseen('08-epidemiologist-state.txt'))).toBe('Department of Health');
    expect(companyOf(unseen('05-imaging-ai-engineer.md'))).toBe('Lumen Radiology AI');
    expect(companyOf(readFileSync('tests/fixtures/web-applications/linkedin-paste-medication-safety.txt', 'utf8'))).toBe('Aldergrove NHS Foundation Trust');
    expect(companyOf('Data Analyst\nAbout the team\nWe are small.')).toBeUndefined();
    expect(companyOf('Data Analyst\nRemote, full time, start in May.')).toBeUndefined();
  });

  it('takes the company after "at", and a sentence that opens with it', () => {
    expect(companyOf('Data Analyst at Riverside Health Partners\n\nWe are hiring.')).toBe('Riverside Health Partners');
    expect(companyOf('Clinical Data Analyst\n\nAt St Jude Labs, we turn registry data into better care.')).toBe('St Jude Labs');
    expect(companyOf('Biostatistician\n\nMeridian Outcomes is a contract research organisation in Leeds.')).toBe('Meridian Outcomes');
    expect(companyOf('Biostatistician\n\nWe are a contract research organisation.')).toBeUndefined();
  });
});

describe('a folder name from any company and role', () => {
  it('slugs characters that are not safe in a folder name, keeping letters of any script', () => {
    expect(slug('AT&T / Labs: "R&D" <West>')).toBe('at-t-labs-r-d-west');
    expect(slug('Hôpital Universitaire de Genève')).toBe('hopital-universitaire-de-geneve');
    expect(slug('../../etc/passwd')).toBe('etc-passwd');
    expect(slug('データ分析株式会社')).toBe('データ分析株式会社');
    expect(slug('🚀🚀')).toBe('');
    expect(applicationFolderName('2026-03-02', '🚀', 'C:\\con')).toBe('2026-03-02-company-c-con');
    expect(slug('Senior Principal Staff Machine Learning Engineer, Clinical Decision Support Platform').length).toBeLessThanOrEqual(40);
  });

  it('gives two applications on the same day to the same role folders of their own', () => {
    const base = applicationFolderName('2026-03-02', 'Northwind', 'Analyst');
    expect(freeFolderName(base, new Set())).toBe(base);
    expect(freeFolderName(base, new Set([base]))).toBe(`${base}-2`);
    expect(freeFolderName(base, new Set([base, `${base}-2`]))).toBe(`${base}-3`);
  });
});

describe('what is not a job posting', () => {
  it('refuses empty, short and skill-less texts in one line, and takes the three postings', async () => {
    const lexicon = await loadLexicon();
    expect(checkPosting('', lexicon).problem).toBe('is empty');
    expect(checkPosting('  \n\t ', lexicon).problem).toBe('is empty');
    expect(checkPosting('Data Scientist at Acme, Python and SQL.', lexicon).problem)
      .toBe("does not read like a job posting (7 words, skills: Data Science, Python, SQL); pass the posting's full text");
    const letter = 'Dear hiring manager, thank you for taking the time to meet me last week. I enjoyed hearing about the team and the move to the new building, and I look forward to hearing from you about next steps soon. Kind regards, Priya';
    expect(checkPosting(letter, lexicon).problem).toMatch(/^does not read like a job posting \(\d+ words, no skills found\)/);
    for (const application of expected.applications) {
      const check = checkPosting(posting(application.posting), lexicon);
      expect(check.problem).toBeUndefined();
      expect(check.skills).toContain('Python');
    }
  });
});
