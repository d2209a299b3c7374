import type { Evidence, KeywordHit } from '../model/index.js';
import type { MatcherSource } from './compile.js';
import { findKeywords } from './match.js';
import { inRanges, unclaimedRanges } from './negation.js';

/** Every keyword found in the evidence, by canonical term, each hit naming its evidence and field. */
export type HitsByTerm = Map<string, KeywordHit[]>;

/**
 * Match every field of every evidence record once, with one compiled matcher. A keyword in a
 * clause that negates or only plans it ("does not use SQL", "TODO: add Docker") is not evidence
 * (see negation.ts).
 */
export function hitsInEvidence(evidence: Evidence[], source: MatcherSource): HitsByTerm {
  const hits: HitsByTerm = new Map();
  for (const record of evidence) {
    for (const field of record.fields) {
      const matches = findKeywords(field.text, source);
      if (matches.length === 0) continue;
      const unclaimed = unclaimedRanges(field.text);
      for (const match of matches) {
        if (unclaimed.length > 0 && inRanges(unclaimed, match.start, match.end)) continue;
        const hit: KeywordHit = { evidenceId: record.id, field: field.name, matched: match.matched, form: match.form, start: match.start, end: match.end };
        const list = hits.get(match.term);
        if (list) list.push(hit); else hits.set(match.term, [hit]);
      }
    }
  }
  return hits;
}
