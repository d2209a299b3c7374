import { z } from 'zod';
import { KeywordCategory, Tier } from './keyword-set.js';

/** Where in a posting a skill was asked for: under a requirements heading, a nice-to-have heading, or elsewhere. */
export const JobSection = z.enum(['required', 'preferred', 'other']);
export type JobSection = z.infer<typeof JobSection>;

/** One skill a job description asks for. */
export const JobKeyword = z.object({
  /** Canonical lexicon term, or the candidate as written when `known` is false. */
  term: z.string(),
  count: z.number().int().positive(),
  /** False for a candidate skill the lexicon does not know (ranked by TF-IDF against general text). */
  known: z.boolean(),
  /** The strongest section it appears in (required > preferred > other). */
  section: JobSection,
  /** Its tier in the active keyword set, when it is one of the set's keywords. */
  tier: Tier.optional(),
  category: KeywordCategory.optional(),
  /** The broader keyword this specific one is a kind of (HEDIS → Quality Measures): report its coverage beside it. */
  parent: z.string().optional(),
  /** The posting's own words for it (first occurrence): use these on the resume. */
  written: z.string().optional(),
  /** TF-IDF score of an unknown candidate. */
  score: z.number().optional(),
});
export type JobKeyword = z.infer<typeof JobKeyword>;

/** The contract of `roadfolio jd FILE --json`. */
export const JobKeywords = z.object({
  /** The posting's job title, when one could be read from it. */
  title: z.string().optional(),
  keywords: z.array(JobKeyword),
  /** Degrees the posting asks for (bachelor, master, phd, md), strongest section first. */
  degrees: z.array(z.object({ degree: z.string(), section: JobSection })).optional(),
});
export type JobKeywords = z.infer<typeof JobKeywords>;
