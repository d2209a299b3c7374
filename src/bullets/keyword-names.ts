import type { Keyword } from '../model/index.js';

/**
 * How a keyword is written in running text. Recruiters search for both the full form and the
 * acronym, so the first mention in the document is "Electronic Health Records (EHR)" and later
 * ones use the short form.
 */
export class KeywordNamer {
  private readonly introduced = new Set<string>();

  name(keyword: Keyword): string {
    if (!keyword.acronym || keyword.term.includes(`(${keyword.acronym})`) || keyword.term === keyword.acronym) return keyword.term;
    if (this.introduced.has(keyword.term)) return keyword.acronym;
    this.introduced.add(keyword.term);
    return `${keyword.term} (${keyword.acronym})`;
  }
}

/** "A", "A and B", "A, B and C". */
export function joinList(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}
