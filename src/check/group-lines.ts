import type { PdfPage, PdfTextItem } from './read-pdf-items.js';

/**
 * Text runs that share a baseline, left to right: one visual line. Its text is the runs joined (a
 * space wherever a gap separates them), its box spans them all, and it is bold or italic only when
 * every run is (a title, a heading).
 */
export interface PdfLine extends PdfTextItem {
  page: number;
  items: PdfTextItem[];
}

/** A gap wider than this share of the font size is a space between words (or a column gap). */
const WORD_GAP_EM = 0.15;

/** Runs joined as a parser joins them: a space where there is a visible gap and none was written. */
export function joinItems(items: readonly PdfTextItem[]): string {
  let text = '';
  let previous: PdfTextItem | undefined;
  for (const item of items) {
    if (previous) {
      const gap = item.x - previous.right;
      const spaced = /\s$/.test(text) || /^\s/.test(item.text);
      if (!spaced && gap > WORD_GAP_EM * Math.min(item.fontSize, previous.fontSize)) text += ' ';
    }
    text += item.text;
    previous = item;
  }
  return text.replace(/\s+/g, ' ').trim();
}

function lineOf(page: number, items: PdfTextItem[]): PdfLine {
  const sorted = [...items].sort((a, b) => a.x - b.x);
  return {
    page,
    items: sorted,
    text: joinItems(sorted),
    x: Math.min(...sorted.map((item) => item.x)),
    right: Math.max(...sorted.map((item) => item.right)),
    top: Math.min(...sorted.map((item) => item.top)),
    bottom: Math.max(...sorted.map((item) => item.bottom)),
    baseline: Math.max(...sorted.map((item) => item.baseline)),
    fontSize: Math.max(...sorted.map((item) => item.fontSize)),
    bold: sorted.every((item) => item.bold),
    italic: sorted.every((item) => item.italic),
  };
}

/**
 * Items → lines, top to bottom: runs whose baselines lie within half the smaller font size of each
 * other are one line (a title in 10 pt and its dates in 9 pt sit on slightly different baselines).
 */
export function groupLines(pages: readonly PdfPage[]): PdfLine[] {
  const lines: PdfLine[] = [];
  for (const page of pages) {
    const items = [...page.items].sort((a, b) => a.baseline - b.baseline || a.x - b.x);
    let current: PdfTextItem[] = [];
    let baseline = -Infinity;
    let size = 0;
    for (const item of items) {
      if (current.length > 0 && Math.abs(item.baseline - baseline) <= 0.5 * Math.min(size, item.fontSize)) {
        current.push(item);
        continue;
      }
      if (current.length > 0) lines.push(lineOf(page.number, current));
      current = [item];
      baseline = item.baseline;
      size = item.fontSize;
    }
    if (current.length > 0) lines.push(lineOf(page.number, current));
  }
  return lines;
}
