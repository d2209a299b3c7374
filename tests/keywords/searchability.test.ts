import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { resumeTextFromPlain, resumeTextFromProfile, searchabilityChecks, titlePresent } from '../../src/keywords/index.js';
import { Profile } from '../../src/model/index.js';

const profile = Profile.parse(JSON.parse(readFileSync(new URL('../../examples/profile.json', import.meta.url), 'utf8')));
const posting = readFileSync(new URL('../fixtures/postings/clinical-ml-scientist.md', import.meta.url), 'utf8');
const statusOf = (checks: ReturnType<typeof searchabilityChecks>, id: string) => checks.find((check) => check.id === id)?.status;

describe('searchability checks', () => {
  const checks = searchabilityChecks({ profile, resume: resumeTextFromProfile(profile), jobText: posting, jobTitle: 'Senior Machine Learning Scientist' });

  it('the example profile has every contact detail and one date format', () => {
    expect(statusOf(checks, 'contact')).toBe('pass');
    expect(statusOf(checks, 'dates')).toBe('pass');
  });

  it('warns that the example profile has no skills section', () => {
    expect(checks.find((check) => check.id === 'sections')).toMatchObject({ status: 'warn', detail: 'no skills section' });
  });

  it('fails the job title check: the posting wants a machine learning scientist, the headline says physician', () => {
    expect(statusOf(checks, 'job-title')).toBe('fail');
  });

  it('treats an MD as meeting "MS or PhD" and says to check the field', () => {
    expect(checks.find((check) => check.id === 'education')).toMatchObject({ status: 'pass' });
  });

  it('a plain-text resume with missing contacts, an odd heading and mixed dates', () => {
    const resume = resumeTextFromPlain('jane@example.com\n\nMY JOURNEY\nJan 2019 - 03/2021 Nurse\n\nEDUCATION\nBSc Nursing, 2015\n\nSkills\nSQL');
    const plain = searchabilityChecks({ resume, jobText: 'Data Analyst\n\nRequirements\n- Master\'s degree in statistics' });
    expect(plain.find((check) => check.id === 'contact')).toMatchObject({ status: 'warn', detail: 'missing: phone, location, links' });
    expect(plain.find((check) => check.id === 'sections')?.detail).toContain('"MY JOURNEY"');
    expect(statusOf(plain, 'dates')).toBe('warn');
    expect(plain.find((check) => check.id === 'education')).toMatchObject({ status: 'fail', detail: 'asks for master; your profile lists bachelor' });
  });
});

describe('job title or a close variant', () => {
  it.each([
    ['Senior Data Scientist', 'Data scientist with a clinical background', true],
    ['Machine Learning Engineer', 'Physician turned machine-learning engineer', true],
    ['Clinical Data Scientist', 'Clinical data science lead', true],
    ['Senior Machine Learning Scientist', 'Physician (MD) transitioning to Medical Data Science', false],
  ])('%s in "%s": %s', (title, text, expected) => {
    expect(titlePresent(title, text)).toBe(expected);
  });
});
