import { EvidenceMap, formatIssues, type Evidence, type KeywordHit } from '../model/index.js';
import type { HitsByTerm } from './evidence-hits.js';
import { KeywordFileError } from './lexicon.js';
import { inRanges, unclaimedRanges } from './negation.js';

// A physician's "Attending Physician" or "taught residents" names no data keyword, yet it shows
// Healthcare, Clinical Workflows and Teaching. The evidence map (keyword-sets/evidence-map/) says
// which profile words show which keywords; every hit names the profile line and the rule, so the
// user and a reviewer can check it. Only the profile's own statements are read: roadmap items and
// repos speak for themselves through the lexicon.

/** Validate parsed JSON as an evidence map, each pattern compiled once so a bad one is reported with its rule. */
export function validateEvidenceMap(data: unknown, source: string): EvidenceMap {
  const result = EvidenceMap.safeParse(data);
  if (!result.success) throw new KeywordFileError(`${source}: ${formatIssues(result.error)}`);
  result.data.rules.forEach((rule, index) => {
    try { new RegExp(rule.pattern, 'u'); } catch (error) { throw new KeywordFileError(`${source}: rules[${index}].pattern (${rule.id}): ${(error as Error).message}`); }
  });
  return result.data;
}

const compiled = new WeakMap<EvidenceMap['rules'][number], RegExp>();

export function rulePattern(rule: EvidenceMap['rules'][number]): RegExp {
  let pattern = compiled.get(rule);
  if (!pattern) {
    pattern = new RegExp(rule.pattern, rule.caseSensitive ? 'gu' : 'giu');
    compiled.set(rule, pattern);
  }
  pattern.lastIndex = 0;
  return pattern;
}

/**
 * Keywords the profile's own words show through the map, each hit naming the profile record,
 * the field, the words matched and the rule. A negated or planned clause ("no teaching duties",
 * "plan to lead a team") shows nothing.
 */
export function mappedHits(evidence: Evidence[], map: EvidenceMap | undefined): HitsByTerm {
  const hits: HitsByTerm = new Map();
  if (!map) return hits;
  for (const record of evidence) {
    if (record.source.type !== 'profile') continue;
    for (const rule of map.rules) {
      if (!(rule.kinds as string[]).includes(record.kind)) continue;
      for (const field of record.fields) {
        if (!rule.fields.includes(field.name)) continue;
        let unclaimed: [number, number][] | undefined;
        for (const match of field.text.matchAll(rulePattern(rule))) {
          const start = match.index ?? 0;
          const end = start + match[0].length;
          unclaimed ??= unclaimedRanges(field.text);
          if (unclaimed.length > 0 && inRanges(unclaimed, start, end)) continue;
          for (const term of rule.evidences) {
            const hit: KeywordHit = { evidenceId: record.id, field: field.name, matched: match[0], form: 'mapped', start, end, rule: rule.id };
            const list = hits.get(term);
            if (!list) hits.set(term, [hit]);
            else if (!list.some((other) => other.evidenceId === hit.evidenceId && other.rule === hit.rule)) list.push(hit);
          }
        }
      }
    }
  }
  return hits;
}

/** Add mapped hits to literal ones (literal first: the words as written are the better evidence). */
export function withMappedHits(hits: HitsByTerm, mapped: HitsByTerm, terms?: ReadonlySet<string>): HitsByTerm {
  const out: HitsByTerm = new Map(hits);
  for (const [term, list] of mapped) {
    if (terms && !terms.has(term)) continue;
    out.set(term, [...(out.get(term) ?? []), ...list]);
  }
  return out;
}
