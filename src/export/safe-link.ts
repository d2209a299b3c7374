import { safeLinkTarget } from '../model/safe-link.js';

/** Only web, mail and phone links leave a document we write: `javascript:`, `file:` and the like stay text (one rule for PDF, DOCX and HTML: src/model/safe-link.ts). */
export function isSafeLink(url: string): boolean {
  return safeLinkTarget(url) !== undefined;
}
