import { describe, expect, it } from 'vitest';
import { extractJobKeywords } from '../../src/keywords/index.js';
import { lexicon, medicalAi } from './fixtures.js';

const extract = (text: string) => extractJobKeywords(text, lexicon, { keywordSet: medicalAi, unknown: false });
const entry = (text: string, term: string) => extract(text).keywords.find((keyword) => keyword.term === term);

describe('parts of a posting that are not asked of the applicant', () => {
  it('a company blurb (heading or "X is a … company" sentence) names no skills', () => {
    expect(entry('## About us\nAcme builds Python tools on Snowflake.\n\n## Requirements\n- SQL', 'Snowflake')).toBeUndefined();
    expect(entry('Brightpath is a digital health company using Tableau.\n\nRequirements\n- SQL', 'Tableau')).toBeUndefined();
    expect(entry('About the job\n\nRequirements\n- Tableau', 'Tableau')?.section).toBe('required');
  });

  it('benefits, perks and "Our values" are left out: flexible PTO, Agile mindset', () => {
    const text = 'Requirements\n- SQL\n\nBenefits\nFlexible PTO, Agile mindset workshops and a Python course budget.\n\nOur values: ownership and an Agile mindset.';
    expect(entry(text, 'Python')).toBeUndefined();
    expect(entry(text, 'Adaptability')).toBeUndefined();
    expect(entry(text, 'Agile')).toBeUndefined();
  });

  it('equal-opportunity text, salary and location lines are left out', () => {
    const text = 'Requirements\n- SQL\nLocation: Remote (Python hub)\nSalary: $100k\nAcme is an equal opportunity employer and does not discriminate; Excel users welcome.';
    expect(entry(text, 'Python')).toBeUndefined();
    expect(entry(text, 'Excel')).toBeUndefined();
  });

  it('team biographies are left out: a CTO who "began his career as an ICU nurse"', () => {
    const text = 'Requirements\n- Python\n\nThe team\nOur CTO began his career as an ICU nurse and later led deep learning at two startups.';
    expect(entry(text, 'Intensive Care')).toBeUndefined();
    expect(entry(text, 'Nursing')).toBeUndefined();
    expect(entry(text, 'Deep Learning')).toBeUndefined();
    expect(entry('Requirements\n- SQL\nYou will report to a director who previously built Spark pipelines.', 'Spark')).toBeUndefined();
  });
});

describe('the masthead, organisation names and the job as subject', () => {
  it('the title line and the employer lines under it name the job, not what it asks', () => {
    const text = 'Senior Healthcare Data Analyst, Population Health\nNorthwind AI, Denver, CO (hybrid)\nDivision of Analytics and Health Statistics\n\nRequirements\n- SQL and Tableau';
    expect(entry(text, 'Clinical Data')).toBeUndefined();
    expect(entry(text, 'Population Health')).toBeUndefined();
    expect(entry(text, 'Artificial Intelligence')).toBeUndefined();
    expect(entry(text, 'Statistical Analysis')).toBeUndefined();
    expect(entry(text, 'SQL')?.section).toBe('required');
  });

  it('a first line that is a sentence or a heading is no masthead', () => {
    expect(entry('We need a Python developer for our Tableau dashboards.\n\nRequirements\n- SQL', 'Python')).toBeDefined();
    expect(entry('Requirements\nPython and SQL\n\nNice to have\n- dbt', 'Python')?.section).toBe('required');
  });

  it('a skill inside the name of an office, system or team is that body\'s name', () => {
    const text = 'Requirements\n- SQL\n\nThe Communicable Disease Epidemiology Office needs help with infectious disease surveillance.';
    expect(entry(text, 'Infectious Diseases')).toBeUndefined();
    expect(entry(text, 'Infectious Disease Surveillance')).toBeDefined();
    expect(entry('Requirements\n- Data from the Lakeshore Health System warehouse in SQL', 'Healthcare')).toBeUndefined();
    expect(entry('Requirements\n- Five years in a health system and SQL', 'Healthcare')).toBeDefined();
    // A skill named in capitals beside other skills is not a name.
    expect(entry('Requirements\n- Machine Learning and Deep Learning', 'Deep Learning')).toBeDefined();
  });

  it('"The Clinical Reporting Analyst builds …" describes the job, not the company', () => {
    const text = 'POSITION SUMMARY\nAcme Health is a hospital network. The Clinical Reporting Analyst builds reports and dashboards from Epic.\n\nRequirements\n- SQL';
    expect(entry(text, 'Dashboards')?.section).toBe('required');
    expect(entry('About the job\nAcme Health builds dashboards for clinics.\n\nRequirements\n- SQL', 'Dashboards')).toBeUndefined();
  });
});

describe('responsibilities, markers and wrapped lines', () => {
  it('responsibilities count as required unless marked', () => {
    const text = "What you'll do\n- Build dashboards in Tableau\n- Help with Looker (a plus)\n\nNice to have\n- dbt";
    expect(entry(text, 'Tableau')?.section).toBe('required');
    expect(entry(text, 'Looker')?.section).toBe('preferred');
    expect(entry(text, 'dbt')?.section).toBe('preferred');
  });

  it('"ideally" makes only the rest of its clause preferred', () => {
    const text = 'Requirements\n- 3+ years of SQL at a payer, ideally in Medicare Advantage';
    expect(entry(text, 'SQL')?.section).toBe('required');
    expect(entry(text, 'Medicare Advantage')?.section).toBe('preferred');
  });

  it('"… is a plus" after ", with" makes only that sub-clause preferred', () => {
    const text = 'Requirements\n- Advanced SQL and Excel, with Python a plus';
    expect(entry(text, 'SQL')?.section).toBe('required');
    expect(entry(text, 'Python')?.section).toBe('preferred');
  });

  it('a hard-wrapped line ending in "CPT)" is not an all-caps heading and does not end the requirements', () => {
    const text = 'Requirements\n* Working knowledge of claims processing and medical coding (ICD-10,\n  CPT)\n* Familiarity with risk\n  adjustment models and SQL\n\nBenefits\n* Gym';
    expect(entry(text, 'CPT')?.section).toBe('required');
    expect(entry(text, 'Risk Adjustment')?.section).toBe('required');
    expect(entry(text, 'SQL')?.section).toBe('required');
  });
});
