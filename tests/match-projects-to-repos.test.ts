import { readFileSync } from 'node:fs';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseRoadmap } from '../src/roadmap/index.js';
import { ProjectRepoLinks } from '../src/model/index.js';
import { repoRoot, runCli } from './helpers/run-cli.js';
import { readSeed } from './helpers/seeds.js';
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
  item('Project: 3D Tumor Segmentation', 63),
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
    expect(result.unmatchedProjects).toEqual([{ title: 'Project: 3D Tumor Segmentation', line: 63 }, { title: 'Capstone: End-to-End Pipeline', line: 78 }]);
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
    const linked = item('Project: 3D Tumor Segmentation', 63, { links: [{ text: 'code', url: 'https://github.com/amira-haddad-md/ecg-arrhythmia-notes/tree/main' }] });
    const result = matchProjectsToRepos([linked], repos);
    expect(result.links).toEqual([{ project: linked.title, line: 63, repo: 'amira-haddad-md/ecg-arrhythmia-notes', how: 'roadmap-link', score: 1 }]);
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

describe('the seed roadmap against the example account', () => {
  it('ties the roadmap\'s Clinical Calculator project to its repo and lists the other two projects', () => {
    const roadmap = parseRoadmap(readSeed('000_54948e29048d2862.txt'));
    const result = matchProjectsToRepos(roadmap.items, repos);
    expect(result.links).toEqual([{ project: 'Project: The Clinical Calculator', line: 20, repo: 'amira-haddad-md/clinical-calculator', how: 'name', score: 1 }]);
    expect(result.unmatchedProjects.map((project) => project.title)).toEqual(['Project: 3D Tumor Segmentation', 'Capstone: End-to-End Pipeline']);
  });
});

describe('roadfolio github links', () => {
  it('prints what is tied and what is left, and follows the profile\'s manual links', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'roadfolio-links-'));
    const profile = JSON.parse(readFileSync(`${repoRoot}examples/profile.json`, 'utf8')) as { meta: { roadfolio: { links: Record<string, string> } } };
    profile.meta.roadfolio.links = { 'VS Code & Kaggle Setup': 'amira-haddad-md/vscode-kaggle-setup', 'Project: Gone': 'x/y' };
    await writeFile(join(dir, 'profile.json'), JSON.stringify(profile));
    const result = await runCli(['github', 'links', '--profile', join(dir, 'profile.json')]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('roadmap.md:14  VS Code & Kaggle Setup  →  amira-haddad-md/vscode-kaggle-setup  (linked in the profile)');
    expect(result.stdout).toContain('roadmap.md:20  Project: The Clinical Calculator  →  amira-haddad-md/clinical-calculator  (names alike, 1.00)');
    expect(result.stdout).toContain('Projects without a repo:\n  roadmap.md:63  Project: 3D Tumor Segmentation\n  roadmap.md:78  Capstone: End-to-End Pipeline');
    expect(result.stdout).toContain('meta.roadfolio.links["Project: Gone"]: no roadmap item has this title');
    const json = ProjectRepoLinks.parse(JSON.parse((await runCli(['github', 'links', '--json'])).stdout));
    expect(json.unmatchedRepos).toHaveLength(7);
  });
});
