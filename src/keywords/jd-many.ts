import type { JobKeywords, JobSection } from '../model/index.js';

/** One skill across several postings: how many ask for it and where. */
export interface AskedSkill {
  term: string;
  /** Postings naming it (any section). */
  postings: number;
  required: number;
  preferred: number;
  other: number;
  parent?: string;
}

/**
 * Which skills a set of postings asks for most: each known skill with the number of postings that
 * require it, prefer it or only mention it, most required first. A skill counts once per posting,
 * in its strongest section.
 */
export function skillsAskedMost(postings: JobKeywords[]): AskedSkill[] {
  const byTerm = new Map<string, AskedSkill>();
  for (const posting of postings) {
    for (const keyword of posting.keywords) {
      if (!keyword.known) continue;
      let entry = byTerm.get(keyword.term);
      if (!entry) {
        entry = { term: keyword.term, postings: 0, required: 0, preferred: 0, other: 0, ...(keyword.parent ? { parent: keyword.parent } : {}) };
        byTerm.set(keyword.term, entry);
      }
      entry.postings++;
      entry[keyword.section satisfies JobSection]++;
    }
  }
  return [...byTerm.values()].sort((a, b) => b.required - a.required || b.postings - a.postings || b.preferred - a.preferred || a.term.localeCompare(b.term));
}
