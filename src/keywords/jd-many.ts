import type { Coverage, JobKeyword, JobSection } from '../model/index.js';

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
export function skillsAskedMost(postings: ReadonlyArray<{ keywords: ReadonlyArray<Pick<JobKeyword, 'term' | 'known' | 'section' | 'parent'>> }>): AskedSkill[] {
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

/** One roadmap item across several postings: the required skills it would back, counted per posting. */
export interface ClosingRoadmapItem {
  title: string;
  line: number;
  /** Required gaps it closes, summed over postings (SQL missing in two postings counts two). */
  requiredGapsClosed: number;
  /** Postings in which it closes at least one required gap. */
  postings: number;
  closes: string[];
}

/** What several postings ask for, set against the user's evidence (`roadfolio analyze --jd A --jd B`). */
export interface PostingsCoverage {
  postings: number;
  /** Each skill asked for, with whether the evidence covers it (covered in one posting is covered in all: the evidence is the same). */
  asked: (AskedSkill & { covered: boolean })[];
  /** Required skills the evidence lacks, the most often required first. */
  missingRequired: { term: string; postings: number }[];
  /** Roadmap items that would back the most of those required gaps, most first. */
  roadmapClosesMost: ClosingRoadmapItem[];
}

/**
 * Coverage of several postings at once, from each posting's own coverage (analyze with its text):
 * which skills they ask for most, which of them the user's evidence backs, which required ones
 * are missing most often, and which roadmap items close the most required gaps over all of them.
 */
export function coverageAcrossPostings(postings: ReadonlyArray<Pick<Coverage, 'jd' | 'suggestions'>>): PostingsCoverage {
  const jds = postings.flatMap((posting) => (posting.jd ? [posting.jd] : []));
  const covered = new Set(jds.flatMap((jd) => jd.keywords.filter((keyword) => keyword.covered).map((keyword) => keyword.term)));
  const asked = skillsAskedMost(jds.map((jd) => ({ keywords: jd.keywords }))).map((skill) => ({ ...skill, covered: covered.has(skill.term) }));
  const missing = new Map<string, number>();
  for (const jd of jds) for (const term of new Set(jd.missingRequired)) missing.set(term, (missing.get(term) ?? 0) + 1);
  const order = [...missing.keys()];
  const missingRequired = [...missing].map(([term, count]) => ({ term, postings: count })).sort((a, b) => b.postings - a.postings || order.indexOf(a.term) - order.indexOf(b.term));
  const items = new Map<string, ClosingRoadmapItem & { terms: Set<string> }>();
  for (const posting of postings) {
    for (const suggestion of posting.suggestions) {
      const closes = suggestion.requiredByPosting ?? [];
      if (closes.length === 0) continue;
      const entry = items.get(suggestion.title) ?? { title: suggestion.title, line: suggestion.line, requiredGapsClosed: 0, postings: 0, closes: [], terms: new Set<string>() };
      entry.requiredGapsClosed += closes.length;
      entry.postings++;
      for (const term of closes) entry.terms.add(term);
      items.set(suggestion.title, entry);
    }
  }
  const roadmapClosesMost = [...items.values()]
    .map(({ terms, ...item }) => ({ ...item, closes: [...terms] }))
    .sort((a, b) => b.requiredGapsClosed - a.requiredGapsClosed || b.postings - a.postings || a.line - b.line);
  return { postings: jds.length, asked, missingRequired, roadmapClosesMost };
}
