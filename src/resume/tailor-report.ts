import type { Coverage, KeywordSet, RoadmapItem } from '../model/index.js';
import { keywordEntries, mentionedTerms, mentions } from '../bullets/keyword-mentions.js';

export interface JobReport {
  /** Keyword-set terms the posting names. */
  asked: string[];
  /** Asked, and the resume already shows them. */
  shown: string[];
  /** Asked, backed by evidence, but not on the resume: add them. */
  addThem: string[];
  /** Asked, and no evidence supports them: learn them, with the roadmap items that would. */
  learnThem: Array<{ term: string; roadmapItems: Array<{ title: string; line: number }> }>;
}

/**
 * What a job posting asks for against what the resume shows and the evidence backs. Nothing here
 * adds a skill to the resume: "add them" is advice to the user, who has the evidence.
 */
export function jobReport(asked: readonly string[], resumeText: string, coverage: Coverage, keywordSet: KeywordSet, roadmapItems: readonly RoadmapItem[]): JobReport {
  const shownTerms = new Set(mentionedTerms(resumeText, keywordSet));
  const backed = new Set([...coverage.mustHave.covered, ...coverage.goodToHave.covered].map((keyword) => keyword.term));
  const keywordByTerm = new Map(keywordEntries(keywordSet).map((entry) => [entry.keyword.term, entry.keyword]));
  const learnThem = asked.filter((term) => !backed.has(term)).map((term) => {
    const keyword = keywordByTerm.get(term);
    const fromSuggestions = coverage.suggestions.filter((suggestion) => suggestion.covers.some((cover) => cover.term === term));
    const fromRoadmap = roadmapItems.filter((item) => item.status !== 'done' && keyword !== undefined &&
      mentions([item.title, item.note ?? '', item.track ?? '', ...item.links.map((link) => link.text)].join(' '), keyword));
    const byLine = new Map([...fromSuggestions, ...fromRoadmap].map((item) => [item.line, { title: item.title, line: item.line }]));
    return { term, roadmapItems: [...byLine.values()].sort((a, b) => a.line - b.line) };
  });
  return {
    asked: [...asked],
    shown: asked.filter((term) => shownTerms.has(term)),
    addThem: asked.filter((term) => backed.has(term) && !shownTerms.has(term)),
    learnThem,
  };
}
