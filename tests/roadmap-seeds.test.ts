import { describe, expect, it } from 'vitest';
import { Roadmap, type RoadmapItem } from '../src/model/index.js';
import { parseRoadmap } from '../src/roadmap/index.js';
import { readSeed } from './helpers/seeds.js';
import { readFileSync } from 'node:fs';

function countBy<K extends keyof RoadmapItem>(items: readonly RoadmapItem[], key: K): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const item of items) counts[String(item[key])] = (counts[String(item[key])] ?? 0) + 1;
  return counts;
}

describe('the user\'s roadmap (seed 000: Windows-1254 mojibake)', () => {
  const roadmap = parseRoadmap(readSeed('000_54948e29048d2862.txt'));

  it('counts the seed roadmap the way its author meant it', () => {
    expect(Roadmap.parse(roadmap)).toEqual(roadmap);
    expect(roadmap.phases).toHaveLength(5);
    expect(roadmap.items).toHaveLength(29);
    expect(countBy(roadmap.items, 'status')).toEqual({ done: 1, in_progress: 1, not_started: 27 });
    expect(countBy(roadmap.items, 'kind')).toEqual({ course: 26, project: 3 });
  });

  it('repairs phase titles and drops their decoration emoji', () => {
    expect(roadmap.phases).toEqual([
      { title: 'Phase 1: The Digital Physiology (Months 1–6)', line: 8 },
      { title: 'Phase 2: The Academic Foundation (Months 7–14)', line: 24 },
      { title: 'Phase 3: Tabular Intelligence & Medical Physics (Months 15–20)', line: 36 },
      { title: 'Phase 4: Applied Medical AI (Months 21–28)', line: 51 },
      { title: 'Phase 5: Strategic Leadership (Months 29–36)', line: 67 },
    ]);
  });

  it('reads each row: title, note, track, link, line', () => {
    const byTitle = new Map(roadmap.items.map((item) => [item.title, item]));
    expect(byTitle.get('VS Code & Kaggle Setup')).toMatchObject({ status: 'done', track: 'Tool', line: 14, kind: 'course' });
    expect(byTitle.get('Python (Intermediate)')).toMatchObject({
      status: 'in_progress', track: 'Code', line: 15, phase: 'Phase 1: The Digital Physiology (Months 1–6)',
      links: [{ text: 'Kaggle Learn: Python', url: 'https://www.kaggle.com/learn/python' }],
    });
    expect(byTitle.get('Data Cleaning')).toMatchObject({ note: '(Crucial for EHR)', line: 17 });
    expect(byTitle.get('Project: 3D Tumor Segmentation')).toMatchObject({ kind: 'project', track: 'Proj', links: [], extra: { 'Source / Link': 'GitHub (Self-Hosted)' } });
    expect(byTitle.get('Capstone: End-to-End Pipeline')).toMatchObject({ kind: 'project', track: 'Port', line: 78 });
    expect(roadmap.items.map((item) => item.title).join('\n')).not.toMatch(/[âğÅŸ*\[\]]/u);
  });

  it('says it repaired the encoding, and nothing else is wrong', () => {
    expect(roadmap.warnings).toHaveLength(1);
    expect(roadmap.warnings[0]?.message).toMatch(/^repaired \d+ characters garbled by reading UTF-8 as Windows-1254/);
  });

  it('reads the bundled example the same as the seed, and the progress copy with its progress', () => {
    expect(parseRoadmap(readFileSync('examples/roadmap.md', 'utf8'))).toEqual(roadmap);
    const progress = parseRoadmap(readFileSync('examples/roadmap-progress.md', 'utf8'));
    expect(progress.warnings).toEqual([]);
    expect(progress.phases).toEqual(roadmap.phases);
    expect(progress.items.map((item) => item.title)).toEqual(roadmap.items.map((item) => item.title));
    expect(countBy(progress.items, 'status')).toEqual({ done: 12, in_progress: 2, not_started: 15 });
    expect(progress.items.filter((item) => item.kind === 'project' && item.status === 'done').map((item) => item.title)).toEqual(['Project: The Clinical Calculator']);
  });
});

