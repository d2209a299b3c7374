// A second person's inputs, written before the engine was changed (tests/fixtures/personas/nurse/
// expected.md says what was expected): an ICU nurse moving into clinical data analysis, with a
// table roadmap in her own columns (Week | Topic | Where | Status | Notes), a tested package, a
// model with a held-out split, a dashboard on a synthetic cohort, set-up notes, course answers, a
// repo with no README, one with a one-line README and a fork.
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { bulletLineWidth, lintEntry } from '../src/bullets/index.js';
import { gatherInputs } from '../src/cli/build-command/gather-inputs.js';
import { runBuild, type BuildReport } from '../src/cli/build-command/run-build.js';
import { loadPhraseBook, loadResumeTemplate } from '../src/cli/load-templates.js';
import { Resume } from '../src/model/index.js';

const DIR = 'tests/fixtures/personas/nurse';
const template = loadResumeTemplate('classic', 'templates/resume');

describe('an ICU nurse\'s resume, built from inputs the engine was not tuned on', () => {
  let report: BuildReport;
  let resume: Resume;
  let keywordSet: Awaited<ReturnType<typeof gatherInputs>>['prepared']['keywordSet'];
  beforeAll(async () => {
    const out = mkdtempSync(join(tmpdir(), 'roadfolio-nurse-'));
    const inputs = await gatherInputs({ roadmap: join(DIR, 'roadmap.md'), githubSnapshot: join(DIR, 'github-snapshot.json'), profile: join(DIR, 'profile.json') });
    keywordSet = inputs.prepared.keywordSet;
    report = await runBuild(inputs, { template, phraseBook: loadPhraseBook('templates/phrases'), draft: false, outDir: out });
    resume = Resume.parse(JSON.parse(readFileSync(join(out, 'resume.json'), 'utf8')));
  }, 120_000);

  const projects = () => (resume.projects ?? []).map((project) => project.url?.replace('https://github.com/grace-okafor-rn/', '') ?? project.name);
  const highlights = (repo: string) => resume.projects?.find((project) => project.url?.endsWith(`/${repo}`))?.highlights ?? [];

  it('puts the strongest projects first: the tested package, the evaluated model, the dashboard', () => {
    expect(projects().slice(0, 3)).toEqual(['braden-score-checker', 'readmission-model', 'sepsis-screen-dashboard']);
  });

  it('writes bullets from the READMEs\' own statements', () => {
    expect(highlights('braden-score-checker')).toEqual(expect.arrayContaining([
      'Wrote a Python package that reads a CSV flowsheet export and recomputes each Braden total from its six subscales.',
      'Flagged every assessment whose charted total differs from the recomputed one, and every patient at 12 points or below.',
      'Covered every subscale boundary and the export\'s date formats with 42 unit tests.',
    ]));
    // The AUC keeps the split it was measured on.
    expect(highlights('readmission-model').join(' ')).toContain('a ROC AUC of 0.68 on a held-out 20% test set (20,354 encounters)');
    expect(highlights('sepsis-screen-dashboard')[0]).toMatch(/Streamlit dashboard .*1,000-patient synthetic cohort/);
  });

  it('prints only bullets that pass the lint at the template\'s width', () => {
    const width = { fontSize: template.fontSize.body, lineWidth: bulletLineWidth(template) };
    for (const project of resume.projects ?? []) expect(lintEntry(project.highlights ?? [], { keywordSet, width })).toEqual([]);
    const text = (resume.projects ?? []).flatMap((project) => project.highlights ?? []).join('\n');
    expect(text).not.toMatch(/stars?\b|published|shared the code|processed \d/i);
    expect(text).not.toMatch(/grace-okafor-rn|[a-z]+-[a-z]+-[a-z]+ project/);
  });

  it('leaves set-up out and asks about the thin entries instead of printing them', () => {
    const leftOut = new Map((report.leftOut ?? []).map((entry) => [entry.evidenceId, entry.reason]));
    for (const id of ['repo:grace-okafor-rn/laptop-setup', 'roadmap:9', 'roadmap:10']) expect(leftOut.get(id)).toMatch(/^set-up/);
    const asked = report.placeholders.filter((place) => place.question).map((place) => place.evidenceId);
    expect(asked).toEqual(expect.arrayContaining(['repo:grace-okafor-rn/nursing-notes-nlp', 'repo:grace-okafor-rn/handoff-sql', 'roadmap:21']));
    expect(projects()).not.toEqual(expect.arrayContaining(['laptop-setup', 'nursing-notes-nlp', 'handoff-sql', 'synthea']));
  });

  it('lists done courses only: not the set-up rows, not the row that is a project\'s repo', () => {
    const courses = (resume.education ?? []).flatMap((entry) => entry.courses ?? []).join('\n');
    expect(courses).toContain('Python for Everybody');
    expect(courses).toContain('SQL for Data Analysis');
    expect(courses).not.toMatch(/Anaconda|GitHub account|Braden|Statistics with R|Tableau|Machine Learning Specialization/);
  });
});
