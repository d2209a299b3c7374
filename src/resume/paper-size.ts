import type { PaperSize } from '../model/index.js';

// Countries whose offices use US Letter (ISO 216 A4 is the rule everywhere else). A resume printed
// on the wrong paper loses its bottom lines or gains a wide empty band, so the default follows the
// country the resume gives as the applicant's location.
const LETTER_COUNTRIES = new Set(['US', 'CA', 'MX', 'PH', 'CL', 'CO', 'VE', 'GT', 'CR', 'PA', 'DO', 'PR', 'SV', 'NI', 'HN', 'BZ', 'BO']);

/** The paper both PDFs use: `--paper`, else the template's, else Letter in Letter countries and A4 elsewhere. */
export function paperSize(countryCode: string | undefined, templateSize?: PaperSize, override?: PaperSize): PaperSize {
  if (override) return override;
  if (templateSize) return templateSize;
  return countryCode && LETTER_COUNTRIES.has(countryCode.trim().toUpperCase()) ? 'LETTER' : 'A4';
}

/** Width and height in points (react-pdf's sizes). */
export const PAPER_POINTS: Record<PaperSize, { width: number; height: number }> = {
  A4: { width: 595.28, height: 841.89 },
  LETTER: { width: 612, height: 792 },
};
