import type { KeywordSet } from '../model/index.js';
import { mentionedTerms } from '../bullets/keyword-mentions.js';
import { layoutText, type ResumeLayout } from './resume-sections.js';

export interface AtsCheck {
  /** True when the PDF's extracted text names exactly the keywords the resume does. */
  ok: boolean;
  resumeTerms: string[];
  pdfTerms: string[];
  /** In resume.json but lost in the PDF (a glyph that extracts wrong, a line cut off). */
  lostInPdf: string[];
  /** Only in the PDF's text (should never happen: it would mean text we did not write). */
  onlyInPdf: string[];
  /** Lines of the resume whose text the PDF does not give back (whitespace-insensitive). */
  missingLines: string[];
}

const squash = (text: string) => text.replace(/\s+/g, '').normalize('NFC');

/**
 * What the ATS sees (`termsIn` is the keyword matcher; build passes analyze's own): keyword coverage of the text extracted from resume.pdf against coverage of
 * the resume's own text, plus every printed line found again in the extracted text.
 */
export function atsCheck(
  layout: ResumeLayout,
  extracted: string,
  keywordSet: KeywordSet,
  termsIn: (text: string) => string[] = (text) => mentionedTerms(text, keywordSet),
): AtsCheck {
  const lines = layoutText(layout);
  const resumeTerms = termsIn(lines.join('\n'));
  const pdfTerms = termsIn(extracted);
  const lostInPdf = resumeTerms.filter((term) => !pdfTerms.includes(term));
  const onlyInPdf = pdfTerms.filter((term) => !resumeTerms.includes(term));
  const haystack = squash(extracted);
  const missingLines = lines.filter((line) => !haystack.includes(squash(line)));
  return { ok: lostInPdf.length === 0 && onlyInPdf.length === 0 && missingLines.length === 0, resumeTerms, pdfTerms, lostInPdf, onlyInPdf, missingLines };
}
