import { z } from 'zod';
import { KeywordCategory, Tier } from './keyword-set.js';

/** Which form of a keyword the text contained. ATS filters are mostly literal, so this matters. */
export const MatchForm = z.enum(['exact', 'alias', 'acronym', 'stem']);
export type MatchForm = z.infer<typeof MatchForm>;

/** One place a keyword was found: which evidence, which field, the words as written. */
export const KeywordHit = z.object({
  evidenceId: z.string(),
  field: z.string(),
  matched: z.string(),
  form: MatchForm,
  /** Character offsets of the match inside the field's text. */
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
});
export type KeywordHit = z.infer<typeof KeywordHit>;

export const CoveredKeyword = z.object({
  term: z.string(),
  category: KeywordCategory,
  evidence: z.array(KeywordHit).min(1),
});
export type CoveredKeyword = z.infer<typeof CoveredKeyword>;

export const TierCoverage = z.object({
  /** 0-100: covered / all keywords of the tier. */
  score: z.number().min(0).max(100),
  covered: z.array(CoveredKeyword),
  missing: z.array(z.string()),
});
export type TierCoverage = z.infer<typeof TierCoverage>;

/** A not-yet-done roadmap item and the missing keywords finishing it would cover. */
export const Suggestion = z.object({
  title: z.string(),
  line: z.number().int().positive(),
  status: z.enum(['in_progress', 'not_started']),
  covers: z.array(z.object({ term: z.string(), tier: Tier })),
  weight: z.number(),
});
export type Suggestion = z.infer<typeof Suggestion>;

/** The contract of `roadfolio analyze --json` (and coverage.json). Later fields are optional extensions. */
export const Coverage = z.object({
  keywordSet: z.string(),
  /** Weighted overall score, 0-100, of what the evidence backs (claimable). */
  score: z.number().min(0).max(100),
  mustHave: TierCoverage,
  goodToHave: TierCoverage,
  suggestions: z.array(Suggestion),
}).passthrough();
export type Coverage = z.infer<typeof Coverage>;
