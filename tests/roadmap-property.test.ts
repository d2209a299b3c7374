import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Roadmap } from '../src/model/index.js';
import { parseRoadmap, repairEncoding } from '../src/roadmap/index.js';

/** Lines a roadmap is made of, and the broken pieces people and LLMs leave in them. */
const word = fc.constantFrom('SQL', 'Pandas', '**bold', 'Project: X', 'Capstone:', '[link](https://x.io)', '[broken(', '`code', '✅', '🟡', '⚪', 'âœ…', 'ğŸŸ¡', '‚Äô', 'é', '<div>', '|', '\\', '~~', '*', '_', 'done', 'Finsihed', ' ');
const phrase = fc.array(word, { maxLength: 6 }).map((words) => words.join(' '));
const line = fc.oneof(
  phrase,
  phrase.map((text) => `## ${text}`),
  phrase.map((text) => `# ${text}`),
  fc.tuple(fc.constantFrom('- ', '* ', '1. ', '  - ', '    * ', '+ '), fc.constantFrom('', '[x] ', '[ ] ', '[X] ', '[~] '), phrase).map(([bullet, box, text]) => bullet + box + text),
  fc.array(phrase, { minLength: 1, maxLength: 5 }).map((cells) => `| ${cells.join(' | ')} |`),
  fc.constantFrom('| Status | Track | Course | Link |', '|---|---|---|---|', '| :--- | --- |', '---', '```', '~~~', '> quote', '', '\r', '\uFEFF'),
  fc.string({ unit: 'grapheme', maxLength: 20 }),
);
const markdown = fc.array(line, { maxLength: 40 }).chain((lines) => fc.constantFrom('\n', '\r\n').map((end) => lines.join(end)));

describe('any markdown at all', () => {
  it('parses without throwing, validates, and every item and warning line is inside the file', () => {
    fc.assert(
      fc.property(markdown, (text) => {
        const roadmap = parseRoadmap(text);
        Roadmap.parse(roadmap);
        const lineCount = repairEncoding(text).text.split('\n').length;
        for (const item of roadmap.items) {
          expect(item.line).toBeGreaterThanOrEqual(1);
          expect(item.line).toBeLessThanOrEqual(lineCount);
          expect(item.title.trim()).toBe(item.title);
        }
        for (const phase of roadmap.phases) expect(phase.line).toBeLessThanOrEqual(lineCount);
        for (const warning of roadmap.warnings) expect(warning.line).toBeLessThanOrEqual(lineCount);
      }),
      { numRuns: 300 },
    );
  });

  it('leaves clean text alone: accented words, curly quotes, dashes and real emoji are not mojibake', () => {
    const cleanWord = fc.constantFrom('café', 'résumé', 'naïve', 'Zürich', 'São', 'Ærø', 'Øst', 'Ébauche', 'Ñandú', 'Łódź', 'straße', 'Ελλάδα', 'Москва', '東京',
      '“quoted”', '‘single’', '–', '—', '…', '•', '€5', '½', '©', 'Python®', '™', '✅', '🟡', '⚪', '🚀', '📌', '🏥', '➡️', '👩‍⚕️', 'Done', 'SQL', '|', '**x**');
    const cleanLine = fc.array(cleanWord, { minLength: 1, maxLength: 12 }).map((words) => words.join(' '));
    fc.assert(
      fc.property(fc.array(cleanLine, { maxLength: 8 }), (lines) => {
        const text = lines.join('\n');
        expect(repairEncoding(text)).toEqual({ text, warnings: [] });
      }),
      { numRuns: 500 },
    );
  });
});
