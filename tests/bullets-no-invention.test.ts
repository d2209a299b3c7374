import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { generateBullets, type BulletResult } from '../src/bullets/generate-bullets.js';
import { lintEntry } from '../src/bullets/bullet-lint.js';
import { mentionedTerms } from '../src/bullets/keyword-mentions.js';
import { keywordsByEvidence, evidenceText } from '../src/bullets/evidence-facts.js';
import { repoEvidence } from '../src/evidence/from-github.js';
import type { Evidence, Repo } from '../src/model/index.js';
import { coverage, coverageOf, evidence, keywordSet, phraseBook, repos, roadmapItems } from './fixtures/build-inputs.js';

/** Every way a bullet could invent: a keyword its evidence lacks, a number its evidence lacks. */
function inventions(result: BulletResult, records: readonly Evidence[], stars: ReadonlyMap<string, number>): string[] {
  const byId = new Map(records.map((record) => [record.id, record]));
  const covered = keywordsByEvidence(coverageOf(records));
  const problems: string[] = [];
  for (const bullet of result.projects.flatMap((entry) => entry.bullets)) {
    const record = byId.get(bullet.evidenceId);
    if (!record) { problems.push(`unknown evidence ${bullet.evidenceId}`); continue; }
    const source = `${evidenceText(record)}\n${stars.get(record.id) ?? ''}`;
    for (const term of mentionedTerms(bullet.draft, keywordSet)) {
      if (!covered.get(record.id)?.has(term)) problems.push(`${bullet.evidenceId}: "${term}" in "${bullet.draft}"`);
    }
    for (const number of bullet.draft.match(/\d+(?:[.,]\d+)*/g) ?? []) {
      if (!source.includes(number)) problems.push(`${bullet.evidenceId}: number ${number} in "${bullet.draft}"`);
    }
  }
  return problems;
}

const WORDS = ['sepsis', 'readmission', 'ecg', 'retina', 'tumor', 'triage', 'ward', 'notes', 'icu', 'lab', 'risk', 'fhir', 'dashboard', 'pipeline', 'model', 'app'];
const SENTENCES = [
  'Built with Python and pandas.', 'Uses scikit-learn and XGBoost.', 'A PyTorch CNN for chest X-rays.', 'Explains predictions with SHAP.',
  'Reads FHIR bundles from a test server.', 'Deployed on Streamlit Community Cloud.', 'Runs in Docker.', 'AUC 0.87 on the test split.',
  'Reached 91% accuracy on 2,400 images.', 'Data cleaning of 15,000 admissions.', 'Statistical analysis with R and ggplot2.', 'Dice score = 0.78.',
  'Machine learning on electronic health records (EHR).', 'No metrics yet.', 'Feature engineering in SQL.', 'See the notebook 3 for details.',
];

const repoArbitrary = fc.record({
  words: fc.uniqueArray(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 3 }),
  description: fc.option(fc.subarray(SENTENCES, { minLength: 1, maxLength: 2 }).map((parts) => parts.join(' ').replace(/\.$/, '')), { nil: null }),
  readme: fc.option(fc.subarray(SENTENCES, { minLength: 1, maxLength: 6 }), { nil: null }),
  topics: fc.subarray(['machine-learning', 'deep-learning', 'python', 'fhir', 'docker', 'ehr', 'healthcare']),
  stars: fc.nat({ max: 60 }),
  homepage: fc.option(fc.constantFrom('https://x.streamlit.app', 'https://example.org/demo'), { nil: null }),
});

type RepoSpec = typeof repoArbitrary extends fc.Arbitrary<infer T> ? T : never;

function toRepo(spec: RepoSpec, index: number): Repo {
  const name = `${spec.words.join('-')}-${index}`;
  return {
    name, fullName: `someone/${name}`, url: `https://github.com/someone/${name}`, description: spec.description, topics: spec.topics,
    primaryLanguage: 'Python', languages: [{ name: 'Python', bytes: 1000 }], stars: spec.stars, forks: 0, homepage: spec.homepage,
    createdAt: '2026-01-01T00:00:00Z', pushedAt: null, archived: false, fork: false, private: false, license: null,
    readme: spec.readme ? { path: 'README.md', text: `# ${name}\n\n${spec.readme.join('\n\n')}`, truncated: false } : null,
  };
}

describe('bullets never invent', () => {
  it('name only tools and numbers their own evidence shows, on the example', () => {
    const result = generateBullets({ evidence, coverage, keywordSet, phraseBook, roadmapItems, repos });
    expect(result.projects.flatMap((entry) => entry.bullets).length).toBeGreaterThanOrEqual(5);
    expect(inventions(result, evidence, new Map(repos.map((repo) => [`repo:${repo.fullName}`, repo.stars])))).toEqual([]);
  });

  it('name only tools and numbers their own evidence shows, on any mix of repos', () => {
    fc.assert(fc.property(fc.array(repoArbitrary, { minLength: 1, maxLength: 5 }), (specs) => {
      const generated = specs.map(toRepo);
      const records = generated.map(repoEvidence);
      const width = { fontSize: 10, lineWidth: 506 };
      const result = generateBullets({ evidence: records, coverage: coverageOf(records), keywordSet, phraseBook, repos: generated, width });
      expect(inventions(result, records, new Map(generated.map((repo) => [`repo:${repo.fullName}`, repo.stars])))).toEqual([]);
      // Every bullet of every generated input passes the lint, and nothing else ever prints.
      for (const entry of result.projects) expect(lintEntry(entry.bullets.map((bullet) => bullet.text), { keywordSet, width })).toEqual([]);
      for (const entry of result.projects) {
        const verbs = entry.bullets.map((bullet) => bullet.verb);
        expect(new Set(verbs).size).toBe(verbs.length);
      }
      for (const bullet of result.projects.flatMap((entry) => entry.bullets)) {
        expect(bullet.text).not.toMatch(/\[[^\]]*\]/);
        expect(bullet.text).toMatch(/^[A-Z][a-z-]+ .*\.$/);
      }
    }), { numRuns: 200, seed: 20261123 });
  });

  it('marks a missing result for the user instead of making one up', () => {
    const result = generateBullets({ evidence, coverage, keywordSet, phraseBook, roadmapItems, repos });
    const pneumonia = result.projects.find((entry) => entry.evidenceId === 'repo:amira-haddad-md/chest-xray-pneumonia');
    expect(pneumonia?.bullets[0]?.draft).toMatch(/, \[add result\]\.$/);
    expect(pneumonia?.bullets[0]?.text).toBe('Developed a convolutional neural network (CNN) in PyTorch trained on 5,856 chest X-rays (Kermany et al.).');
    const sepsis = result.projects.find((entry) => entry.name === 'Sepsis Early Warning');
    // The metric carries the evaluation the README gives it.
    expect(sepsis?.bullets[0]?.text).toContain('reaching AUC 0.91 on the held-out test set');
    expect(sepsis?.bullets.map((bullet) => bullet.text)).toContain('Performed data cleaning of electronic health record vitals with pandas (forward fill, outlier clipping).');
    expect(result.placeholders.map((place) => place.evidenceId)).toEqual(expect.arrayContaining(['repo:amira-haddad-md/chest-xray-pneumonia']));
  });
});
