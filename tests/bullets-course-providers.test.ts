import { describe, expect, it } from 'vitest';
import { groupCourses } from '../src/bullets/course-groups.js';
import type { Evidence, RoadmapItem } from '../src/model/index.js';

const item = (line: number, title: string, more: Partial<RoadmapItem> = {}): RoadmapItem =>
  ({ line, title, status: 'done', kind: 'course', phase: '1. Foundations (Jan–Mar)', links: [], ...more } as RoadmapItem);
const evidenceOf = (row: RoadmapItem): Evidence =>
  ({ id: `roadmap:${row.line}`, kind: 'course', title: row.title, group: row.phase, source: { type: 'roadmap', ref: 'r.md', line: row.line }, fields: [], links: row.links } as Evidence);

describe('coursework is grouped by who taught it, never by roadmap phase', () => {
  it('reads provider columns, link hosts and provider names in the row', () => {
    const rows = [
      item(3, 'Bayesian Methods', { extra: { Provider: 'Coursera' } }),
      item(4, 'Power BI', { extra: { Where: 'Microsoft Learn' }, track: 'Analytics' }),
      item(5, 'Intro to ML', { links: [{ text: 'course', url: 'https://www.kaggle.com/learn/intro-to-machine-learning' }] }),
      item(6, 'Linear Algebra', { links: [{ text: 'MIT 18.06 playlist', url: 'https://www.youtube.com/playlist?list=PLE7DDD91010BC51F8' }] }),
      item(7, 'Intro to Python (Codecademy)'),
      item(8, 'Git basics', { track: 'Course' }),
    ];
    const lines = groupCourses(rows.map(evidenceOf), new Map(rows.map((row) => [`roadmap:${row.line}`, row]))).map((group) => group.line);
    expect(lines).toEqual([
      'Codecademy: Intro to Python',
      'Coursera: Bayesian Methods',
      'Kaggle Learn: Intro to ML',
      'Microsoft Learn: Power BI',
      'MIT OpenCourseWare: Linear Algebra (18.06)',
      'Other courses: Git basics',
    ]);
    expect(lines.join('\n')).not.toContain('Foundations');
  });
});
