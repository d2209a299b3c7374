import type { PdfLine } from './group-lines.js';
import type { PdfSections } from './find-sections.js';
import type { PdfPage, PdfTextItem } from './read-pdf-items.js';
import type { ReadResume } from './read-fields.js';

export interface LayoutProblem {
  page: number;
  kind: 'overlap' | 'outside' | 'blank-page' | 'stranded-heading' | 'stranded-title';
  /** One line a person can act on: `page 2: "Languages" overlaps "English (Native speaker)"`. */
  message: string;
}

/** Overlaps smaller than this (points) are glyphs of neighbouring runs touching, not overprint. */
const TOLERANCE = 0.75;

const quote = (text: string) => `"${text.length > 60 ? `${text.slice(0, 57)}...` : text}"`;

function overlaps(a: PdfTextItem, b: PdfTextItem): boolean {
  return Math.min(a.right, b.right) - Math.max(a.x, b.x) > TOLERANCE && Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) > TOLERANCE;
}

/** Any two text runs drawn over each other (sweep down the page: only runs whose heights meet are compared). */
function overlapProblems(page: PdfPage): LayoutProblem[] {
  const problems: LayoutProblem[] = [];
  const items = [...page.items].sort((a, b) => a.top - b.top);
  for (let i = 0; i < items.length; i++) {
    const a = items[i]!;
    for (let j = i + 1; j < items.length && items[j]!.top < a.bottom; j++) {
      const b = items[j]!;
      if (overlaps(a, b)) problems.push({ page: page.number, kind: 'overlap', message: `page ${page.number}: ${quote(a.text)} overlaps ${quote(b.text)}` });
    }
  }
  return problems;
}

function outsideProblems(page: PdfPage, margin: number): LayoutProblem[] {
  const problems: LayoutProblem[] = [];
  const area = { left: margin - TOLERANCE, top: margin - TOLERANCE, right: page.width - margin + TOLERANCE, bottom: page.height - margin + TOLERANCE };
  for (const item of page.items) {
    const side = item.x < area.left ? 'left' : item.right > area.right ? 'right' : item.top < area.top ? 'top' : item.bottom > area.bottom ? 'bottom' : undefined;
    if (side) problems.push({ page: page.number, kind: 'outside', message: `page ${page.number}: ${quote(item.text)} crosses the ${side} margin (${margin} pt)` });
  }
  return problems;
}

/**
 * A heading must keep at least two lines of its section on its page when the section goes on
 * (a heading alone at a page's foot is the classic parser and reader trap), and an entry's title
 * must not be the last line of a page while its entry continues on the next.
 */
function strandedProblems(lines: readonly PdfLine[], found: PdfSections, read: ReadResume): LayoutProblem[] {
  const problems: LayoutProblem[] = [];
  for (const section of found.sections) {
    const samePage = section.lines.filter((line) => line.page === section.heading.page).length;
    const continues = section.lines.some((line) => line.page > section.heading.page);
    if (continues && samePage < 2) {
      problems.push({ page: section.heading.page, kind: 'stranded-heading', message: `page ${section.heading.page}: heading ${quote(section.heading.text)} is left at the foot of the page (${samePage === 0 ? 'its section starts on the next page' : 'one line of its section follows it'})` });
    }
  }
  const lastLineOfPage = new Map<number, PdfLine>();
  for (const line of lines) lastLineOfPage.set(line.page, line);
  for (const entries of Object.values(read.entries)) {
    for (const entry of entries) {
      if (lastLineOfPage.get(entry.firstLine.page) === entry.firstLine && (entry.bullets.length > 0 || entry.paragraphs.length > 0 || entry.organisation)) {
        problems.push({ page: entry.firstLine.page, kind: 'stranded-title', message: `page ${entry.firstLine.page}: title ${quote(entry.title)} is the last line of the page; its entry continues on the next` });
      }
    }
  }
  return problems;
}

/** Geometry a reader would notice: overprint, text past the margins, empty pages, stranded headings and titles. */
export function layoutProblems(pages: readonly PdfPage[], lines: readonly PdfLine[], found: PdfSections, read: ReadResume, margin: number): LayoutProblem[] {
  return [
    // An empty page beside pages with text is a layout fault; a resume with nothing to print at all
    // (no profile, no entries) is one empty page, which build already warns about.
    ...(pages.some((page) => page.items.length > 0) ? pages.flatMap((page) => (page.items.length === 0 ? [{ page: page.number, kind: 'blank-page' as const, message: `page ${page.number} is blank` }] : [])) : []),
    ...pages.flatMap(overlapProblems),
    ...pages.flatMap((page) => outsideProblems(page, margin)),
    ...strandedProblems(lines, found, read),
  ].sort((a, b) => a.page - b.page);
}
