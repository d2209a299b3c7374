import type { Evidence, KeywordHit } from '../model/index.js';
import type { MatcherSource } from './compile.js';
import { findKeywords } from './match.js';

/** Every keyword found in the evidence, by canonical term, each hit naming its evidence and field. */
export type HitsByTerm = Map<string, KeywordHit[]>;

/** Match every field of every evidence record once, with one compiled matcher. */
export function hitsInEvidence(evidence: Evidence[], source: MatcherSource): HitsByTerm {
  const hits: HitsByTerm = new Map();
  for (const record of evidence) {
    for (const field of record.fields) {
      for (const match of findKeywords(field.text, source)) {
        const hit: KeywordHit = { evidenceId: record.id, field: field.name, matched: match.matched, form: match.form, start: match.start, end: match.end };
        const list = hits.get(match.term);
        if (list) list.push(hit); else hits.set(match.term, [hit]);
      }
    }
  }
  return hits;
}
