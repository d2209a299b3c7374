// Reading a resume PDF back the way resume parsers do, and checking what a reader would see:
//
//   read-pdf-items.ts    PDF bytes → pages of text runs with boxes and faces   (pdf.js via unpdf)
//   group-lines.ts       runs → visual lines
//   find-sections.ts     lines → header + sections, at the headings parsers know
//   read-fields.ts       sections → contacts, summary, skills, entries (title / organisation / dates / bullets)
//   expected-fields.ts   resume.json → the fields a parser should find
//   compare-fields.ts    expected vs read → "fields read back: N of M" and the mismatches
//   layout-problems.ts   overprint, margins, blank pages, stranded headings and titles
//
// It runs in Node and in the browser (no file or console access here).
import type { Resume, ResumeSection } from '../model/index.js';
import { compareFields, type FieldComparison } from './compare-fields.js';
import { expectedFields } from './expected-fields.js';
import { findSections } from './find-sections.js';
import { groupLines } from './group-lines.js';
import { layoutProblems, type LayoutProblem } from './layout-problems.js';
import { readFields, type ReadResume } from './read-fields.js';
import { readPdfPages } from './read-pdf-items.js';

export type { FieldComparison, FieldMismatch } from './compare-fields.js';
export type { LayoutProblem } from './layout-problems.js';
export type { ReadResume } from './read-fields.js';

export interface ResumeCheck {
  pages: number;
  /** The text a parser extracts, line by line, pages in order. */
  text: string;
  problems: LayoutProblem[];
  fields: FieldComparison;
  read: ReadResume;
}

export interface CheckOptions {
  /** The printable area's margin in points: the template's for our PDFs, 18 pt (a printer's) for others. */
  margin: number;
  /** The sections the PDF is meant to print (a template's); all of them when left out. */
  sections?: readonly ResumeSection[];
  /** Read the fonts' names (bold titles, italic organisation lines); on by default. */
  fontNames?: boolean;
}

/** A resume PDF checked against its resume.json: geometry, then structure field by field. */
export async function checkResumePdf(pdf: Uint8Array, resume: Resume, options: CheckOptions): Promise<ResumeCheck> {
  const pages = await readPdfPages(pdf, { fontNames: options.fontNames ?? true });
  const hasFonts = (options.fontNames ?? true) && pages.some((page) => page.items.some((item) => item.bold));
  const lines = groupLines(pages);
  const found = findSections(lines);
  const read = readFields(found, hasFonts);
  return {
    pages: pages.length,
    text: lines.map((line) => line.text).join('\n'),
    problems: layoutProblems(pages, lines, found, read, options.margin),
    fields: compareFields(expectedFields(resume, options.sections), read),
    read,
  };
}

/** "fields read back: 61 of 61", then one line per field that differs. */
export function fieldReport(fields: FieldComparison, limit = 10): string[] {
  return [
    `fields read back: ${fields.matched} of ${fields.total}`,
    ...fields.mismatches.slice(0, limit).map((miss) => `  ${miss.key}: expected "${miss.expected}", read ${miss.read === undefined ? 'nothing' : `"${miss.read}"`}${miss.why && miss.why !== 'different' && miss.why !== 'not found' ? ` (${miss.why})` : ''}`),
    ...(fields.mismatches.length > limit ? [`  ... and ${fields.mismatches.length - limit} more`] : []),
  ];
}
