import { describe, expect, it } from 'vitest';
import { generateBullets } from '../src/bullets/generate-bullets.js';
import { findDatasetSize } from '../src/bullets/numbers.js';
import { keywordSet, phraseBook } from './fixtures/build-inputs.js';
import type { Coverage, Evidence } from '../src/model/index.js';

const repo = (name: string, description: string, readme: string): Evidence => ({
  id: `repo:sam-ortiz/${name}`, kind: 'repo', title: name, source: { type: 'github', ref: `sam-ortiz/${name}` },
  fields: [{ name: 'description', text: description }, ...(readme ? [{ name: 'readme', text: readme }] : [])],
  links: [{ text: name, url: `https://github.com/sam-ortiz/${name}` }],
} as Evidence);
const project = (line: number, title: string): Evidence => ({
  id: `roadmap:${line}`, kind: 'project', title, source: { type: 'roadmap', ref: 'roadmap.md', line }, fields: [], links: [],
} as Evidence);

const EMPTY: Coverage = { keywordSet: keywordSet.name, score: 0, mustHave: { score: 0, covered: [], missing: [] }, goodToHave: { score: 0, covered: [], missing: [] }, suggestions: [], weights: keywordSet.weights, uncoveredMustHaves: [] } as unknown as Coverage;

describe('bullets read like a person wrote them', () => {
  const evidence = [
    repo('triage-api', 'Triage score served over HTTP', '# triage-api\nA small service.'),
    repo('stroke-eda', 'Exploratory look at stroke data', '# stroke-eda\nPlots.'),
    repo('vscode-kaggle-setup', 'Editor settings', '# setup\nSettings.'),
    repo('ecg-arrhythmia-notes', 'Cleaning ECG signals', '# notes\nNotes.'),
    repo('pima-diabetes-cleaning', 'Finding and imputing zeros that mean missing', '# pima\nCleaning.'),
    repo('dotfiles', 'my shell config', ''),
    project(12, 'Project: Clinic Wait Times — Tableau, 3 years of data'),
    project(13, 'Project: Survey Analysis in pandas (AUC 0.83)'),
  ];
  const result = generateBullets({ evidence, coverage: EMPTY, keywordSet, phraseBook });
  const names = result.projects.map((entry) => entry.name);
  const text = result.projects.flatMap((entry) => entry.bullets.map((bullet) => bullet.draft));

  it('keeps acronyms and known spellings in repo names', () => {
    expect(names).toEqual(expect.arrayContaining(['Triage API', 'Stroke EDA', 'VS Code Kaggle Setup', 'ECG Arrhythmia Notes']));
  });

  it('uses a roadmap project\'s clean title, its note and metric once', () => {
    expect(names).toEqual(expect.arrayContaining(['Clinic Wait Times', 'Survey Analysis in pandas']));
    const survey = text.filter((line) => line.includes('Survey Analysis'));
    expect(survey.join(' ').match(/AUC 0\.83/g)).toHaveLength(1);
    expect(text.join(' ')).not.toMatch(/—/);
  });

  it('never repeats its verb, and says a gerund description belongs to a project', () => {
    for (const line of text) {
      const verb = line.split(' ')[0] ?? '';
      expect(line.slice(verb.length).toLowerCase()).not.toMatch(new RegExp(`\\b${verb.toLowerCase()}\\b`));
    }
    expect(text.find((line) => line.includes('Pima'))).toMatch(/^\w+ the Pima Diabetes Cleaning project, finding and imputing/);
  });

  it('leaves a repo with no README and no keyword out, and says so', () => {
    expect(names).not.toContain('Dotfiles');
    expect(result.leftOut.map((entry) => entry.evidenceId)).toEqual(['repo:sam-ortiz/dotfiles']);
  });

  it('reads a span of data in a roadmap note as a dataset size', () => {
    expect(findDatasetSize('Tableau, 3 years of data')).toBe('3 years of data');
    expect(findDatasetSize('used 18 months of attendance records')).toBe('18 months of attendance records');
    expect(findDatasetSize('3 images')).toBeUndefined();
  });
});
