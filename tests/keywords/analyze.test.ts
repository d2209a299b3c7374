import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildEvidence } from '../../src/evidence/index.js';
import { analyze } from '../../src/keywords/index.js';
import { Coverage, Profile } from '../../src/model/index.js';
import { seedAsWritten, seedInProgress } from '../fixtures/seed-roadmap.js';
import { lexicon, medicalAi } from './fixtures.js';

const profile = Profile.parse(JSON.parse(readFileSync(new URL('../../examples/profile.json', import.meta.url), 'utf8')));
const posting = readFileSync(new URL('../fixtures/postings/clinical-ml-scientist.md', import.meta.url), 'utf8');

function run(roadmap = seedInProgress, extra: { jobText?: string; resumeText?: string } = {}) {
  const evidence = buildEvidence({ roadmap, roadmapRef: 'roadmap.md', profile });
  return analyze({ evidence, keywordSet: medicalAi, roadmap, profile, lexicon, ...extra });
}

const coveredTerms = (coverage: Coverage) => [...coverage.mustHave.covered, ...coverage.goodToHave.covered].map((keyword) => keyword.term);

describe('coverage of the medical-ai set by the user\'s evidence', () => {
  it('fits the Coverage contract', () => {
    expect(() => Coverage.parse(run(seedInProgress, { jobText: posting }))).not.toThrow();
  });

  it('counts finished phase-1 courses with their evidence: item, field, words, form', () => {
    const coverage = run();
    const python = coverage.mustHave.covered.find((keyword) => keyword.term === 'Python')!;
    expect(python.evidence[0]).toMatchObject({ evidenceId: 'roadmap:15', field: 'title', matched: 'Python', form: 'exact' });
    const ml = coverage.mustHave.covered.find((keyword) => keyword.term === 'Machine Learning')!;
    expect(ml.evidence[0]).toMatchObject({ evidenceId: 'roadmap:43', matched: 'ML', form: 'acronym' });
  });

  it('never counts an in-progress course: Python is missing while the course is under way, and listed as in progress', () => {
    const coverage = run(seedAsWritten);
    expect(coverage.mustHave.missing).toContain('Python');
    expect(coverage.inProgress).toEqual([{ title: 'Python (Intermediate)', line: 15, covers: [{ term: 'Python', tier: 'mustHave' }, { term: 'Kaggle', tier: 'goodToHave' }] }]);
  });

  it('every covered keyword names evidence that exists and whose text holds the matched words', () => {
    const evidence = buildEvidence({ roadmap: seedInProgress, roadmapRef: 'roadmap.md', profile });
    const coverage = run();
    for (const keyword of [...coverage.mustHave.covered, ...coverage.goodToHave.covered]) {
      for (const hit of keyword.evidence) {
        const field = evidence.find((record) => record.id === hit.evidenceId)?.fields.find((candidate) => candidate.name === hit.field);
        expect(field?.text.slice(hit.start, hit.end), `${keyword.term} in ${hit.evidenceId}`).toBe(hit.matched);
      }
    }
  });

  it('scores tiers as covered share and the whole as their weighted mean (must-have 3 : good-to-have 1)', () => {
    const coverage = run();
    const mustHave = (coverage.mustHave.covered.length / medicalAi.mustHave.length) * 100;
    const goodToHave = (coverage.goodToHave.covered.length / medicalAi.goodToHave.length) * 100;
    expect(coverage.mustHave.score).toBeCloseTo(mustHave, 1);
    // Scores are rounded to one decimal, so the mean of rounded tiers may differ by up to 0.05.
    expect(Math.abs(coverage.score - (3 * coverage.mustHave.score + coverage.goodToHave.score) / 4)).toBeLessThanOrEqual(0.05 + 1e-9);
    expect(run(seedAsWritten).score).toBeLessThan(coverage.score);
  });
});

