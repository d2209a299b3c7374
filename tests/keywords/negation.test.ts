import { describe, expect, it } from 'vitest';
import { analyze, hitsInEvidence } from '../../src/keywords/index.js';
import { unclaimedRanges } from '../../src/keywords/negation.js';
import type { Evidence } from '../../src/model/index.js';
import { dataScience, lexicon, medicalAi } from './fixtures.js';

function repo(name: string, readme: string): Evidence {
  return { id: `repo:me/${name}`, kind: 'repo', title: name, fields: [{ name: 'readme', text: readme }], links: [], source: { type: 'github', ref: `https://github.com/me/${name}` } };
}

const termsIn = (readme: string) => [...hitsInEvidence([repo('x', readme)], lexicon).keys()].sort();

describe('negated or merely planned mentions are not evidence', () => {
  it('a README sentence that says the project does not use SQL or Docker counts neither', () => {
    expect(termsIn('This project does not use SQL or Docker.')).toEqual([]);
  });

  it('a negated clause does not spill over: "We did not use a GPU; trained with PyTorch on CPU" still counts PyTorch', () => {
    expect(termsIn('We did not use a GPU; trained with PyTorch on CPU.')).toContain('PyTorch');
    expect(termsIn('We did not use a GPU, but trained the model with PyTorch.')).toContain('PyTorch');
  });

  // Each cue beside the same sentence without it: the cue alone makes the difference.
  const pairs: [string, string, string][] = [
    ['TODO: add machine learning later', 'Added machine learning', 'Machine Learning'],
    ['Future work: deploy with Docker', 'Deployed with Docker', 'Docker'],
    ['I plan to learn Kubernetes next.', 'I deployed it on Kubernetes.', 'Kubernetes'],
    ['Next: a Tableau dashboard', 'A Tableau dashboard', 'Tableau'],
    ["We'll add Docker support someday.", 'We added Docker support.', 'Docker'],
    ['Docker support is coming soon.', 'Docker support is here.', 'Docker'],
    ['SQL export will be added in v2.', 'SQL export was added in v2.', 'SQL'],
    ['Helps teachers grade. Nothing here uses Python.', 'Helps teachers grade. Everything here uses Python.', 'Python'],
    ['Runs without Docker.', 'Runs with Docker.', 'Docker'],
    ['No SQL database needed.', 'A SQL database is needed.', 'SQL'],
    ["Pandas isn't required.", 'Pandas is required.', 'Pandas'],
    ['I have never used Apache Spark here.', 'I have used Apache Spark here.', 'Spark'],
    ['I want to try PyTorch.', 'I tried PyTorch.', 'PyTorch'],
    ['Would like to add a Streamlit front end.', 'Has a Streamlit front end.', 'Streamlit'],
    ['Not yet on AWS.', 'Runs on AWS.', 'AWS'],
  ];
  it.each(pairs)('"%s" is not evidence, "%s" is', (negated, affirmative, term) => {
    expect(termsIn(affirmative)).toContain(term);
    expect(termsIn(negated)).not.toContain(term);
  });

  it('affirmative sentences around a negated one still count, and "not only" is not a negation', () => {
    const readme = 'Cleaned 3 years of attendance exports with pandas. This project does not use SQL or Docker; TODO: add machine learning later.\n\nI plan to learn Kubernetes next.';
    expect(termsIn(readme)).toEqual(['Pandas']);
    expect(termsIn('Uses not only Python but also SQL.')).toEqual(['Python', 'SQL']);
    expect(termsIn('Running make will build the Docker image.')).toContain('Docker');
    expect(termsIn('If you want to run it locally, use Docker.')).toContain('Docker');
    expect(termsIn('This project does not\nuse Docker or SQL.')).toEqual([]);
    expect(termsIn('## Not included\n\nDocker images are built in CI.')).toContain('Docker');
    expect(termsIn('Planned and ran the SQL migration.')).toContain('SQL');
    expect(termsIn('Planned features: Docker image.')).not.toContain('Docker');
    expect(termsIn("I'm going to add Docker.")).not.toContain('Docker');
    expect(termsIn('Built with Node.js and Python 3.11. See No. 5 of the docs.')).toContain('Python');
  });

  it('analyze: a repo that only negates or plans skills covers none of them (the QA README)', () => {
    const evidence = [
      repo('school-attendance-dashboard', '# School Attendance Dashboard\n\nCleaned 3 years of attendance exports with pandas. This project does not use SQL or Docker; TODO: add machine learning later.\n\nI plan to learn Kubernetes next.'),
      repo('excel-macros', '# excel-macros\nHelps teachers excel at grading. Nothing here uses R.'),
    ];
    for (const set of [medicalAi, dataScience]) {
      const coverage = analyze({ evidence, keywordSet: set, lexicon, jobText: 'Requirements\n- SQL, Docker, Kubernetes, R, machine learning' });
      const covered = [...coverage.mustHave.covered, ...coverage.goodToHave.covered].map((keyword) => keyword.term);
      for (const term of ['SQL', 'Docker', 'Machine Learning', 'Kubernetes', 'R']) expect(covered).not.toContain(term);
      expect(coverage.jd!.keywords.filter((keyword) => keyword.covered).map((keyword) => keyword.term)).toEqual([]);
    }
  });

  it('is linear: a 200 KB README is judged in a few milliseconds', () => {
    const text = 'We did not use SQL; we used pandas. '.repeat(6000);
    const started = performance.now();
    const ranges = unclaimedRanges(text);
    expect(ranges.length).toBe(6000);
    expect(performance.now() - started).toBeLessThan(200);
  });
});
