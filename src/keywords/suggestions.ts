import type { InProgressItem, KeywordSet, Roadmap, RoadmapItem, Suggestion, Tier } from '../model/index.js';
import { compileMatcher, keywordsOf, type MatcherSource } from './compile.js';
import { findKeywords } from './match.js';

// Finishing an item whose title names a keyword covers it; a keyword its topic merely implies
// (Computer Vision → Image Classification) is likelier than not, so it counts half.
const IMPLIED_SHARE = 0.5;

function itemText(item: RoadmapItem): string {
  return [item.title, item.note, item.track, ...(item.details ?? []), ...item.links.map((link) => link.text)].filter(Boolean).join('\n');
}

interface ItemCover { term: string; tier: Tier; implied: boolean }

/** The set's keywords a roadmap item names (title, note, track, details, link text), plus those its topics imply. */
export function keywordsOfItem(item: RoadmapItem, set: KeywordSet): ItemCover[] {
  const tierOf = new Map(keywordsOf(set).map((keyword) => [keyword.term.toLowerCase(), keyword] as const));
  const covers = new Map<string, ItemCover>();
  for (const match of findKeywords(itemText(item), compileMatcher(set))) {
    covers.set(match.term, { term: match.term, tier: match.keyword.tier!, implied: false });
  }
  for (const named of [...covers.values()]) {
    for (const impliedTerm of tierOf.get(named.term.toLowerCase())?.implies ?? []) {
      const keyword = tierOf.get(impliedTerm.toLowerCase());
      if (keyword && !covers.has(keyword.term)) covers.set(keyword.term, { term: keyword.term, tier: keyword.tier!, implied: true });
    }
  }
  return [...covers.values()];
}

/**
 * Not-yet-done roadmap items ranked by the missing keywords finishing them would cover
 * (a must-have weighs the set's must-have weight, an implied keyword half).
 */
export function suggestFromRoadmap(roadmap: Roadmap, set: KeywordSet, missing: ReadonlySet<string>): Suggestion[] {
  const suggestions: Suggestion[] = [];
  for (const item of roadmap.items) {
    if (item.status === 'done') continue;
    const covers = keywordsOfItem(item, set).filter((cover) => missing.has(cover.term));
    if (covers.length === 0) continue;
    const weight = covers.reduce((sum, cover) => sum + set.weights[cover.tier] * (cover.implied ? IMPLIED_SHARE : 1), 0);
    suggestions.push({
      title: item.title,
      line: item.line,
      status: item.status,
      covers: covers
        .sort((a, b) => Number(a.implied) - Number(b.implied) || (a.tier === b.tier ? 0 : a.tier === 'mustHave' ? -1 : 1))
        .map((cover) => ({ term: cover.term, tier: cover.tier, ...(cover.implied ? { implied: true } : {}) })),
      weight: Math.round(weight * 10) / 10,
      ...(item.phase ? { phase: item.phase } : {}),
    });
  }
  return suggestions.sort((a, b) => b.weight - a.weight || a.line - b.line);
}

/** In-progress items with the keywords they name: shown to the user, never counted as covered. */
export function inProgressItems(roadmap: Roadmap, set: KeywordSet): InProgressItem[] {
  return roadmap.items
    .filter((item) => item.status === 'in_progress')
    .map((item) => ({ title: item.title, line: item.line, covers: keywordsOfItem(item, set).filter((cover) => !cover.implied).map(({ term, tier }) => ({ term, tier })) }));
}

const STATUS_RANK = { in_progress: 0, not_started: 1 } as const;

/**
 * Order "what to learn next" as a career coach would: items that close the posting's required
 * gaps first, then those that close must-have gaps, then the roadmap's own order (an item
 * already in progress before a new one, an earlier phase and line before a later one: the
 * roadmap puts prerequisites first). `requiredByItem` maps an item's line to the posting's
 * missing required skills it names.
 */
export function rankSuggestions(suggestions: Suggestion[], requiredByItem: ReadonlyMap<number, string[]> = new Map()): Suggestion[] {
  const mustHaves = (suggestion: Suggestion) => suggestion.covers.filter((cover) => cover.tier === 'mustHave' && !cover.implied).length;
  return suggestions
    .map((suggestion) => {
      const required = requiredByItem.get(suggestion.line) ?? [];
      return required.length > 0 ? { ...suggestion, requiredByPosting: required } : suggestion;
    })
    .sort((a, b) =>
      (b.requiredByPosting?.length ?? 0) - (a.requiredByPosting?.length ?? 0)
      || mustHaves(b) - mustHaves(a)
      || STATUS_RANK[a.status] - STATUS_RANK[b.status]
      || a.line - b.line);
}

/** The posting's missing required skills each not-done roadmap item names (matched with the posting's lexicon). */
export function requiredGapsByItem(roadmap: Roadmap, lexicon: MatcherSource, missingRequired: readonly string[]): Map<number, string[]> {
  const missing = new Set(missingRequired);
  const out = new Map<number, string[]>();
  if (missing.size === 0) return out;
  for (const item of roadmap.items) {
    if (item.status === 'done') continue;
    const named = [...new Set(findKeywords(itemText(item), compileMatcher(lexicon)).map((match) => match.term))].filter((term) => missing.has(term));
    if (named.length > 0) out.set(item.line, named);
  }
  return out;
}
