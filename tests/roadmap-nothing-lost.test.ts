import { readdirSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Roadmap } from '../src/model/index.js';
import { decodeRoadmap, readRoadmap, repairEncoding } from '../src/roadmap/index.js';
import { readSeed, seedsDir } from './helpers/seeds.js';

/**
 * Issue 12: no line that looks like a list item, a task or a table row is ever both unread and
 * unreported. Each such line must be an item (or a nested line of one), a line that frames items
 * (a table's header and |---| rows, a group label over task lists), or inside a warning's lines.
 *
 * "Looks like an item" is decided here, from the raw text, independently of the parser.
 */
const LOOKS_LIKE_ITEM = /^\s*(?:>\s*)*(?:(?:[-*+•◦▪●○]|\d{1,3}[.)])[ \t]+(?![-*_\s]*$)\S|\|.*\|)/u;

function unaccounted(text: string): number[] {
  const { roadmap, spans, labelLines } = readRoadmap(text);
  Roadmap.parse(roadmap);
  const lines = repairEncoding(text).text.split('\n');
  const read = new Set<number>(labelLines);
  for (const span of spans) for (let line = span.line; line <= span.endLine; line++) read.add(line);
  for (const warning of roadmap.warnings) for (let line = warning.line; line <= (warning.endLine ?? warning.line); line++) read.add(line);
  // Every item's line is one of the spans: the spans are the items, not a blanket over the file.
  expect(spans.map((span) => span.line)).toEqual(roadmap.items.map((item) => item.line));
  return lines.flatMap((line, index) => (LOOKS_LIKE_ITEM.test(line) && !read.has(index + 1) ? [index + 1] : []));
}

/** Blocks roadmaps are made of, in the formats of issue 12, and the ways they go wrong. */
const words = fc.constantFrom('SQL', 'Pandas', 'Project: ETL', 'Statistics course', 'Python (Coursera)', '**Bold** note', '[repo](https://x.io)', '✅', '🟡', 'done', '(in progress)', '#project', '@{2026-05-01}', 'TODO', 'DOING', 'CANCELED', '[-]', '[>]', '▶', '`code`', '|', '<div>', '');
const text = fc.array(words, { minLength: 1, maxLength: 4 }).map((parts) => parts.join(' ').trim() || 'x');
const marker = fc.constantFrom('- ', '* ', '+ ', '• ', '1. ', '5. ', '12) ', '- [ ] ', '- [x] ', '- [/] ', '- ▶ ', '- DONE ', '- TODO ', '1. [x] ');
const indent = fc.constantFrom('', '', '  ', '    ', '\t');
const listLine = fc.tuple(indent, marker, text).map(([space, bullet, body]) => `${space}${bullet}${body}`);
const block = fc.oneof(
  fc.array(listLine, { minLength: 1, maxLength: 6 }).map((lines) => lines.join('\n')),
  fc.tuple(text, fc.array(listLine, { minLength: 1, maxLength: 4 })).map(([lead, lines]) => `${lead}\n${lines.join('\n')}`),
  fc.tuple(fc.constantFrom('#', '##', '###', '- ##'), fc.constantFrom('Phase 1', 'Done', 'Doing', 'To do', 'Courses', 'Notes', 'Months 1–3', 'PART 2 — Data', 'Ideas', 'Resources')).map(([hashes, title]) => `${hashes} ${title}`),
  fc.constantFrom('PART 3 — Jobs', 'Notes to self:', 'Courses', 'Plain prose line.', '---', '', '', '**Complete**'),
  fc.tuple(fc.constantFrom('| Name | Status | Tags |', '| Card Name | List Name | Labels | Archived |', '| Task | Status', '| Topic | Resource |', '| % Complete | Activity |'),
    fc.boolean(), fc.array(fc.array(text, { minLength: 1, maxLength: 4 }), { maxLength: 4 }))
    .map(([header, delimiter, rows]) => [header, ...(delimiter ? ['|---|---|---|---|'] : []), ...rows.map((cells) => `| ${cells.join(' | ')} |`)].join('\n')),
  fc.array(listLine, { maxLength: 3 }).map((lines) => `\`\`\`\n${lines.join('\n')}\n\`\`\``),
  fc.array(listLine, { maxLength: 3 }).map((lines) => `> [!tip] Remember\n${lines.map((line) => `> ${line}`).join('\n')}`),
  fc.array(listLine, { maxLength: 3 }).map((lines) => `<details>\n<summary>More</summary>\n\n${lines.join('\n')}\n\n</details>`),
  fc.array(listLine, { maxLength: 3 }).map((lines) => `<aside>\n💡 Tip\n${lines.join('\n')}\n</aside>`),
  fc.array(listLine, { maxLength: 3 }).map((lines) => `> ${lines.join('\n> ')}`),
);
const document = fc.tuple(fc.boolean(), fc.array(block, { maxLength: 12 }), fc.constantFrom('\n', '\n\n'))
  .map(([frontMatter, blocks, gap]) => `${frontMatter ? '---\ntags: [x]\n- a\n---\n' : ''}${blocks.join(gap)}`);

describe('nothing is lost without a word', () => {
  it('every item-looking line of any roadmap is an item, frames items, or is named in a warning', () => {
    fc.assert(fc.property(document, (markdown) => {
      expect(unaccounted(markdown)).toEqual([]);
    }), { numRuns: 400 });
  });

  it('holds for every fixture and seed roadmap', () => {
    const dir = new URL('./fixtures/roadmaps/', import.meta.url);
    const files = readdirSync(dir).filter((name) => name.endsWith('.md'));
    expect(files.length).toBeGreaterThanOrEqual(20);
    for (const name of files) {
      expect([name, unaccounted(decodeRoadmap(readFileSync(new URL(name, dir))).text)]).toEqual([name, []]);
    }
    for (const seed of ['000_54948e29048d2862.txt', '001_dc2834c76129a440.txt', '002_f0316d3cb84e498d.txt']) {
      expect([seed, unaccounted(readSeed(seed))]).toEqual([seed, []]);
    }
    expect(seedsDir).toBeTruthy();
  });

  it('a line that follows a paragraph is read, not lost: "PART 2 — …" then "5. …"', () => {
    const { roadmap } = readRoadmap('# Plan\n\nPART 2 — Data\n5. SQL ✔\n6. Pandas [in progress]\n');
    expect(roadmap.items.map((item) => [item.line, item.title, item.status, item.phase])).toEqual([
      [4, 'SQL', 'done', 'PART 2 — Data'], [5, 'Pandas', 'in_progress', 'PART 2 — Data'],
    ]);
  });
});
