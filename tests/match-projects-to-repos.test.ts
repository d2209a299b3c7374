import { describe, expect, it } from 'vitest';
import { matchProjectsToRepos, NAME_MATCH_THRESHOLD, nameSimilarity, normaliseName } from '../src/evidence/match-projects-to-repos.js';
import type { Repo, RoadmapItem } from '../src/model/index.js';
import { exampleSnapshot } from './github-server/example.js';

const repos = exampleSnapshot().repos;

const item = (title: string, line: number, extra: Partial<RoadmapItem> = {}): RoadmapItem => ({
  title, line, kind: 'project', status: 'not_started', phase: 'Phase 1', links: [], ...extra,
});

/** The projects of the seed roadmap, as the roadmap parser gives them. */
const seedProjects = [
  item('Project: The Clinical Calculator', 20, { status: 'in_progress', links: [{ text: 'Kaggle Notebooks', url: 'https://www.kaggle.com/' }] }),
  item('Project: 3D Tumor Segmentation', 62),
  item('Capstone: End-to-End Pipeline', 78),
];
const courses = [
  item('Data Cleaning', 17, { kind: 'course' }),
  item('VS Code & Kaggle Setup', 14, { kind: 'course', status: 'done' }),
];

describe('roadmap projects and repos', () => {
  it('links "Project: The Clinical Calculator" to clinical-calculator by name, and lists the rest', () => {
    const result = matchProjectsToRepos([...courses, ...seedProjects], repos);
    expect(result.links).toEqual([{ project: 'Project: The Clinical Calculator', line: 20, repo: 'amira-haddad-md/clinical-calculator', how: 'name', score: 1 }]);
    expect(result.unmatchedProjects).toEqual([{ title: 'Project: 3D Tumor Segmentation', line: 62 }, { title: 'Capstone: End-to-End Pipeline', line: 78 }]);
    expect(result.unmatchedRepos).toHaveLength(repos.length - 1);
    expect(result.unmatchedRepos).not.toContain('amira-haddad-md/clinical-calculator');
    expect(result.problems).toEqual([]);
  });

  it('never matches courses by name, only projects', () => {
    const result = matchProjectsToRepos(courses, repos);
    expect(result.links).toEqual([]);
    expect(result.unmatchedProjects).toEqual([]);
  });

  it('follows a repo link written in the roadmap row before any name match', () => {
    const linked = item('Project: 3D Tumor Segmentation', 62, { links: [{ text: 'code', url: 'https://github.com/amira-haddad-md/ecg-arrhythmia-notes/tree/main' }] });
    const result = matchProjectsToRepos([linked], repos);
    expect(result.links).toEqual([{ project: linked.title, line: 62, repo: 'amira-haddad-md/ecg-arrhythmia-notes', how: 'roadmap-link', score: 1 }]);
  });

  it('takes the manual links of the profile first, for any roadmap item, and reports broken ones', () => {
    const result = matchProjectsToRepos([...courses, ...seedProjects], repos, {
      'VS Code & Kaggle Setup': 'amira-haddad-md/vscode-kaggle-setup',
      'Project: The Clinical Calculator': 'kaggle-python-exercises',
      'Capstone: End-to-End Pipeline': 'someone-else/pipeline',
      'Project: Nowhere': 'clinical-calculator',
    });
    expect(result.links.map((entry) => [entry.project, entry.repo, entry.how])).toEqual([
      ['VS Code & Kaggle Setup', 'amira-haddad-md/vscode-kaggle-setup', 'manual'],
      ['Project: The Clinical Calculator', 'amira-haddad-md/kaggle-python-exercises', 'manual'],
    ]);
    expect(result.problems).toEqual([
      'meta.roadfolio.links["Capstone: End-to-End Pipeline"]: no repo "someone-else/pipeline" in the GitHub snapshot',
      'meta.roadfolio.links["Project: Nowhere"]: no roadmap item has this title',
    ]);
  });

  it('gives each repo to one project only, the closer name winning', () => {
    const repo = (name: string): Repo => ({ ...repos[0]!, name, fullName: `u/${name}`, url: `https://github.com/u/${name}` });
    const result = matchProjectsToRepos(
      [item('Project: Tumor Segmentation', 5), item('Project: 3D Tumor Segmentation', 9)],
      [repo('tumor-segmentation-3d')],
    );
    expect(result.links.map((entry) => entry.project)).toEqual(['Project: 3D Tumor Segmentation']);
    expect(result.unmatchedProjects.map((entry) => entry.title)).toEqual(['Project: Tumor Segmentation']);
  });
});

describe('name similarity threshold', () => {
  it('normalises titles and repo names alike', () => {
    expect(normaliseName('Project: The Clinical Calculator')).toBe('clinical calculator');
    expect(normaliseName('ClinicalCalculator_v2')).toBe('clinical calculator v2');
    expect(normaliseName('Capstone: End-to-End Pipeline')).toBe('end end pipeline');
  });

  it.each([
    ['Project: The Clinical Calculator', 'clinical-calculator'],
    ['Project: The Clinical Calculator', 'clinical-calculater'],
    ['Project: The Clinical Calculator', 'ClinicalCalculator'],
    ['Project: 3D Tumor Segmentation', 'brats-3d-tumor-segmentation'],
    ['Project: 3D Tumor Segmentation', 'tumor-segmentation-3d'],
    ['Capstone: End-to-End Pipeline', 'end-to-end-ml-pipeline'],
  ])('"%s" matches %s', (title, name) => {
    expect(nameSimilarity(title, name)).toBeGreaterThanOrEqual(NAME_MATCH_THRESHOLD);
  });

  it.each([
    ['Project: The Clinical Calculator', 'clinical-notes-nlp'],
    ['Data Cleaning', 'pima-diabetes-cleaning'],
    ['Data Cleaning', 'data-visualization'],
    ['Capstone: End-to-End Pipeline', 'ecg-pipeline-notes'],
    ['Project: 3D Tumor Segmentation', 'heart-disease-eda'],
    ['Project: Chest X-ray Classifier', 'clinical-calculator'],
  ])('"%s" does not match %s', (title, name) => {
    expect(nameSimilarity(title, name)).toBeLessThan(NAME_MATCH_THRESHOLD);
  });
});
