import type { ResumeTemplate } from '../model/index.js';

// Advance widths of Noto Sans Regular (the resume's body face) for ASCII 32-126, in thousandths of
// an em, read from NotoSans_400Regular.ttf with fontkit (tests/bullets-lint.test.ts checks them
// against the font). Core code cannot load a font (it runs in the browser too), so the table is data.
const ASCII_WIDTHS = [
  260, 269, 408, 646, 572, 831, 732, 225, 300, 300, 551, 572, 268, 322, 268, 372, 572, 572, 572, 572, 572, 572, 572, 572, 572, 572,
  268, 268, 572, 572, 572, 434, 899, 639, 650, 632, 730, 556, 519, 728, 741, 339, 273, 619, 524, 907, 760, 781, 605, 781, 622, 549,
  556, 731, 600, 930, 586, 566, 572, 329, 372, 329, 572, 444, 281, 561, 615, 480, 615, 564, 344, 615, 618, 258, 258, 534, 258, 935,
  618, 605, 615, 615, 413, 479, 361, 618, 508, 786, 529, 510, 470, 380, 551, 380, 572,
];
/** Letters outside ASCII (é, ₂, –) are about as wide as a digit. */
const OTHER_WIDTH = 572;

/** Width of a text in Noto Sans at the given size, in points. */
export function textWidth(text: string, fontSize: number): number {
  let thousandths = 0;
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0;
    thousandths += code >= 32 && code <= 126 ? (ASCII_WIDTHS[code - 32] ?? OTHER_WIDTH) : OTHER_WIDTH;
  }
  return (thousandths * fontSize) / 1000;
}

const PAGE_WIDTH = { A4: 595.28, LETTER: 612 } as const;
/** The bullet mark's column in resume-document.tsx. */
const BULLET_MARK_WIDTH = 10;

/** The width a bullet's text wraps at in a resume template, in points. */
export function bulletLineWidth(template: Pick<ResumeTemplate, 'page' | 'fontSize'>): number {
  // Without a paper in the template (it follows the resume's country), the narrower A4.
  return PAGE_WIDTH[template.page.size ?? 'A4'] - 2 * template.page.margin - BULLET_MARK_WIDTH;
}

/**
 * Lines a bullet takes when wrapped at word boundaries, as the PDF wraps it (greedy, the way
 * react-pdf's line breaker fills a line before moving on).
 */
export function wrappedLines(text: string, fontSize: number, lineWidth: number): number {
  const space = textWidth(' ', fontSize);
  let lines = 1;
  let used = 0;
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const width = textWidth(word, fontSize);
    if (used > 0 && used + space + width > lineWidth) {
      lines++;
      used = width;
    } else {
      used += (used > 0 ? space : 0) + width;
    }
  }
  return lines;
}
