/** Only web, mail and phone links leave a document we write: `javascript:`, `file:` and the like stay text. */
export function isSafeLink(url: string): boolean {
  return /^(?:https?:\/\/|mailto:|tel:)/i.test(url.trim());
}
