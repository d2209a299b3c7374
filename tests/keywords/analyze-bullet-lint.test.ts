// `roadfolio analyze` (and build's coverage.json, and the web app) run the bullet lint's text rules
// on the bullets a person wrote themselves: a teacher's profile, written for this test, with one
// bullet per rule and one that breaks none.
import { describe, expect, it } from 'vitest';
import { buildEvidence } from '../../src/evidence/index.js';
import { analyze } from '../../src/keywords/index.js';
import { Coverage, Profile } from '../../src/model/index.js';
import { medicalAi } from './fixtures.js';

const profile = Profile.parse({
  basics: { name: 'Rosa Lindqvist', label: 'Secondary school maths teacher moving into education data analysis' },
  work: [{
    name: 'Northfield Academy', position: 'Head of Mathematics', startDate: '2016-09',
    highlights: [
      'Shared the code on GitHub (3 stars).',
      'Processed 100 patients.',
      'Applied Data Visualization, Logistic Regression and Statistics on records.',
      'Cut the time to mark weekly quizzes from 6 hours to 2 with a Python script that reads the answer sheets',
    ],
  }],
});

describe('analyze lints the bullets a person wrote', () => {
  const evidence = buildEvidence({ profile });
  const coverage = Coverage.parse(analyze({ evidence, keywordSet: medicalAi, profile }));
  const rulesOf = (start: string) => (coverage.lint ?? []).filter((issue) => issue.text?.startsWith(start)).map((issue) => issue.rule);

  it('names each bad bullet by the rule it breaks', () => {
    expect(rulesOf('Shared the code')).toContain('publish-filler');
    expect(rulesOf('Processed 100')).toContain('dataset-size-as-work');
    expect(rulesOf('Applied Data Visualization')).toContain('keyword-list');
  });

  it('leaves a specific, measured bullet alone', () => {
    const bulletRules = new Set(['keyword-list', 'publish-filler', 'unmeasured-number', 'dataset-size-as-work']);
    expect(rulesOf('Cut the time to mark').filter((rule) => bulletRules.has(rule))).toEqual([]);
  });
});

describe('the labelled Currently learning line', () => {
  it('gets no advice to show what is still being learned in a bullet', () => {
    const learner = Profile.parse({
      basics: { name: 'Rosa Lindqvist' },
      skills: [{ name: 'Programming', keywords: ['SQL'] }, { name: 'Currently learning', keywords: ['Deep Learning (fast.ai)'] }],
    });
    const coverage = analyze({ evidence: buildEvidence({ profile: learner }), keywordSet: medicalAi, profile: learner });
    const onlyInSkills = (coverage.lint ?? []).filter((issue) => issue.rule === 'only-in-skills').map((issue) => issue.term);
    expect(onlyInSkills).toContain('SQL');
    expect(onlyInSkills).not.toContain('Deep Learning');
  });
});
