import type { InProgressItem, KeywordSet, Roadmap, RoadmapItem, Suggestion, Tier } from '../model/index.js';
import { compileMatcher, keywordsOf } from './compile.js';
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
