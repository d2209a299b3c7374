import type { ApplicationRecord } from '../model/index.js';

export interface MissingSkill {
  term: string;
  /** How many applications' postings ask for it and no evidence backs it. */
  postings: number;
  /** Of those, how many ask for it as a requirement. */
  required: number;
  /** The applications' folders, for looking them up. */
  applications: string[];
}

export interface ClosingItem {
  title: string;
  line: number;
  /** The skills it would back. */
  closes: string[];
  /** Gaps it closes, counted over applications (Spark missing in two postings counts two). */
  gapsClosed: number;
  requiredClosed: number;
}

export interface CrossPostingGaps {
  applications: number;
  mostMissing: MissingSkill[];
  roadmapClosesMost: ClosingItem[];
}

/**
 * The learning plan across every application kept: the skills most often missing from the
 * postings (requirements weigh first on ties), and the roadmap items that would close the most
 * of those gaps. An item is known by its title, since lines move as the roadmap is edited.
 */
export function crossPostingGaps(applications: ReadonlyArray<{ folder: string; record: ApplicationRecord }>): CrossPostingGaps {
  const skills = new Map<string, MissingSkill>();
  const items = new Map<string, ClosingItem & { terms: Set<string> }>();
  for (const { folder, record } of applications) {
    for (const gap of record.gaps) {
      const skill = skills.get(gap.term) ?? { term: gap.term, postings: 0, required: 0, applications: [] };
      skill.postings++;
      if (gap.section === 'required') skill.required++;
      skill.applications.push(folder);
      skills.set(gap.term, skill);
      for (const item of gap.roadmapItems) {
        const entry = items.get(item.title) ?? { title: item.title, line: item.line, closes: [], gapsClosed: 0, requiredClosed: 0, terms: new Set<string>() };
        entry.terms.add(gap.term);
        entry.gapsClosed++;
        if (gap.section === 'required') entry.requiredClosed++;
        items.set(item.title, entry);
      }
    }
  }
  const order = [...skills.keys()];
  const mostMissing = [...skills.values()].sort((a, b) => b.postings - a.postings || b.required - a.required || order.indexOf(a.term) - order.indexOf(b.term));
  const roadmapClosesMost = [...items.values()]
    .map(({ terms, ...item }) => ({ ...item, closes: [...terms] }))
    .sort((a, b) => b.gapsClosed - a.gapsClosed || b.requiredClosed - a.requiredClosed || a.line - b.line);
  return { applications: applications.length, mostMissing, roadmapClosesMost };
}
