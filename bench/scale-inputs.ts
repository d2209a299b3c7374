// Big inputs for the scaling benchmarks (issue 15), generated at run time and never committed:
// a GitHub snapshot of N repos, a profile of about N bytes, a README of about N bytes.
// Deterministic (seeded), and varied enough that every repo, entry and block differs.
import type { GithubSnapshot, Profile, Repo } from '../src/model/index.js';

/** Deterministic pseudo-random numbers (mulberry32). */
export function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SUBJECTS = ['sepsis', 'readmission', 'stroke', 'diabetes', 'ecg', 'chest-xray', 'icu-mortality', 'drug-interaction', 'triage', 'dermatology',
  'pathology-slides', 'claims', 'vaccination', 'asthma', 'heart-failure', 'oncology', 'radiology-reports', 'lab-results', 'wearables', 'sleep'];
const KINDS = ['eda', 'classifier', 'dashboard', 'pipeline', 'api', 'notebook', 'forecast', 'segmentation', 'nlp', 'survival'];
const SKILLS = ['Python', 'pandas', 'scikit-learn', 'PyTorch', 'SQL', 'XGBoost', 'FastAPI', 'Docker', 'Streamlit', 'TensorFlow', 'FHIR', 'MIMIC-IV',
  'logistic regression', 'random forest', 'SHAP', 'U-Net', 'BERT', 'spaCy', 'PostgreSQL', 'Airflow', 'MLflow', 'Tableau', 'R', 'ggplot2', 'survival analysis'];
const WORDS = ('the model uses patient records from a public dataset to predict outcomes and explain which features matter most to clinicians ' +
  'we clean the data handle missing values split by patient and report calibration alongside discrimination on a held out test set ' +
  'results are summarised in a short report with figures and the code runs end to end from a single command').split(' ');

function pick<T>(rand: () => number, list: readonly T[]): T {
  return list[Math.floor(rand() * list.length)]!;
}

function sentence(rand: () => number, words = 14): string {
  const parts: string[] = [];
  for (let i = 0; i < words; i++) parts.push(rand() < 0.15 ? pick(rand, SKILLS) : pick(rand, WORDS));
  const text = parts.join(' ');
  return `${text[0]!.toUpperCase()}${text.slice(1)}.`;
}

/** A README of a few KB: title, badges, prose, a list, a code block, a table, links. */
function readmeOf(rand: () => number, title: string, owner: string, name: string): string {
  const lines = [`# ${title}`, '', `[![tests](https://github.com/${owner}/${name}/actions/workflows/ci.yml/badge.svg)](https://github.com/${owner}/${name}/actions)`, ''];
  for (let p = 0; p < 3; p++) lines.push(sentence(rand, 20), sentence(rand, 16), '');
  lines.push('## Results', '', '| metric | value |', '|---|---|', `| AUROC | 0.${70 + Math.floor(rand() * 25)} |`, `| recall | 0.${60 + Math.floor(rand() * 30)} |`, '');
  lines.push('## How to run', '', '```bash', 'pip install -r requirements.txt', `python -m ${name.replace(/-/g, '_')} --data data/`, '```', '');
  lines.push('## What I learned', '');
  for (let i = 0; i < 5; i++) lines.push(`- ${sentence(rand, 10)}`);
  lines.push('', `See the [notebook](notebooks/analysis.ipynb) and the [data card](https://physionet.org/content/${name}/).`, '');
  return lines.join('\n');
}

