import { describe, expect, it } from 'vitest';
import { findDatasetSize, generateBullets, THIN_EVIDENCE_QUESTION } from '../src/bullets/index.js';
import { toAction } from '../src/bullets/to-action.js';
import { coverageOf, keywordSet, phraseBook } from './fixtures/build-inputs.js';
import type { Evidence } from '../src/model/index.js';

const repo = (name: string, description: string, readme: string): Evidence => ({
  id: `repo:sam-ortiz/${name}`, kind: 'repo', title: name, source: { type: 'github', ref: `sam-ortiz/${name}` },
  fields: [{ name: 'description', text: description }, ...(readme ? [{ name: 'readme', text: readme }] : [])],
  links: [{ text: name, url: `https://github.com/sam-ortiz/${name}` }],
} as Evidence);
const project = (line: number, title: string, note?: string): Evidence => ({
  id: `roadmap:${line}`, kind: 'project', title, source: { type: 'roadmap', ref: `roadmap.md:${line}` },
  fields: note ? [{ name: 'note', text: note }] : [], links: [],
} as Evidence);

describe('bullets say what the evidence says was done, in the past tense', () => {
  const evidence = [
    repo('triage-api', 'Triage score served over HTTP', 'triage-api\n\nA small service that scores triage urgency from vital signs.'),
    repo('stroke-eda', 'Exploratory look at stroke data', 'stroke-eda\n\nPlots.'),
    repo('vscode-kaggle-setup', 'Editor settings and environment setup', 'setup\n\nSettings.'),
    repo('ecg-arrhythmia-notes', '', ''),
    repo('pima-diabetes-cleaning', 'Finding and imputing zeros that mean missing', 'Pima\n\nCleaning.'),
    repo('dotfiles', 'my shell config', ''),
    project(12, 'Project: Clinic Wait Times', 'Tableau, 3 years of data'),
    project(13, 'Project: Survey Analysis in pandas (AUC 0.83)'),
    project(14, 'Project: Readmission risk model', 'XGBoost on 8,000 admissions'),
  ];
  const result = generateBullets({ evidence, coverage: coverageOf(evidence), keywordSet, phraseBook });
  const byId = (id: string) => result.projects.find((entry) => entry.evidenceId === id);
  const first = (id: string) => byId(id)?.bullets[0]?.text;

  it('turns the README\'s own statement into a past-tense bullet, never the repo\'s name as its object', () => {
    expect(first('repo:sam-ortiz/triage-api')).toBe('Built a small service that scores triage urgency from vital signs.');
    expect(first('repo:sam-ortiz/pima-diabetes-cleaning')).toBe('Found and imputed zeros that mean missing.');
    expect(byId('repo:sam-ortiz/triage-api')?.name).toBe('Triage API');
  });

  it('asks what was done when the evidence is too thin, instead of printing an empty bullet', () => {
    const asked = result.placeholders.filter((place) => place.question === THIN_EVIDENCE_QUESTION).map((place) => place.evidenceId);
    // A title with a note is a statement; a bare label, a one-word README or nothing at all is not.
    // A project's name with a tool and a span is not yet a statement of what was built.
    expect(asked).toEqual(expect.arrayContaining(['repo:sam-ortiz/ecg-arrhythmia-notes', 'repo:sam-ortiz/stroke-eda', 'roadmap:12', 'roadmap:13']));
    expect(result.projects.map((entry) => entry.evidenceId)).not.toContain('repo:sam-ortiz/ecg-arrhythmia-notes');
  });

  it('leaves set-up out of Projects and says why', () => {
    expect(result.leftOut.map((entry) => entry.evidenceId)).toEqual(['repo:sam-ortiz/vscode-kaggle-setup', 'repo:sam-ortiz/dotfiles']);
    expect(result.leftOut.every((entry) => entry.reason.startsWith('set-up'))).toBe(true);
  });

  it('reads a roadmap note for the tool and the data set\'s size', () => {
    expect(first('roadmap:14')).toBe('Trained a readmission risk model with XGBoost on 8,000 admissions.');
    expect(byId('roadmap:14')?.name).toBe('Readmission risk model');
  });

  it('knows the shapes of a statement', () => {
    expect(toAction('Fits a logistic regression with scikit-learn on a stratified 80/20 split.')).toBe('Fitted a logistic regression with scikit-learn on a stratified 80/20 split');
    expect(toAction('Every formula is checked against worked examples from the original papers.')).toBe('Checked every formula against worked examples from the original papers');
    expect(toAction('42 unit tests cover every subscale boundary; CI runs them on each push.')).toBe('Covered every subscale boundary with 42 unit tests');
    expect(toAction('SQL queries I wrote while learning SQL on the MIMIC-IV Clinical Database Demo (100 patients), loaded into DuckDB.'))
      .toBe('Wrote SQL queries on the MIMIC-IV Clinical Database Demo (100 patients), loaded into DuckDB');
    expect(toAction('I cleaned the table in pandas, then trained an XGBoost classifier.')).toBe('Cleaned the table in pandas, then trained an XGBoost classifier');
    expect(toAction('Wrote a package that reads a CSV and recomputes each total.')).toBe('Wrote a package that reads a CSV and recomputes each total');
    expect(toAction('No patient data is used or stored.')).toBeUndefined();
    expect(toAction('Scores of patients per ward.')).toBeUndefined();
  });

  it('reads a span of data in a roadmap note as a dataset size', () => {
    expect(findDatasetSize('Tableau, 3 years of data')).toBe('3 years of data');
    expect(findDatasetSize('used 18 months of attendance records')).toBe('18 months of attendance records');
    expect(findDatasetSize('3 images')).toBeUndefined();
  });
});
