import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractJobKeywords } from '../../src/keywords/index.js';
import { dataScience, lexicon, medicalAi } from './fixtures.js';

const posting = (name: string) => readFileSync(new URL(`../fixtures/postings/${name}`, import.meta.url), 'utf8');

describe('skills of a pasted healthcare ML posting', () => {
  const result = extractJobKeywords(posting('clinical-ml-scientist.md'), lexicon, { keywordSet: medicalAi });
  const get = (term: string) => result.keywords.find((keyword) => keyword.term === term);

  it('finds what the requirements section asks for, marked required and tiered', () => {
    for (const term of ['Python', 'PyTorch', 'TensorFlow', 'scikit-learn', 'FHIR', 'HIPAA', 'SQL', 'Survival Analysis', 'ICD-10']) {
      expect(get(term), term).toMatchObject({ known: true, section: 'required' });
    }
    expect(get('Python')?.tier).toBe('mustHave');
    expect(get('OMOP')?.tier).toBe('goodToHave');
    expect(get('Protected Health Information')?.written).toBe('PHI');
  });

  it('marks nice-to-haves as preferred, and responsibilities as required (recruiters screen on them)', () => {
    for (const term of ['MONAI', 'nnU-Net', 'Databricks', 'Biostatistics']) expect(get(term)?.section, term).toBe('preferred');
    expect(get('Docker')?.section).toBe('required');
    // nnU-Net keeps its own name and points to U-Net; "3D segmentation" is its own term too.
    expect(get('nnU-Net')).toMatchObject({ parent: 'U-Net' });
    expect(get('U-Net')).toBeUndefined();
  });

  it('keeps the ambiguous words of its prose out: no Go, no Excel, R and Spark once each from the tool lines', () => {
    expect(get('Go')).toBeUndefined();
    expect(get('Excel')).toBeUndefined();
    expect(get('R')).toMatchObject({ count: 1, section: 'preferred' });
    expect(get('Spark')).toMatchObject({ count: 1, section: 'preferred' });
  });

  it('flags tools the lexicon does not know as known: false, not filler words', () => {
    const unknown = result.keywords.filter((keyword) => !keyword.known).map((keyword) => keyword.term);
    expect(unknown).toEqual(expect.arrayContaining(['LangGraph', 'ML4H']));
    expect(get('MICCAI')).toMatchObject({ known: true, section: 'preferred' });
    for (const filler of ['experience', 'Experience', 'team', 'years', 'MS', 'Benefits']) expect(unknown).not.toContain(filler);
  });

  it('reads the job title and the degrees asked for', () => {
    expect(result.title).toBe('Senior Machine Learning Scientist');
    expect(result.degrees).toEqual(expect.arrayContaining([{ degree: 'master', section: 'required' }, { degree: 'phd', section: 'required' }]));
  });
});

describe('a plain-text posting with "Label:" headings and inline markers', () => {
  const result = extractJobKeywords(posting('data-scientist-plain.txt'), lexicon, { keywordSet: dataScience });
  const get = (term: string) => result.keywords.find((keyword) => keyword.term === term);

  it('reads "Qualifications:" and "Bonus points:" as sections', () => {
    expect(get('SQL')?.section).toBe('required');
    expect(get('Causal Inference')?.section).toBe('required');
    expect(get('Metabase')?.section).toBe('preferred');
    expect(get('A/B Testing')?.section).toBe('required');
  });

  it('"… is a plus" makes a required-section line preferred; Go counts there but not in "go the extra mile"', () => {
    expect(get('Go')).toMatchObject({ count: 1, section: 'preferred' });
    expect(get('Scala')?.section).toBe('preferred');
    expect(get('Excel')).toBeUndefined();
    expect(get('Spark')).toBeUndefined();
  });

  it('reads the title from the first line and a bachelor requirement', () => {
    expect(result.title).toBe('Data Scientist, Growth Analytics');
    expect(result.degrees).toEqual(expect.arrayContaining([{ degree: 'bachelor', section: 'required' }, { degree: 'master', section: 'preferred' }]));
  });

  it('knows "Hex" and "CUPED" (the product-analytics family), where they are asked for', () => {
    expect(get('CUPED')).toMatchObject({ known: true, section: 'required' });
    expect(get('Hex')).toMatchObject({ known: true, section: 'preferred' });
  });
});

describe('a fintech ML engineer posting: the engine is not tuned to healthcare', () => {
  const result = extractJobKeywords(posting('ml-engineer-payments.txt'), lexicon, { keywordSet: dataScience });
  const get = (term: string) => result.keywords.find((keyword) => keyword.term === term);

  it('finds the stack by section, with "Go or Rust" under Bonus but not "go above and beyond"', () => {
    for (const term of ['Python', 'SQL', 'Spark', 'Snowflake', 'Kubernetes', 'Terraform', 'CI/CD']) expect(get(term)?.section, term).toBe('required');
    expect(get('Go')).toMatchObject({ count: 1, section: 'preferred', tier: 'goodToHave' });
    expect(get('Rust')?.section).toBe('preferred');
    expect(get('Kafka')?.section).toBe('required');
  });

  it('a generic "feature store" is not the Feast product, and PCI DSS is one term', () => {
    expect(get('Feature Store')?.written).toBe('feature stores');
    expect(get('Feast')).toBeUndefined();
    expect(get('PCI DSS')?.section).toBe('preferred');
  });
});
