import { describe, expect, it } from 'vitest';
import { lintResume, resumeTextFromPlain } from '../../src/keywords/index.js';
import { medicalAi } from './fixtures.js';

const lint = (text: string) => lintResume(resumeTextFromPlain(text), medicalAi);
const rules = (text: string) => lint(text).map((issue) => issue.rule);

describe('resume lint', () => {
  it('an acronym with no full form anywhere (the ATS tip): EHR alone', () => {
    const issues = lint('Experience\n- Cleaned EHR extracts for 12,000 admissions');
    expect(issues).toContainEqual(expect.objectContaining({ rule: 'acronym-without-full-form', term: 'Electronic Health Records' }));
  });

  it('a full form with no acronym: machine learning without (ML)', () => {
    expect(lint('Experience\n- Built machine learning models for 3 wards')).toContainEqual(expect.objectContaining({ rule: 'full-form-without-acronym', term: 'Machine Learning' }));
  });

  it('no acronym issue when both appear: "Natural Language Processing (NLP)"', () => {
    expect(rules('Summary\nNatural Language Processing (NLP) on discharge notes.\n\nExperience\n- Shipped NLP triage to 4 clinics')).not.toContain('acronym-without-full-form');
  });

  it('a keyword only in the skills list, never in a sentence', () => {
    const issues = lint('Experience\n- Built a Python pipeline that cut report time by 40%\n\nSkills\nPython, Docker, SQL');
    const onlyInSkills = issues.filter((issue) => issue.rule === 'only-in-skills').map((issue) => issue.term);
    expect(onlyInSkills).toEqual(expect.arrayContaining(['Docker', 'SQL']));
    expect(onlyInSkills).not.toContain('Python');
  });

  it('stuffing: one keyword used too many times', () => {
    const text = 'Summary\nPython developer. Python expert. Python everywhere.\n\nExperience\n- Wrote Python tools for 5 teams\n- Taught Python to 30 residents';
    expect(lint(text)).toContainEqual(expect.objectContaining({ rule: 'stuffing', term: 'Python' }));
    expect(rules('Experience\n- Wrote Python tools for 5 teams')).not.toContain('stuffing');
  });

  it('bullets without a number, and bullets that quantify pass', () => {
    const issues = lint('Experience\n- Led the sepsis working group with nursing and pharmacy\n- Reduced door-to-antibiotic time by 25 minutes\n- Trained two cohorts of residents');
    expect(issues.filter((issue) => issue.rule === 'no-number').map((issue) => issue.text)).toEqual(['Led the sepsis working group with nursing and pharmacy']);
  });

  it('bullets that do not open with an action verb ("Responsible for…")', () => {
    const issues = lint('Experience\n- Responsible for the discharge checklist used on 3 wards\n- Automated 14 weekly reports\n- Led 6 audits\n- Team player with 8 years on call');
    expect(issues.filter((issue) => issue.rule === 'no-action-verb').map((issue) => issue.text)).toEqual([
      'Responsible for the discharge checklist used on 3 wards',
      'Team player with 8 years on call',
    ]);
  });

  it('first-person pronouns, but not "US" the country', () => {
    const issues = lint('Summary\nI am a physician moving into data science.\n\nExperience\n- Built my first model on 768 patients\n- Ran 3 US multi-site audits');
    expect(issues.filter((issue) => issue.rule === 'first-person').map((issue) => issue.text)).toEqual([
      'I am a physician moving into data science.',
      'Built my first model on 768 patients',
    ]);
  });
});
