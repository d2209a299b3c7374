import type { Evidence, JdCoverage, JdKeywordCoverage, KeywordHit, KeywordSet, WordingNote } from '../model/index.js';
import { compileMatcher, keywordsOf, type MatcherSource } from './compile.js';
import { hitsInEvidence, type HitsByTerm } from './evidence-hits.js';
import { withMappedHits } from './evidence-map.js';
import { extractJobKeywords } from './jd.js';
import { findKeywords } from './match.js';
import { inRanges, unclaimedRanges } from './negation.js';
import { foldToken } from './tokens.js';
import { tokenizeWords } from './natural.js';
import { sameWordsOtherForm } from './wording.js';

const share = (total: number, covered: number) => ({ total, covered, share: total === 0 ? 100 : Math.round((covered / total) * 1000) / 10 });

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** An unknown candidate has no aliases: it is covered where the evidence has the same words (not negated or only planned). */
function literalHits(term: string, evidence: Evidence[]): KeywordHit[] {
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(term)}(?![\\p{L}\\p{N}])`, 'giu');
  const hits: KeywordHit[] = [];
  for (const record of evidence) {
    for (const field of record.fields) {
      let unclaimed: [number, number][] | undefined;
      for (const match of field.text.matchAll(pattern)) {
        const start = match.index ?? 0;
        unclaimed ??= unclaimedRanges(field.text);
        if (inRanges(unclaimed, start, start + match[0].length)) continue;
        hits.push({ evidenceId: record.id, field: field.name, matched: match[0], form: 'exact', start, end: start + match[0].length });
      }
    }
  }
  return hits;
}

const normalise = (text: string) => tokenizeWords(text).map(foldToken).join(' ');

export interface JdCoverageResult { jd: JdCoverage; wording: WordingNote[] }

/**
 * What the set's own matcher found: the evidence hits and the terms on the resume. The lexicon
 * may know more aliases for a set keyword than the set does; the posting's table must still agree
 * with the set's covered/missing table, so set keywords take their verdict from here.
 */
export interface SetVerdicts { hits: HitsByTerm; shown: ReadonlySet<string> }

/**
 * How much of one posting the evidence covers: each skill it asks for, covered (with evidence)
 * or not, shown on the resume or not, and the required and preferred shares. Where the evidence
 * names a skill in other words than the posting, a wording note gives the posting's words.
 */
export function coverageOfJob(jobText: string, lexicon: MatcherSource, keywordSet: KeywordSet, evidence: Evidence[], resumeText: string, setVerdicts?: SetVerdicts, mapped?: HitsByTerm): JdCoverageResult {
  const matcher = compileMatcher(lexicon);
  const job = extractJobKeywords(jobText, matcher, { keywordSet });
  const hits = mapped ? withMappedHits(hitsInEvidence(evidence, matcher), mapped) : hitsInEvidence(evidence, matcher);
  const onResume = new Set(findKeywords(resumeText, matcher).map((match) => match.term));
  if (setVerdicts) {
    for (const keyword of keywordsOf(keywordSet)) {
      const setHits = setVerdicts.hits.get(keyword.term);
      if (setHits) hits.set(keyword.term, setHits); else hits.delete(keyword.term);
      if (setVerdicts.shown.has(keyword.term)) onResume.add(keyword.term); else onResume.delete(keyword.term);
    }
  }
  const resumeLower = normalise(resumeText);

  const keywords: JdKeywordCoverage[] = job.keywords.map((keyword) => {
    const found = keyword.known ? (hits.get(keyword.term) ?? []) : literalHits(keyword.term, evidence);
    const shown = keyword.known ? onResume.has(keyword.term) : ` ${resumeLower} `.includes(` ${normalise(keyword.term)} `);
    return {
      term: keyword.term,
      section: keyword.section,
      known: keyword.known,
      ...(keyword.tier ? { tier: keyword.tier } : {}),
      count: keyword.count,
      covered: found.length > 0,
      shown,
      evidence: found,
    };
  });

  const known = keywords.filter((keyword) => keyword.known);
  const inSection = (section: JdKeywordCoverage['section']) => known.filter((keyword) => keyword.section === section);
  const required = inSection('required');
  const preferred = inSection('preferred');

  const wording: WordingNote[] = [];
  for (const keyword of job.keywords) {
    if (!keyword.known || !keyword.written) continue;
    const found = hits.get(keyword.term);
    if (!found?.length) continue;
    const postingWords = normalise(keyword.written);
    // "EHR" in the evidence and "EHR data" in the posting: the ATS finds the shorter inside the longer.
    if (found.some((hit) => { const yours = normalise(hit.matched); return ` ${yours} `.includes(` ${postingWords} `) || ` ${postingWords} `.includes(` ${yours} `); })) continue;
    const best = found.find((hit) => sameWordsOtherForm(hit.matched, keyword.written!));
    if (!best) continue;
    wording.push({ term: keyword.term, useWords: keyword.written, yourWords: best.matched, form: best.form, evidenceId: best.evidenceId });
  }

  return {
    jd: {
      ...(job.title ? { title: job.title } : {}),
      score: share(known.length, known.filter((keyword) => keyword.covered).length).share,
      required: share(required.length, required.filter((keyword) => keyword.covered).length),
      preferred: share(preferred.length, preferred.filter((keyword) => keyword.covered).length),
      keywords,
      missingRequired: required.filter((keyword) => !keyword.covered).map((keyword) => keyword.term),
      unknown: keywords.filter((keyword) => !keyword.known).map((keyword) => keyword.term),
    },
    wording,
  };
}