describe('an LLM-written roadmap (seed 001: MacRoman mojibake, bold headings, nested resources)', () => {
  const roadmap = parseRoadmap(readSeed('001_dc2834c76129a440.txt'));
  const byTitle = new Map(roadmap.items.map((item) => [item.title, item]));

  it('validates against the contract and repairs apostrophes and emoji', () => {
    expect(Roadmap.parse(roadmap)).toEqual(roadmap);
    const everything = JSON.stringify([roadmap.phases, roadmap.items]);
    expect(everything).not.toMatch(/‚Äô|üìå|‚úÖ|\uF8FF/u);
    expect(byTitle.get('Basic ML')?.details).toEqual(['Resource: Andrew Ng’s ML Coursera Course.']);
  });

  it('takes only its stages as phases (19 headings hold items, 7 are stages), without bold or emoji', () => {
    expect(roadmap.phases.map((phase) => [phase.line, phase.title])).toEqual([
      [6, 'Phase 1: Foundations (1-2 Months)'],
      [25, 'Phase 2: Medical-Specific AI (2-3 Months)'],
      [45, 'Phase 3: Advanced Topics (2 Months)'],
      [56, 'Phase 4: Real-World Readiness (Ongoing)'],
      [115, 'Phase 1: Core Skills (Weeks 1-8)'],
      [136, 'Phase 2: Medical AI Domains (Weeks 9-16)'],
      [152, 'Phase 3: Advanced + Deployment (Weeks 17-24)'],
    ]);
    // "1. Learn Core Skills" is a step inside Phase 1: its items are Phase 1's.
    expect(byTitle.get('Basic ML')?.phase).toBe('Phase 1: Foundations (1-2 Months)');
    expect(byTitle.get('Week 5-6: Supervised Learning')?.phase).toBe('Phase 1: Core Skills (Weeks 1-8)');
    // "Key Resources Summary", "Critical Success Factors": sections, not stages.
    expect(byTitle.get('Project-Driven Learning')?.phase).toBe('');
  });

  it('makes list items items, with their nested resources as details and links', () => {
    expect(byTitle.get('Python + Pandas')).toMatchObject({
      note: 'Data manipulation (e.g., cleaning EHR data).', phase: 'Phase 1: Foundations (1-2 Months)', line: 8, kind: 'item', status: 'not_started',
      details: ['Resource: Kaggle Python Course'],
      links: [{ text: 'Kaggle Python Course', url: 'https://www.kaggle.com/learn/python' }],
    });
    expect(byTitle.get('Week 1-2: Python + Pandas')?.details).toHaveLength(2);
    expect(byTitle.get('Pima Diabetes')).toBeUndefined();
  });

  it('keeps tables without a status column as not-started items, warning once per table', () => {
    const tableWarnings = roadmap.warnings.filter((warning) => warning.message.includes('no status column'));
    expect(tableWarnings.map((warning) => warning.line)).toEqual([78, 88, 170]);
    expect(byTitle.get('Survival Analysis')).toMatchObject({ phase: '', status: 'not_started', links: [{ text: 'Lifelines Docs', url: 'https://lifelines.readthedocs.io/' }] });
    expect(byTitle.get('Deploy Models, Certifications, Job Applications')).toMatchObject({ extra: { Month: '6+' } });
  });

  it('does not take the closing chit-chat after --- for roadmap items, and says so', () => {
    expect(roadmap.items.some((item) => item.title.startsWith('Current skill level'))).toBe(false);
    expect(roadmap.warnings.find((warning) => warning.line === 205)).toEqual({ line: 205, endLine: 207, message: expect.stringContaining('3 bullets after a --- rule are read as a closing note') });
  });
});

describe('a skills page pasted from the web (seed 002: no markdown headings)', () => {
  const roadmap = parseRoadmap(readSeed('002_f0316d3cb84e498d.txt'));

  it('uses the short lines above its lists as sections (not phases: they are topics, not stages), so the bullets are not lost', () => {
    expect(roadmap.phases).toEqual([]);
    expect(roadmap.items.filter((item) => item.line >= 10 && item.line <= 13).map((item) => item.title)).toEqual([
      'Python/R programming proficiency', 'ML/DL frameworks (TF, PyTorch, scikit)', 'Cloud platforms (AWS, GCP, Azure)', 'Database systems (SQL, NoSQL)',
    ]);
    expect(roadmap.items.every((item) => item.status === 'not_started')).toBe(true);
    expect(roadmap.items.filter((item) => item.line >= 10 && item.line <= 13).every((item) => item.kind === 'item')).toBe(true);
    // "Key Resources" bullets are notes, named in a warning rather than dropped.
    expect(roadmap.warnings).toEqual([{ line: 200, endLine: 203, message: '4 bullets under "Key Resources" are read as notes, not items' }]);
    // The items under its "Online Courses" heading are courses: "Health Informatics MOOC (edX)".
    expect(roadmap.items.filter((item) => item.line >= 263 && item.line <= 265).map((item) => [item.title, item.note, item.kind])).toEqual([
      ['Healthcare IT Fundamentals', '(Coursera)', 'course'], ['Clinical Informatics', '(Stanford)', 'course'], ['Health Informatics MOOC', '(edX)', 'course'],
    ]);
  });
});
