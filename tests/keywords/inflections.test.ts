import { describe, expect, it } from 'vitest';
import { findKeywords } from '../../src/keywords/index.js';
import { generatedVariants, isInflection, splitParenthesisedAcronym } from '../../src/keywords/inflections.js';
import { lexicon } from './fixtures.js';

const terms = (text: string) => findKeywords(text, lexicon).map((match) => match.term);

describe('generated written forms (not listed by hand in the lexicon)', () => {
  it('plural of -sis, verbs of -ification / -ization / -ication, British and American spellings', () => {
    expect(generatedVariants('Time-to-Event Analysis')).toContain('Time-to-Event Analyses');
    expect(generatedVariants('De-identification')).toEqual(expect.arrayContaining(['De-identify', 'Deidentification', 'Deidentify']));
    expect(generatedVariants('Concept Normalization')).toEqual(expect.arrayContaining(['Concept Normalize', 'Concept Normalisation']));
    expect(generatedVariants('Communication')).toContain('Communicate');
    expect(generatedVariants('Data Modelling')).toContain('Data Modeling');
    expect(generatedVariants('Fine-tuning')).toEqual(expect.arrayContaining(['Fine-tune', 'Fine-tuned']));
    expect(generatedVariants('Data Preprocessing')).toContain('Data Pre-processing');
  });

  it('the generated forms match in text', () => {
    expect(terms('Carry out time-to-event analyses.')).toContain('Survival Analysis');
    expect(terms('You will de-identify notes at scale.')).toContain('De-identification');
    expect(terms('Strong ability to communicate results.')).toContain('Communication');
    expect(terms('We fine-tune Llama 3 models for summarisation.')).toContain('Fine-tuning');
  });

  it('a parenthesised acronym in a written form is the keyword\'s acronym', () => {
    expect(splitParenthesisedAcronym('Hierarchical Condition Categories (HCC)')).toEqual({ full: 'Hierarchical Condition Categories', acronym: 'HCC' });
    expect(splitParenthesisedAcronym('SQL (PostgreSQL)')).toBeUndefined();
    expect(terms('Familiarity with hierarchical condition categories (HCC) and CMS risk adjustment.')).toEqual(expect.arrayContaining(['HCC', 'Risk Adjustment']));
  });

  it('an inflection shares a base; a stem alone is not enough', () => {
    expect(isInflection('analyses', 'analysis')).toBe(true);
    expect(isInflection('dashboards', 'dashboard')).toBe(true);
    expect(isInflection('modelled', 'model')).toBe(true);
    expect(isInflection('specifications', 'specificity')).toBe(false);
    expect(isInflection('community', 'communication')).toBe(false);
    expect(isInflection('stack', 'stacking')).toBe(false);
    expect(isInflection('cluster', 'clustering')).toBe(false);
    expect(isInflection('flexible', 'flexibility')).toBe(false);
  });

  it('an alias in capitals is an acronym: "does" is not DOE', () => {
    expect(terms('This position does not have direct reports.')).not.toContain('Experimental Design');
    expect(terms('Design of experiments (DOE) for assays.')).toContain('Experimental Design');
  });
});
