import { describe, expect, it } from 'vitest';
import { repoEvidence } from '../src/evidence/from-github.js';
import { readmeChecklist, readmeToPlainText, readmeToTerminal } from '../src/readme/index.js';
import { markdownChunks } from '../src/readme/terminal.js';
import { exampleSnapshot } from './github-server/example.js';

const snapshot = exampleSnapshot();
const readmeOf = (name: string): string => snapshot.repos.find((repo) => repo.name === name)!.readme!.text;

/** A README in the style people write once they have read the portfolio tips. */
const THOROUGH = `<h1 align="center">Sepsis Early Warning</h1>

[![CI](https://github.com/someone/sepsis-ews/actions/workflows/ci.yml/badge.svg)](https://github.com/someone/sepsis-ews/actions)
[![License: MIT](https://img.shields.io/badge/License-MIT-yellow.svg)](LICENSE)

Predicts the onset of sepsis in ICU patients six hours ahead from routine vital signs and labs.

![ROC curve of the gradient boosting model](docs/roc.png)

## Dataset

The [PhysioNet/Computing in Cardiology Challenge 2019](https://physionet.org/content/challenge-2019/1.0.0/) data: 40,336 ICU stays.

## Installation

\`\`\`bash
git clone https://github.com/someone/sepsis-ews.git
pip install -r requirements.txt
\`\`\`

## Usage

\`\`\`bash
python train.py --config configs/xgb.yaml
\`\`\`

## Results

| Model | AUROC |
| --- | --- |
| Logistic regression | 0.74 |
| XGBoost | 0.81 |

## Tests

\`\`\`bash
pytest -q
\`\`\`

## Ethics

The challenge data is de-identified; no PHI is stored in this repository.

## License

MIT
`;

describe('README as plain text (keyword evidence)', () => {
  it('keeps the prose and table cells of a real README, drops code, badges and images', () => {
    const text = readmeToPlainText(readmeOf('clinical-calculator'));
    expect(text.startsWith('Clinical Calculator\n\nA small command-line tool that computes bedside clinical scores')).toBe(true);
    expect(text).toContain('eGFR | Inker et al., NEJM 2021 (CKD-EPI creatinine, 2021)');
    expect(text).toContain('No patient data is used or stored');
    for (const gone of ['pip install', 'git clone', 'badge.svg', 'shields.io', 'python -m clinical_calculator', 'pytest', '![', '](']) {
      expect(text).not.toContain(gone);
    }
  });

  it('drops raw HTML (centred figures, headers) and keeps inline code words', () => {
    const text = readmeToPlainText(readmeOf('heart-disease-eda'));
    expect(text).not.toMatch(/<img|<p|align=/);
    expect(text).toContain('recodes the ? placeholders in ca and thal as missing values');
    expect(readmeToPlainText(THOROUGH)).not.toContain('<h1');
  });

  it('a README of only badges and code is no evidence at all', () => {
    expect(readmeToPlainText('[![CI](https://img.shields.io/badge/ci-passing-green)](https://ci)\n\n```python\nimport torch\n```\n')).toBe('');
  });

  it('is what repoEvidence puts in the readme field; a token-less sync still yields a language', () => {
    const repo = snapshot.repos.find((entry) => entry.name === 'clinical-calculator')!;
    const evidence = repoEvidence({ ...repo, languages: [] });
    expect(evidence.fields.find((field) => field.name === 'readme')?.text).toBe(readmeToPlainText(repo.readme!.text));
    expect(evidence.fields.find((field) => field.name === 'languages')?.text).toBe('Python');
    expect(evidence.id).toBe('repo:amira-haddad-md/clinical-calculator');
  });
});

