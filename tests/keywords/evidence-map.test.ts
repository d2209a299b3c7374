import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyze, mappedHits, rulePattern, validateEvidenceMap } from '../../src/keywords/index.js';
import { buildEvidence, evidenceFromProfile } from '../../src/evidence/index.js';
import type { Profile } from '../../src/model/index.js';
import { lexicon, medicalAi } from './fixtures.js';

const map = validateEvidenceMap(JSON.parse(readFileSync(new URL('../../keyword-sets/evidence-map/clinical-to-data.json', import.meta.url), 'utf8')), 'clinical-to-data.json');

describe('the clinical-to-data evidence map: each rule says what its words say, no more', () => {
  for (const rule of map.rules) {
    it(`${rule.id}: matches its "yes" lines and none of its "no" lines`, () => {
      for (const line of rule.examples.yes) expect([...line.matchAll(rulePattern(rule))].length, line).toBeGreaterThan(0);
      for (const line of rule.examples.no) expect([...line.matchAll(rulePattern(rule))].length, line).toBe(0);
    });
  }

  it('every keyword a rule names is a lexicon term (a typo would evidence nothing)', () => {
    const terms = new Set(lexicon.terms.map((keyword) => keyword.term));
    expect(map.rules.flatMap((rule) => rule.evidences.filter((term) => !terms.has(term)).map((term) => `${rule.id}: ${term}`))).toEqual([]);
  });
});

// Written before running: what a pharmacist's and a teacher's profiles show through the map.
const pharmacist: Profile = {
  basics: { name: 'Tomás Reyes', label: 'Clinical pharmacist moving into health data analytics' },
  work: [{ name: 'Valley Regional Hospital', position: 'Clinical Pharmacist', startDate: '2017-06', highlights: [
    'Counselled patients on anticoagulation at discharge',
    'Chaired the antimicrobial stewardship committee',
    'Precepted pharmacy students on inpatient rotations',
  ] }],
  education: [{ institution: 'UC San Diego', studyType: 'PharmD', area: 'Pharmacy' }],
};
const teacher: Profile = {
  basics: { name: 'Ana Lindqvist' },
  work: [{ name: 'Northside High School', position: 'Mathematics Teacher', startDate: '2015-08', highlights: [
    'Taught statistics and algebra to 150 students a year',
    'I have no clinical experience and never worked in a hospital',
  ] }],
  education: [{ institution: 'Uppsala University', studyType: 'Bachelor of Science', area: 'Mathematics' }],
};

function mappedTerms(profile: Profile): Map<string, string[]> {
  const hits = mappedHits(evidenceFromProfile(profile), map);
  return new Map([...hits].map(([term, list]) => [term, list.map((hit) => `${hit.evidenceId}:${hit.field}:${hit.rule}`)]));
}

describe('another person\'s history as evidence', () => {
  it('a pharmacist: Healthcare, Clinical Workflows, Pharmacy, Communication, Leadership, Mentoring, Teaching, each naming the line', () => {
    const terms = mappedTerms(pharmacist);
    expect([...terms.keys()].sort()).toEqual(['Clinical Workflows', 'Communication', 'Healthcare', 'Leadership', 'Medical Terminology', 'Mentoring', 'Pharmacy', 'Teaching']);
    expect(terms.get('Leadership')).toEqual(['profile:work[0]:highlights:led-a-group']);
    expect(terms.get('Healthcare')).toEqual(expect.arrayContaining(['profile:work[0]:position:clinical-role', 'profile:education[0]:studyType:medical-degree']));
  });

  it('a teacher: Teaching only; nothing clinical, and a negated sentence shows nothing', () => {
    const terms = mappedTerms(teacher);
    expect([...terms.keys()].sort()).toEqual(['Teaching']);
  });

  it('the physician example: her ward, teaching, audit group and research day are evidence in analyze, naming the profile line', () => {
    const profile = JSON.parse(readFileSync(new URL('../../examples/profile.json', import.meta.url), 'utf8')) as Profile;
    const coverage = analyze({ evidence: evidenceFromProfile(profile), keywordSet: medicalAi, lexicon, evidenceMap: map, profile,
      jobText: 'Requirements\n- Healthcare experience and clinical workflows\n- Leadership and communication\n- Mentoring junior analysts' });
    const covered = new Map(coverage.jd!.keywords.filter((keyword) => keyword.covered).map((keyword) => [keyword.term, keyword.evidence]));
    for (const term of ['Healthcare', 'Clinical Workflows', 'Leadership', 'Communication', 'Mentoring']) expect(covered.has(term), term).toBe(true);
    expect(covered.get('Mentoring')![0]).toMatchObject({ evidenceId: 'profile:work[0]', field: 'highlights', form: 'mapped', rule: 'mentored-people' });
    const withoutMap = analyze({ evidence: evidenceFromProfile(profile), keywordSet: medicalAi, lexicon, profile, jobText: 'Requirements\n- Mentoring junior analysts' });
    expect(withoutMap.jd!.keywords.find((keyword) => keyword.term === 'Mentoring')?.covered).toBe(false);
  });
});

describe('advice that fits the physician', () => {
  it('ranks the item that closes a posting requirement first, in-progress and earlier items before later ones, and never suggests what she shows', async () => {
    const { parseRoadmap } = await import('../../src/roadmap/index.js');
    const roadmap = parseRoadmap(readFileSync(new URL('../../examples/roadmap-progress.md', import.meta.url), 'utf8'));
    const profile = JSON.parse(readFileSync(new URL('../../examples/profile.json', import.meta.url), 'utf8')) as Profile;
    const posting = 'Clinical Data Scientist\n\nRequirements\n- Healthcare experience; leadership and communication\n- Python and SQL\n- Model explainability with SHAP\n\nNice to have\n- Docker';
    const evidence = buildEvidence({ roadmap, roadmapRef: 'roadmap-progress.md', profile, repos: [] });
    const coverage = analyze({ evidence, keywordSet: medicalAi, lexicon, evidenceMap: map, profile, roadmap, jobText: posting });
    const withoutPosting = analyze({ evidence, keywordSet: medicalAi, lexicon, evidenceMap: map, profile, roadmap });
    // Without the posting, the item with the most must-haves leads; with it, the one that closes the posting's required SHAP.
    expect(withoutPosting.suggestions[0]!.title).not.toContain('SHAP');
    expect(coverage.suggestions[0]).toMatchObject({ title: expect.stringContaining('SHAP'), requiredByPosting: expect.arrayContaining(['SHAP']) });
    expect(coverage.jd!.missingRequired).not.toContain('Python');
    const learnable = new Set(coverage.suggestions.flatMap((suggestion) => [...suggestion.covers.map((cover) => cover.term), ...(suggestion.requiredByPosting ?? [])]));
    for (const shown of ['Healthcare', 'Leadership', 'Communication']) expect(learnable.has(shown), shown).toBe(false);
  });
});
