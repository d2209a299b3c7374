import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { Roadmap, type RoadmapItem } from '../src/model/index.js';
import { parseRoadmapBytes } from '../src/roadmap/index.js';

/**
 * Roadmaps nobody tuned the parser on, in the shapes people actually keep them: a roadmap.sh
 * checklist, a Notion export, an Obsidian note, a GitHub issue task list, a status-last table with
 * coloured dots, a course list with dates, a Windows-1252 file, a BOM + CRLF file with emoji headings.
 * Each test says what its author meant.
 */
function parseFixture(name: string) {
  const roadmap = parseRoadmapBytes(readFileSync(new URL(`./fixtures/roadmaps/${name}`, import.meta.url)));
  expect(Roadmap.parse(roadmap)).toEqual(roadmap);
  return roadmap;
}

function countBy(items: readonly RoadmapItem[], key: 'status' | 'kind'): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const item of items) counts[item[key]] = (counts[item[key]] ?? 0) + 1;
  return counts;
}

const summary = (items: readonly RoadmapItem[]) => items.map((item) => [item.line, item.status, item.kind, item.title]);

describe('roadmaps nobody has seen', () => {
  it('a roadmap.sh-style checklist: nested checkboxes are details, statuses and links kept', () => {
    const roadmap = parseFixture('roadmap-sh-checklist.md');
    expect(roadmap.phases.map((phase) => [phase.title, phase.line])).toEqual([['1. Mathematics', 3], ['2. Statistics', 9], ['3. Machine Learning', 17]]);
    expect(summary(roadmap.items)).toEqual([
      [5, 'done', 'item', 'Linear Algebra'],
      [6, 'done', 'item', 'Calculus'],
      [7, 'not_started', 'item', 'Discrete Mathematics'],
      [11, 'done', 'item', 'Descriptive statistics'],
      [12, 'not_started', 'item', 'Hypothesis testing'],
      [15, 'in_progress', 'item', 'Bayesian inference'],
      [19, 'not_started', 'item', 'Supervised learning'],
      [20, 'not_started', 'project', 'Project: Titanic survival classifier'],
    ]);
    const byLine = new Map(roadmap.items.map((item) => [item.line, item]));
    expect(byLine.get(5)?.links).toEqual([{ text: 'Khan Academy', url: 'https://www.khanacademy.org/math/linear-algebra' }]);
    expect(byLine.get(7)?.note).toBe('(optional)');
    expect(byLine.get(12)?.details).toEqual(['[ ] A/B testing', '[ ] p-values and confidence intervals']);
    expect(byLine.get(20)?.links).toEqual([{ text: 'repo', url: 'https://github.com/me/titanic' }]);
    expect(roadmap.warnings).toEqual([]);
  });

  it('a Notion export: Status words, a Yes/No "Done" column, a Platform column; "Courses" and "Projects" are sections, not stages', () => {
    const roadmap = parseFixture('notion-export.md');
    expect(roadmap.phases).toEqual([]);
    expect(summary(roadmap.items)).toEqual([
      [7, 'done', 'course', 'Python for Everybody'],
      [8, 'in_progress', 'course', 'SQL for Data Science'],
      [9, 'not_started', 'course', 'Practical Deep Learning'],
      [15, 'done', 'project', 'Readmission risk model'],
      [16, 'not_started', 'project', 'ECG arrhythmia classifier'],
    ]);
    expect(roadmap.items[0]?.extra).toEqual({ Platform: 'Coursera', Certificate: 'Yes' });
    expect(roadmap.items[3]?.links).toEqual([{ text: 'GitHub', url: 'https://github.com/me/readmission' }]);
    expect(roadmap.warnings).toEqual([]);
  });

  it('an Obsidian note: front matter, #tags, wiki links, [/] and Tasks dates', () => {
    const roadmap = parseFixture('obsidian-note.md');
    expect(roadmap.phases).toEqual([{ title: 'Q1 — Foundations', line: 6 }, { title: 'Q2 — Modelling', line: 14 }]);
    expect(summary(roadmap.items)).toEqual([
      [8, 'done', 'course', 'Python crash course'],
      [11, 'done', 'item', 'Pandas basics'],
      [12, 'not_started', 'item', 'NumPy broadcasting'],
      [16, 'in_progress', 'course', 'Andrew Ng ML Specialization'],
      [17, 'not_started', 'item', 'Kaggle competition entry'],
      [18, 'not_started', 'project', 'Portfolio: clinical notes NER with spaCy'],
    ]);
    expect(roadmap.items.map((item) => item.note)).toEqual([undefined, '✅ 2026-02-14', undefined, '(Coursera)', '📅 2026-06-30', undefined]);
    expect(roadmap.items[0]?.details).toEqual(['[x] Chapters 1–8', '[ ] Chapter 9 exercises']);
  });

  it('a GitHub issue task list under numbered headings; the note after --- is not an item', () => {
    const roadmap = parseFixture('github-issue-tasks.md');
    expect(roadmap.phases.map((phase) => [phase.title, phase.line])).toEqual([['1. Setup', 3], ['2. Imaging basics', 8], ['3. Deep learning', 14]]);
    expect(countBy(roadmap.items, 'status')).toEqual({ done: 3, not_started: 4 });
    expect(countBy(roadmap.items, 'kind')).toEqual({ item: 6, project: 1 });
    expect(roadmap.items.map((item) => item.line)).toEqual([5, 6, 10, 11, 12, 16, 17]);
    expect(roadmap.items.some((item) => item.title.includes('breaks'))).toBe(false);
  });

  it('a table with the status column last, coloured dots and ✔/✘, a row-number column', () => {
    const roadmap = parseFixture('status-last-table.md');
    expect(roadmap.phases.map((phase) => phase.title)).toEqual(['Stage 1 ‑ Python', 'Stage 2 ‑ Modelling']);
    expect(summary(roadmap.items)).toEqual([
      [7, 'done', 'course', 'Python basics'],
      [8, 'in_progress', 'course', 'NumPy'],
      [9, 'not_started', 'course', 'Matplotlib'],
      [15, 'done', 'course', 'scikit-learn'],
      [16, 'not_started', 'course', 'XGBoost'],
    ]);
    expect(roadmap.items[0]).toMatchObject({ links: [{ text: 'Automate the Boring Stuff', url: 'https://automatetheboringstuff.com' }], extra: { '#': '1', Notes: 'free online' } });
    expect(roadmap.warnings).toEqual([]);
  });

  it('a course list with completion dates: status after a dash, dates kept in the note', () => {
    const roadmap = parseFixture('course-list-dates.md');
    expect(summary(roadmap.items)).toEqual([
      [5, 'done', 'course', 'Google Data Analytics Certificate'],
      [6, 'done', 'course', 'Intro to SQL'],
      [10, 'in_progress', 'course', 'Machine Learning Specialization'],
      [11, 'in_progress', 'course', 'Statistics with Python'],
      [15, 'not_started', 'course', 'Deep Learning Specialization'],
      [16, 'not_started', 'project', 'Portfolio project: Sepsis early-warning model'],
    ]);
    expect(roadmap.items[0]?.note).toBe('(Coursera); Completed Jan 2026');
    expect(roadmap.items[1]).toMatchObject({ note: '(Kaggle); completed Feb 2026', links: [{ text: 'certificate', url: 'https://www.kaggle.com/learn/certification/me/intro-to-sql' }] });
    expect(roadmap.items[2]?.note).toBe('(Coursera); in progress, week 3');
  });

  it('a Windows-1252 file with curly quotes, CRLF and setext headings', () => {
    const roadmap = parseFixture('windows-1252.md');
    expect(roadmap.phases).toEqual([{ title: 'Year one – basics', line: 4 }, { title: 'Year two', line: 11 }]);
    expect(summary(roadmap.items)).toEqual([
      [7, 'done', 'course', '“Python for Everybody”'],
      [8, 'not_started', 'course', 'Statistics'],
      [9, 'not_started', 'item', 'Résumé refresh for data roles'],
      [14, 'not_started', 'project', 'Project: café sales forecasting'],
    ]);
    expect(roadmap.warnings).toEqual([{ line: 0, message: expect.stringContaining('windows-1252') }]);
  });

  it('a UTF-8 file with BOM and CRLF, emoji and bold in its headings', () => {
    const roadmap = parseFixture('bom-crlf-emoji-headings.md');
    expect(roadmap.phases).toEqual([{ title: 'Phase 1: Python', line: 3 }, { title: 'Phase 2: Data', line: 10 }]);
    expect(summary(roadmap.items)).toEqual([
      [7, 'done', 'course', 'Python Crash Course'],
      [8, 'in_progress', 'course', 'Automate the Boring Stuff'],
      [12, 'not_started', 'item', 'pandas'],
      [13, 'done', 'item', 'SQL'],
    ]);
    expect(roadmap.warnings).toEqual([]);
  });
});
