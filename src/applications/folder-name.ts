/**
 * A name part safe in a folder name on every system: letters and digits of any script, lower
 * case, everything else (slashes, dots, colons, quotes, spaces, emoji) one hyphen. Accents go
 * (é → e) so a name types the same on every keyboard.
 */
export function slug(text: string, maxLength = 40): string {
  // Accents off Latin letters only: a Japanese voiced mark (デ) is part of the letter.
  const folded = text.normalize('NFKD').replace(/(\p{Script=Latin})\p{M}+/gu, '$1').normalize('NFC').toLowerCase();
  const hyphenated = folded.replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-+|-+$/g, '');
  if (hyphenated.length <= maxLength) return hyphenated;
  // Cut at a word boundary when one is near the limit.
  const cut = hyphenated.slice(0, maxLength);
  const lastHyphen = cut.lastIndexOf('-');
  return (lastHyphen > maxLength / 2 ? cut.slice(0, lastHyphen) : cut).replace(/-+$/, '');
}

/** `2026-03-02-northwind-therapeutics-pharmacovigilance-data-scientist`. */
export function applicationFolderName(day: string, company: string, role: string): string {
  const parts = [day, slug(company) || 'company', slug(role) || 'role'];
  return parts.join('-');
}

/**
 * The first of `base`, `base-2`, `base-3`... not taken: two applications made the same day to
 * the same role at the same company get folders of their own.
 */
export function freeFolderName(base: string, taken: ReadonlySet<string>): string {
  if (!taken.has(base)) return base;
  for (let n = 2; ; n++) if (!taken.has(`${base}-${n}`)) return `${base}-${n}`;
}