describe('README in the terminal', () => {
  const terminal = readmeToTerminal(THOROUGH, { width: 60 });

  it('underlines headings, indents code, aligns tables, shows link targets', () => {
    expect(terminal).toContain('Installation\n────────────');
    expect(terminal).toContain('    ┌ bash\n    git clone https://github.com/someone/sepsis-ews.git\n    pip install -r requirements.txt');
    expect(terminal).toContain('Model               │ AUROC\n────────────────────┼──────\nLogistic regression │ 0.74\nXGBoost             │ 0.81');
    expect(terminal.replace(/\s+/g, ' ')).toContain('PhysioNet/Computing in Cardiology Challenge 2019 (https://physionet.org/content/challenge-2019/1.0.0/)');
  });

  it('drops images, badges and HTML', () => {
    expect(terminal).not.toMatch(/badge|shields|roc\.png|<h1|!\[/);
  });

  it('wraps prose at the width and keeps lists and task boxes', () => {
    const text = readmeToTerminal('# Plan\n\n- [x] Clean the MIMIC-IV demo tables and write down every decision about missing values\n- [ ] Train a baseline\n\n1. First\n2. Second\n', { width: 40 });
    expect(text).toBe('PLAN\n════\n\n  • [x] Clean the MIMIC-IV demo tables\n        and write down every decision\n        about missing values\n  • [ ] Train a baseline\n\n  1. First\n  2. Second\n');
    for (const line of readmeToTerminal(readmeOf('heart-disease-eda'), { width: 50 }).split('\n')) {
      // Code keeps its lines, and a word longer than the line (a URL) gets a line of its own.
      if (!line.startsWith('    ') && line.includes(' ')) expect(line.length).toBeLessThanOrEqual(50);
    }
  });

  it('uses ANSI bold only when asked', () => {
    expect(terminal).not.toContain('\x1b[');
    expect(readmeToTerminal('## Usage\n', { color: true })).toContain('\x1b[1mUsage\x1b[22m');
  });
});

describe('README checklist', () => {
  const failing = (markdown: string | null, license?: string | null) =>
    readmeChecklist(markdown, { license }).checks.filter((check) => check.status === 'fail').map((check) => check.id);

  it('passes every check on a thorough README', () => {
    const checklist = readmeChecklist(THOROUGH);
    expect(checklist.checks.map((check) => [check.id, check.status])).toEqual([
      ['title', 'pass'], ['setup', 'pass'], ['usage', 'pass'], ['figures', 'pass'], ['tests', 'pass'],
      ['license', 'pass'], ['results', 'pass'], ['data-source', 'pass'], ['ethics', 'pass'],
    ]);
    expect(checklist.score).toBe(100);
    expect(checklist.checks.find((check) => check.id === 'figures')?.reason).toBe('Found 1 image (docs/roc.png)');
    expect(checklist.checks.find((check) => check.id === 'title')?.reason).toBe('Found "Sepsis Early Warning" with a description under it');
  });

  it('grades the example repos the way a reviewer would', () => {
    const table = Object.fromEntries(snapshot.repos.map((repo) => [repo.name, failing(repo.readme?.text ?? null, repo.license)]));
    expect(table).toEqual({
      'clinical-calculator': ['figures', 'results', 'data-source'],
      'ecg-arrhythmia-notes': ['title', 'setup', 'usage', 'figures', 'tests', 'license', 'results', 'data-source'],
      'heart-disease-eda': ['tests'],
      'kaggle-python-exercises': ['setup', 'usage', 'figures', 'tests', 'license', 'results', 'data-source'],
      'mimic-iv-demo-sql': ['figures', 'tests', 'license', 'results'],
      'monai-tutorials': ['figures', 'tests', 'results', 'ethics'],
      'pima-diabetes-cleaning': ['setup', 'figures', 'tests', 'results'],
      'vscode-kaggle-setup': ['usage', 'figures', 'tests', 'license', 'results', 'data-source'],
    });
  });

  it('asks for an ethics note only when the project touches patient data', () => {
    const plain = readmeChecklist('# Dotfiles\n\nMy editor settings for Python work in VS Code.\n');
    expect(plain.checks.find((check) => check.id === 'ethics')?.status).toBe('not-applicable');
    expect(plain.applicable).toBe(8);
    const medical = readmeChecklist('# Readmission model\n\nPredicts 30-day readmission of diabetic patients from hospital records.\n');
    const ethics = medical.checks.find((check) => check.id === 'ethics')!;
    expect(ethics.status).toBe('fail');
    expect(ethics.reason).toContain('de-identification');
  });

  it('says there is no README, or that it is empty, and scores 0', () => {
    const missing = readmeChecklist(null);
    expect(missing.score).toBe(0);
    expect(missing.checks[0]?.reason.startsWith('No README: Start with a `# Project name` heading')).toBe(true);
    expect(readmeChecklist('  \n').checks[0]?.reason.startsWith('The README is empty:')).toBe(true);
  });

  it('gives a different, concrete reason for each failed check', () => {
    const reasons = readmeChecklist(null).checks.filter((check) => check.status === 'fail').map((check) => check.reason);
    expect(new Set(reasons).size).toBe(reasons.length);
    for (const reason of reasons) expect(reason).toMatch(/^(No README: )?(Add|Start|Report|Name|Show)/);
  });

  it('counts a license from the repo metadata or a License section, a badge alone is no figure', () => {
    expect(failing('# X\n\nA tool that does one thing well for people.\n', 'MIT')).not.toContain('license');
    expect(failing('# X\n\nA tool that does one thing well for people.\n\n## License\n\nMIT\n')).not.toContain('license');
    expect(failing('# X\n\n![build](https://img.shields.io/badge/build-passing-green)\n')).toContain('figures');
  });

  it('finds results as numbers next to a metric, not any number', () => {
    expect(failing('# X\n\nThe model reached a sensitivity of 0.87 on the validation set.\n')).not.toContain('results');
    expect(failing('# X\n\nI used Python 3.11 and 12 notebooks.\n')).toContain('results');
  });
});

describe('a long README is printed a part at a time', () => {
  it('cuts only where a block starts at the margin, never inside fenced code, and loses nothing', () => {
    const fenced = ['```python', ...Array.from({ length: 40 }, (_, i) => `- not a list item ${i}`), '', 'still code', '```'];
    const text = ['# Big', '', ...Array.from({ length: 30 }, (_, i) => `- item ${i}`), '', ...fenced, '', 'A closing paragraph.', ''].join('\n');
    const chunks = markdownChunks(text, 60);
    expect(chunks.length).toBeGreaterThan(3);
    expect(chunks.join('')).toBe(text);
    // The fenced block stays whole: no chunk opens or closes inside it.
    const fence = fenced.join('\n');
    expect(chunks.some((chunk) => chunk.includes(fence))).toBe(true);
    for (const chunk of chunks.slice(1)) expect(chunk).toMatch(/^(- item|```|A closing|#)/);
  });

  it('prints the same list items, in order, whole or in parts', () => {
    const items = Array.from({ length: 30_000 }, (_, i) => `- item number ${i}`);
    const shown = readmeToTerminal(`# Big\n\n${items.join('\n')}\n`).split('\n').filter((line) => line.startsWith('  • '));
    expect(shown).toHaveLength(items.length);
    expect(shown[29_999]).toBe('  • item number 29999');
  });
});
