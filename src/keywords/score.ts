import type { CoveredKeyword, KeywordSet, TierCoverage } from '../model/index.js';
import type { HitsByTerm } from './evidence-hits.js';

const round1 = (value: number) => Math.round(value * 10) / 10;

/** Percentage of a tier's keywords in `present`, 0-100 (an empty tier counts as fully covered). */
export function tierScore(total: number, present: number): number {
  return total === 0 ? 100 : round1((present / total) * 100);
}

/**
 * The overall score: the tier scores averaged with the set's weights. With weights 3 and 1, the
 * must-haves make up three quarters of the score however many good-to-haves the set lists.
 */
export function weightedScore(set: KeywordSet, mustHaveScore: number, goodToHaveScore: number): number {
  const { mustHave, goodToHave } = set.weights;
  return round1((mustHave * mustHaveScore + goodToHave * goodToHaveScore) / (mustHave + goodToHave));
}

/** One tier's coverage: covered keywords with their evidence (in set order) and missing terms. */
export function tierCoverage(keywords: KeywordSet['mustHave'], hits: HitsByTerm): TierCoverage {
  const covered: CoveredKeyword[] = [];
  const missing: string[] = [];
  for (const keyword of keywords) {
    const evidence = hits.get(keyword.term);
    if (evidence && evidence.length > 0) covered.push({ term: keyword.term, category: keyword.category, evidence });
    else missing.push(keyword.term);
  }
  return { score: tierScore(keywords.length, covered.length), covered, missing };
}
