import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { Roadmap, type RoadmapItem } from '../src/model/index.js';
import { parseRoadmapBytes } from '../src/roadmap/index.js';
import { EXPECTED } from './fixtures/roadmaps-expected.js';

/**
 * Roadmaps from other people's lives, in the formats they really keep them (issue 12): a nurse's
 * numbered plan typed in a plain editor, a pharmacist's Notion page, a lab scientist's Obsidian
 * Kanban board and callout note, a teacher's Trello CSV pasted as a table and Google Docs export,
 * a pharmacist's Logseq page, a nurse's Excel % tracker, and a Notion page with no plan in it yet.
 * Every expectation below was written from what the file's author meant, before the parser ran.
 */
function parseFixture(name: string) {
  const roadmap = parseRoadmapBytes(readFileSync(new URL(`./fixtures/roadmaps/${name}`, import.meta.url)));
  expect(Roadmap.parse(roadmap)).toEqual(roadmap);
  return roadmap;
}

/** [line, status, kind, title, note] per item. */
const summary = (items: readonly RoadmapItem[]) => items.map((item) => [item.line, item.status, item.kind, item.title, item.note]);
const phasesOf = (roadmap: Roadmap) => roadmap.phases.map((phase) => [phase.line, phase.title]);
const warningLines = (roadmap: Roadmap) => roadmap.warnings.map((warning) => warning.line);

/** Parse a fixture and compare it, item by item, with what its author meant (tests/fixtures/roadmaps-expected.ts). */
function readAsMeant(name: string): Roadmap {
  const roadmap = parseFixture(name);
  const expected = EXPECTED[name];
  if (!expected) throw new Error(`no expectations for ${name}`);
  expect(phasesOf(roadmap)).toEqual(expected.phases);
  expect(summary(roadmap.items)).toEqual(expected.items);
  expect(warningLines(roadmap)).toEqual(expected.warningLines);
  return roadmap;
}

const warningAt = (roadmap: Roadmap, line: number) => roadmap.warnings.find((warning) => warning.line === line)?.message ?? '';

describe('roadmaps in the formats people really keep', () => {
  it('a nurse\'s numbered plan: lists that start at 5 right after a "PART 2 —" line, ✔ / (completed …) / [in progress]', () => {
    const roadmap = readAsMeant('nurse-numbered-plan.md');
    expect(roadmap.items.every((item) => item.phase.startsWith('PART '))).toBe(true);
    // "Notes to self:" bullets are notes, and the parser says so.
    expect(roadmap.warnings[0]).toEqual({ line: 22, endLine: 23, message: '2 bullets under "Notes to self" are read as notes, not items' });
  });

  it('a pharmacist\'s Notion page: database table with Status / Tags / Dates, callout, ▶ toggles and <details> are not items', () => {
    const roadmap = readAsMeant('pharmacist-notion-page.md');
    expect(roadmap.items[0]).toMatchObject({ track: 'Book', extra: { Dates: 'January 5, 2026 → February 20, 2026', Notes: 'free online' } });
    // The nested toggle is a note of its item, not an item.
    expect(roadmap.items[8]?.details).toEqual(['Requirements', '2 years of modelling work', 'exam fee $400']);
    // The page-level toggles and the <details> block are named, with their lines.
    expect(warningAt(roadmap, 25)).toMatch(/toggle/);
    expect(warningAt(roadmap, 34)).toMatch(/<details>/);
  });

  it('a lab scientist\'s Obsidian Kanban board: lanes set statuses, #tags set kinds, @{dates} leave the title, lanes are not phases', () => {
    const roadmap = readAsMeant('lab-scientist-kanban.md');
    expect(roadmap.items.every((item) => item.phase === '')).toBe(true);
  });

  it('a teacher\'s Trello CSV pasted as a table: "List Name" is the status, Labels the kind, archived cards named', () => {
    const roadmap = readAsMeant('teacher-trello-table.md');
    expect(roadmap.items[0]).toMatchObject({ track: 'Course', extra: { 'Due Date': '2025-11-01' } });
    expect(warningAt(roadmap, 13)).toMatch(/archived/);
  });

  it('a pharmacist\'s Logseq page: TODO / DOING / NOW / LATER / DONE markers, tags:: and SCHEDULED lines, "- ## Stage" blocks', () => {
    const roadmap = readAsMeant('pharmacist-logseq.md');
    // The "Why:" bullet before the first stage, the cancelled task and the "Ideas" bullets are named.
    expect(warningAt(roadmap, 18)).toMatch(/cancel/i);
  });

  it('a nurse\'s Excel tracker: "% Complete" with 100 % / 60% / 0 % / blank, "Months 1–3" stages', () => {
    const roadmap = readAsMeant('nurse-percent-tracker.md');
    expect(roadmap.items[0]?.extra).toEqual({ '#': '1', 'Target date': '15-Jan' });
  });

  it('a lab scientist\'s Obsidian note: callouts are notes, [-] cancelled, [>] deferred, a fenced checklist is named', () => {
    const roadmap = readAsMeant('lab-scientist-obsidian-callouts.md');
    expect(roadmap.items[1]?.details).toEqual(['Remember', 'tmux for long jobs on the cluster']);
    expect(warningAt(roadmap, 21)).toMatch(/cancel/i);
    expect(warningAt(roadmap, 31)).toMatch(/callout/);
    expect(warningAt(roadmap, 35)).toMatch(/code/);
  });

  it('a teacher\'s Google Docs export: escaped "\\-", lists restarting at 3 after a label, a 4-space-indented checklist, a table with no |---| row', () => {
    const roadmap = readAsMeant('teacher-google-docs.md');
    expect(warningAt(roadmap, 26)).toMatch(/table/);
  });

  it('a Notion page with no plan in it yet: no items, one warning, no phases', () => {
    const roadmap = readAsMeant('nurse-empty-notion.md');
    expect(roadmap.items).toEqual([]);
    expect(roadmap.phases).toEqual([]);
    expect(roadmap.warnings).toEqual([{ line: 0, message: expect.stringContaining('found no items') }]);
  });

  it.each(['pharmacist-word-paste.md', 'nurse-bear-note.md', 'teacher-github-project.md'])('held out: %s reads as its author meant', (name) => {
    readAsMeant(name);
  });
});