describe('suggestions from the roadmap', () => {
  const coverage = run();

  it('ranks "Computer Vision (CNNs)" high: it names two missing must-haves and implies image classification', () => {
    const vision = coverage.suggestions.find((suggestion) => suggestion.title === 'Computer Vision (CNNs)')!;
    expect(vision.covers).toEqual(expect.arrayContaining([
      { term: 'Computer Vision', tier: 'mustHave' },
      { term: 'Convolutional Neural Networks', tier: 'mustHave' },
      { term: 'Image Classification', tier: 'mustHave', implied: true },
    ]));
    expect(coverage.suggestions.indexOf(vision)).toBeLessThan(3);
  });

  it('is ranked by must-haves covered, then in-progress first, then roadmap order; never done items or covered keywords', () => {
    const mustHaves = coverage.suggestions.map((suggestion) => suggestion.covers.filter((cover) => cover.tier === 'mustHave' && !cover.implied).length);
    expect(mustHaves).toEqual([...mustHaves].sort((a, b) => b - a));
    for (let index = 1; index < coverage.suggestions.length; index++) {
      const [before, after] = [coverage.suggestions[index - 1]!, coverage.suggestions[index]!];
      if (mustHaves[index - 1] !== mustHaves[index] || before.status !== after.status) continue;
      expect(before.line).toBeLessThan(after.line);
    }
    expect(coverage.suggestions.map((suggestion) => suggestion.title)).not.toContain('Data Cleaning');
    const covered = new Set(coveredTerms(coverage));
    for (const suggestion of coverage.suggestions) for (const cover of suggestion.covers) expect(covered.has(cover.term)).toBe(false);
  });

  it('lists missing must-haves no roadmap item would cover (HIPAA, FHIR), and not those one would (SHAP)', () => {
    expect(coverage.uncoveredMustHaves).toEqual(expect.arrayContaining(['HIPAA', 'FHIR', 'Docker']));
    expect(coverage.uncoveredMustHaves).not.toContain('SHAP');
    expect(coverage.uncoveredMustHaves).not.toContain('Computer Vision');
  });
});

describe('claimable vs shown', () => {
  it('finished courses are claimable but not yet on the profile resume: the gap lists them', () => {
    const shown = run().shown!;
    expect(shown.claimableNotShown.map((entry) => entry.term)).toEqual(expect.arrayContaining(['Python', 'SQL', 'Pandas']));
    expect(shown.mustHave.terms).toContain('Electronic Health Records');
    expect(shown.score).toBeLessThan(run().score);
  });

  it('a resume claiming what no evidence backs is flagged', () => {
    const resumeText = 'Summary\nPhysician and data scientist.\n\nExperience\n- Built PyTorch models for 3 hospitals\n\nSkills\nPython, PyTorch, SQL';
    const shown = run(seedInProgress, { resumeText }).shown!;
    expect(shown.shownWithoutEvidence.map((entry) => entry.term)).toContain('PyTorch');
    expect(shown.shownWithoutEvidence.map((entry) => entry.term)).not.toContain('Python');
  });
});

describe('coverage of a job description', () => {
  const coverage = run(seedInProgress, { jobText: posting });
  const jd = coverage.jd!;

  it('reports the required and preferred shares the evidence covers', () => {
    const required = jd.keywords.filter((keyword) => keyword.known && keyword.section === 'required');
    expect(jd.required.total).toBe(required.length);
    expect(jd.required.covered).toBe(required.filter((keyword) => keyword.covered).length);
    expect(jd.keywords.find((keyword) => keyword.term === 'Python')).toMatchObject({ section: 'required', covered: true, shown: false });
    expect(jd.missingRequired).toEqual(expect.arrayContaining(['PyTorch', 'FHIR', 'HIPAA']));
    expect(jd.missingRequired).not.toContain('Python');
  });

  it('unknown skills of the posting stay out of the shares and are listed for a person to check', () => {
    expect(jd.unknown).toEqual(expect.arrayContaining(['LangGraph']));
  });

  it('suggests the posting\'s exact words when the evidence has the same words in another form', () => {
    const evidence = buildEvidence({ profile: Profile.parse({ basics: { summary: 'Experience deploying models and data visualisation for clinicians.' } }) });
    const result = analyze({ evidence, keywordSet: medicalAi, lexicon, jobText: 'Requirements\n- Model deployment on AWS\n- Data visualization with Tableau' });
    expect(result.wording).toEqual(expect.arrayContaining([
      expect.objectContaining({ term: 'Model Deployment', useWords: 'Model deployment', yourWords: 'deploying models' }),
      expect.objectContaining({ term: 'Data Visualization', useWords: 'Data visualization', yourWords: 'data visualisation' }),
    ]));
  });
});
