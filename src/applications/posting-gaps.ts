import { findKeywords } from '../keywords/match.js';
import type { MatcherSource } from '../keywords/compile.js';
import type { ApplicationGap, Coverage, RoadmapItem } from '../model/index.js';
import type { JobReport } from '../resume/tailor-report.js';

const SECTION_ORDER = { required: 0, preferred: 1, other: 2 } as const;

/** The text of a roadmap item a skill can be named in. */
const itemText = (item: RoadmapItem) => [item.title, item.note ?? '', item.track ?? '', ...item.links.map((link) => link.text)].join(' ');

/**
 * The skills a posting asks for that no evidence backs (every skill the lexicon knows, as the
 * posting score counts them), required first, each with the unfinished roadmap items that would
 * back it: the job report's (the keyword set's own suggestions) and any item naming the skill.
 */
export function postingGaps(coverage: Coverage, job: JobReport | undefined, roadmapItems: readonly RoadmapItem[], lexicon: MatcherSource): ApplicationGap[] {
  const missing = (coverage.jd?.keywords ?? []).filter((keyword) => keyword.known && !keyword.covered);
  if (missing.length === 0) return [];
  const unfinished = roadmapItems.filter((item) => item.status !== 'done');
  const namedBy = unfinished.map((item) => ({ item, terms: new Set(findKeywords(itemText(item), lexicon).map((match) => match.term)) }));
  const fromReport = new Map((job?.learnThem ?? []).map((gap) => [gap.term, gap.roadmapItems]));
  return missing
    .map((keyword, index) => ({ keyword, index }))
    .sort((a, b) => SECTION_ORDER[a.keyword.section] - SECTION_ORDER[b.keyword.section] || a.index - b.index)
    .map(({ keyword }) => {
      const items = new Map<number, { title: string; line: number }>();
      for (const item of fromReport.get(keyword.term) ?? []) items.set(item.line, item);
      for (const { item, terms } of namedBy) if (terms.has(keyword.term)) items.set(item.line, { title: item.title, line: item.line });
      return { term: keyword.term, section: keyword.section, roadmapItems: [...items.values()].sort((a, b) => a.line - b.line) };
    });
}
