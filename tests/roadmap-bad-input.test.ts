import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { Roadmap } from '../src/model/index.js';
import { parseRoadmap, parseRoadmapBytes, RoadmapInputError } from '../src/roadmap/index.js';
import { readSeed, readSeedBytes } from './helpers/seeds.js';

describe('bad input gets a clear result or a one-line error, never a crash', () => {
  it('an empty file: no items, and a warning saying what a roadmap looks like', () => {
    for (const empty of ['', '\n\n  \n', '\uFEFF']) {
      const roadmap = parseRoadmap(empty);
      expect(roadmap).toEqual({ phases: [], items: [], warnings: [{ line: 0, message: expect.stringMatching(/^the file is empty: write your roadmap as a table/) }] });
    }
  });

  it('a file with no tables or lists: no items, and a warning', () => {
    const roadmap = parseRoadmap('# My plan\n\nLearn Python this year, then SQL. Maybe deep learning later.\n');
    expect(roadmap.items).toEqual([]);
    expect(roadmap.phases).toEqual([]);
    expect(roadmap.warnings).toEqual([{ line: 0, message: expect.stringMatching(/^found no items: a roadmap lists its courses/) }]);
  });

  it('a binary file is refused with a one-line message', () => {
    const binary = new Uint8Array(4096).map((_, index) => (index * 7919) % 256);
    expect(() => parseRoadmapBytes(binary)).toThrow(RoadmapInputError);
    expect(() => parseRoadmapBytes(binary)).toThrow(/^looks like a binary file[^\n]*$/);
  });

  it('10 MB of text is refused at once, not parsed for half a minute', () => {
    const tenMegabytes = 'Lorem ipsum dolor sit amet, **consectetur** adipiscing elit.\n'.repeat(170_000);
    expect(tenMegabytes.length).toBeGreaterThan(10_000_000);
    const started = performance.now();
    expect(() => parseRoadmap(tenMegabytes)).toThrow(/^is 10\.\d million characters; a roadmap is a few kilobytes/);
    expect(performance.now() - started).toBeLessThan(200);
  });

  it('unbalanced markdown still yields the items a reader sees', () => {
    const roadmap = parseRoadmap([
      '## Phase **one', '', '| Status | Course', '| ✅ | orphan row without a delimiter row |', '',
      '| Status | Course |', '|---|---|', '| ✅ | **SQL | [broken](http://x', '| 🟡 | Pandas | extra | cells |', '| ⚪ |', '',
      '- [x] [unclosed link(', '- [ ] <div>html never closed', '  - nested *emphasis', '',
    ].join('\n'));
    expect(Roadmap.parse(roadmap)).toEqual(roadmap);
    expect(roadmap.phases).toEqual([{ title: 'Phase **one', line: 1 }]);
    expect(roadmap.items.map((item) => [item.line, item.status, item.title])).toEqual([
      [8, 'done', '**SQL'], [9, 'in_progress', 'Pandas'], [12, 'done', '[unclosed link('], [13, 'not_started', 'html never closed'],
    ]);
    expect(roadmap.warnings).toEqual([
      { line: 3, endLine: 4, message: '2 lines look like table rows but are read as text: a table needs a |---|---| line under its header row' },
      { line: 10, message: 'row has an empty "Course" cell; it is skipped' },
    ]);
  });

  it('Windows-1252 bytes parse like the UTF-8 file, with a warning that the file is not UTF-8', () => {
    const text = '## Année 1 – Données\n\n| Statut | Status | Cours |\n|---|---|---|\n| x | ✓ | Résumé “avancé” |\n| x | à faire | Modèles |\n';
    const utf8 = parseRoadmap(text.replace('✓', 'done'));
    const roadmap = parseRoadmapBytes(new Uint8Array(iconv.encode(text.replace('✓', 'done'), 'win1252')));
    expect(roadmap.items).toEqual(utf8.items);
    expect(roadmap.phases).toEqual([{ title: 'Année 1 – Données', line: 1 }]);
    expect(roadmap.warnings[0]).toEqual({ line: 0, message: expect.stringContaining('not UTF-8') });
  });

  it('a BOM and CRLF line ends parse exactly like the clean file', () => {
    const clean = parseRoadmap(readSeed('000_54948e29048d2862.txt'));
    const bytes = readSeedBytes('000_54948e29048d2862.txt');
    const withBomAndCrlf = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(bytes.toString('utf8').replace(/\n/g, '\r\n'))]);
    expect(parseRoadmapBytes(new Uint8Array(withBomAndCrlf))).toEqual(clean);
    expect(parseRoadmap('\uFEFF' + readSeed('000_54948e29048d2862.txt').replace(/\n/g, '\r\n'))).toEqual(clean);
  });

  it('a UTF-16 file (Windows Notepad "Unicode") parses like the UTF-8 file', () => {
    const seed = readSeed('000_54948e29048d2862.txt');
    expect(parseRoadmapBytes(new Uint8Array(iconv.encode('\uFEFF' + seed, 'utf16-le')))).toEqual(parseRoadmap(seed));
  });

  it('one huge list item (a megabyte of spaces, dashes or #tags on one line) parses in moments, not minutes', () => {
    // The status, link-piece and note patterns backtrack; they only look at the ends of a line.
    for (const filler of [' ', ' -', ' #tag', ' (', ' done']) {
      const roadmap = parseRoadmap(`## P\n\n- Pandas${filler.repeat(Math.floor(1_000_000 / filler.length))} basics\n`);
      expect(roadmap.items).toHaveLength(1);
    }
  });
});
