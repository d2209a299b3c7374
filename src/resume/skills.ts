import type { Coverage, KeywordCategory, KeywordSet, Resume } from '../model/index.js';
import { keywordEntries } from '../bullets/keyword-mentions.js';

/** Skill group headings, in the order a recruiter scans them. */
const CATEGORY_LABELS: Array<[KeywordCategory, string]> = [
  ['language', 'Programming'],
  ['library', 'Libraries & frameworks'],
  ['framework', 'Libraries & frameworks'],
  ['method', 'Methods'],
  ['data-standard', 'Data & standards'],
  ['domain', 'Domain knowledge'],
  ['regulation', 'Regulation & compliance'],
  ['cloud', 'Cloud'],
  ['tool', 'Tools'],
  ['soft-skill', 'Professional'],
];

export const TOOL_CATEGORIES: ReadonlySet<KeywordCategory> = new Set(['language', 'framework', 'library', 'tool', 'cloud', 'data-standard']);

/** What Skills leave out, from the bullet engine's reading of the evidence. */
export interface SkillLimits {
  /** Terms an in-progress roadmap item names: still being learned, said on the "Currently learning" line only. */
  inProgress?: ReadonlySet<string>;
  /** Terms the evidence uses as data sets (MIMIC, PhysioNet): they belong to the bullet that used them. */
  datasets?: ReadonlySet<string>;
  /** Per evidence id, the tools its statements say were used. */
  toolsUsed?: Readonly<Record<string, readonly string[]>>;
}

/** The skills entry that names what is still being learned, labelled as such. */
export const LEARNING_SKILL = 'Currently learning';

/** A JSON Resume `skills[]` entry. */
export type SkillGroup = NonNullable<Resume['skills']>[number] & { name: string; keywords: string[] };

/** "Electronic Health Records (EHR)": the skills line carries both forms, since ATS search either. */
export function skillName(term: string, acronym: string | undefined): string {
  return acronym && acronym !== term && !term.includes(`(${acronym})`) ? `${term} (${acronym})` : term;
}

/**
 * Skills are exactly the covered keywords whose hits lie on evidence the resume shows, grouped by
 * category; within a group, the ones a job description asks for first, then the set's order.
 */
export function skillGroups(
  coverage: Coverage,
  keywordSet: KeywordSet,
  shownEvidence: ReadonlySet<string>,
  jobTerms: ReadonlySet<string> = new Set(),
  /** Evidence shown only through the user's own words: the terms those words name. */
  shownTermsOf: ReadonlyMap<string, ReadonlySet<string>> = new Map(),
  /** What is not a skill to list: see SkillLimits. */
  limits: SkillLimits = {},
): SkillGroup[] {
  const shows = (evidenceId: string, term: string) => shownEvidence.has(evidenceId) && (shownTermsOf.get(evidenceId)?.has(term) ?? true);
  // A tool counts only where the evidence says it was used (not a link's host, a course platform, a column label).
  const used = (evidenceId: string, term: string, category: KeywordCategory) =>
    !limits.toolsUsed || !TOOL_CATEGORIES.has(category) || evidenceId.startsWith('profile:') || (limits.toolsUsed[evidenceId]?.includes(term) ?? false);
  const covered = new Set([...coverage.mustHave.covered, ...coverage.goodToHave.covered]
    .filter((keyword) => !limits.inProgress?.has(keyword.term) && !limits.datasets?.has(keyword.term))
    .filter((keyword) => keyword.evidence.some((hit) => shows(hit.evidenceId, keyword.term) && used(hit.evidenceId, keyword.term, keyword.category)))
    .map((keyword) => keyword.term));
  const entries = keywordEntries(keywordSet).filter((entry) => covered.has(entry.keyword.term));
  const groups = new Map<string, Array<{ name: string; wanted: boolean; rank: number }>>();
  for (const [, label] of CATEGORY_LABELS) groups.set(label, []);
  for (const entry of entries) {
    const label = CATEGORY_LABELS.find(([category]) => category === entry.keyword.category)?.[1] ?? 'Other';
    const group = groups.get(label) ?? [];
    group.push({ name: skillName(entry.keyword.term, entry.keyword.acronym), wanted: jobTerms.has(entry.keyword.term), rank: entry.rank });
    groups.set(label, group);
  }
  const result = [...groups.entries()]
    .filter(([, skills]) => skills.length > 0)
    .map(([name, skills]) => ({
      name,
      wanted: skills.some((skill) => skill.wanted),
      keywords: [...skills].sort((a, b) => Number(b.wanted) - Number(a.wanted) || a.rank - b.rank).map((skill) => skill.name),
    }));
  // With a job description, groups holding what it asks for come first (stable otherwise).
  return result.sort((a, b) => Number(b.wanted) - Number(a.wanted)).map(({ name, keywords }) => ({ name, keywords }));
}