/** A synced snapshot of `count` repos, each with its own name, description, topics, languages and README. */
export function bigSnapshot(count: number, seed = 15): GithubSnapshot {
  const rand = seeded(seed);
  const owner = 'many-repos-learner';
  const repos: Repo[] = Array.from({ length: count }, (_, i) => {
    const subject = pick(rand, SUBJECTS);
    const kind = pick(rand, KINDS);
    const name = `${subject}-${kind}-${i + 1}`;
    const skills = [pick(rand, SKILLS), pick(rand, SKILLS), pick(rand, SKILLS)];
    const day = String((i % 28) + 1).padStart(2, '0');
    const python = 5_000 + Math.floor(rand() * 90_000);
    return {
      name, fullName: `${owner}/${name}`, url: `https://github.com/${owner}/${name}`,
      description: `${subject.replace(/-/g, ' ')} ${kind} with ${skills.join(', ')}`,
      topics: [subject, kind, ...skills.map((skill) => skill.toLowerCase().replace(/[^a-z0-9]+/g, '-'))],
      primaryLanguage: 'Python',
      languages: [{ name: 'Python', bytes: python }, { name: 'Jupyter Notebook', bytes: Math.floor(python / 3) }],
      stars: Math.floor(rand() * 40), forks: Math.floor(rand() * 6), homepage: i % 7 === 0 ? `https://${owner}.github.io/${name}/` : null,
      createdAt: `202${4 + (i % 2)}-0${(i % 9) + 1}-${day}T10:00:00Z`, pushedAt: `2025-10-${day}T12:00:00Z`,
      archived: false, fork: i % 11 === 0, private: false, license: i % 3 ? 'MIT' : null,
      readme: i % 13 === 0 ? null : { path: 'README.md', text: readmeOf(rand, `${subject} ${kind}`, owner, name), truncated: false },
    };
  });
  return { version: 1, user: owner, fetchedAt: '2026-03-01T00:00:00.000Z', apiUrl: 'https://api.github.com', repos };
}

/** A README of about `bytes` bytes: sections of prose, long lists, tables and code, or one single block. */
export function bigReadme(bytes: number, shape: 'mixed' | 'one-paragraph' | 'short-lines' = 'mixed', seed = 16): string {
  const rand = seeded(seed);
  const parts: string[] = ['# A very long README', ''];
  let size = 0;
  const push = (line: string) => { parts.push(line); size += line.length + 1; };
  if (shape === 'one-paragraph') {
    while (size < bytes) push(sentence(rand, 30));
    return parts.join(' ');
  }
  if (shape === 'short-lines') {
    while (size < bytes) push(`- ${pick(rand, SKILLS)}`);
    return parts.join('\n');
  }
  let section = 0;
  while (size < bytes) {
    push(`## Section ${++section}`);
    push('');
    push(sentence(rand, 40));
    push('');
    for (let i = 0; i < 8; i++) push(`- ${sentence(rand, 8)}`);
    push('');
    push('```python');
    for (let i = 0; i < 6; i++) push(`x_${i} = model.fit(train_${i})  # ${pick(rand, WORDS)}`);
    push('```');
    push('');
    push('| a | b |');
    push('|---|---|');
    for (let i = 0; i < 4; i++) push(`| ${pick(rand, SKILLS)} | ${Math.floor(rand() * 100)} |`);
    push('');
  }
  return parts.join('\n');
}

/** A profile whose text is about `bytes` bytes: a long summary and many work entries with highlights. */
export function bigProfile(bytes: number, seed = 17): Profile {
  const rand = seeded(seed);
  const summaryParts: string[] = [];
  let size = 0;
  while (size < bytes / 2) {
    const s = sentence(rand, 25);
    summaryParts.push(s);
    size += s.length + 1;
  }
  const work: NonNullable<Profile['work']> = [];
  while (size < bytes) {
    const highlights = Array.from({ length: 4 }, () => sentence(rand, 16));
    size += highlights.reduce((total, line) => total + line.length, 0);
    const year = 1990 + (work.length % 30);
    work.push({ name: `Hospital ${work.length + 1}`, position: 'Staff Nurse', startDate: `${year}-01`, endDate: `${year}-12`, highlights });
  }
  return {
    basics: { name: 'Test Scale', label: 'Nurse moving to data work', email: 'scale@example.com', summary: summaryParts.join(' ') },
    work,
  };
}
