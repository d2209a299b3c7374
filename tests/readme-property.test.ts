import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readmeChecklist, readmeToPlainText, readmeToTerminal } from '../src/readme/index.js';

/** Markdown-ish text: the characters that make structure, mixed with words. */
const markdownish = fc.array(
  fc.oneof(
    fc.constantFrom('# ', '## ', '- ', '1. ', '> ', '```', '`', '|', '---', '![a](b.png)', '[x](http://y)', '<img src="z.png">', '<div>', '\n', '\n\n', '  ', '* [ ] ', '**', '_'),
    fc.stringMatching(/^[a-zA-Z0-9 .,:()]{0,30}$/),
  ),
  { maxLength: 60 },
).map((parts) => parts.join(''));

describe('README functions on any input', () => {
  it('never throw, and keep prose lines within the width', () => {
    fc.assert(fc.property(markdownish, fc.integer({ min: 20, max: 120 }), (text, width) => {
      const terminal = readmeToTerminal(text, { width });
      for (const line of terminal.split('\n')) {
        // Code, tables and a single word longer than the line are the only things allowed to overflow.
        if (!/^\s{4}|│|─┼─/.test(line) && line.trim().includes(' ')) expect(line.length).toBeLessThanOrEqual(width);
      }
      // Images and HTML never reach the evidence text, unless quoted as inline code.
      if (!text.includes('`')) expect(readmeToPlainText(text)).not.toMatch(/<img|!\[/);
      const checklist = readmeChecklist(text);
      expect(checklist.passed).toBeLessThanOrEqual(checklist.applicable);
    }), { numRuns: 300, seed: 20261123 });
  });
});
