import { z } from 'zod';

export const KeywordCategory = z.enum([
  'language', 'framework', 'library', 'method', 'domain', 'data-standard', 'regulation', 'cloud', 'tool', 'soft-skill',
]);
export type KeywordCategory = z.infer<typeof KeywordCategory>;

/** Words around an ambiguous term that make it the tool (cues) or an ordinary word (vetoes). */
export const KeywordContext = z.object({
  /** Words right before the term that mark it as the tool ("Microsoft" Excel). */
  before: z.array(z.string()).default([]),
  /** Words right after it that mark it as the tool (R "Studio", Spark "Streaming"). */
  after: z.array(z.string()).default([]),
  /** Words right before it that mark an ordinary word ("will" excel). */
  notBefore: z.array(z.string()).default([]),
  /** Words right after it that mark an ordinary word (go "the" extra mile, spark "ideas"). */
  notAfter: z.array(z.string()).default([]),
});
export type KeywordContext = z.infer<typeof KeywordContext>;

export const Keyword = z.object({
  /** Canonical form, as a recruiter would write it. */
  term: z.string().min(1),
  /** Synonyms, spellings, plural and British forms. */
  aliases: z.array(z.string().min(1)).default([]),
  /** `ML` for `Machine Learning`; counts as the same keyword. */
  acronym: z.string().min(1).optional(),
  category: KeywordCategory,
  /** Short or ambiguous terms (R, Go, Excel, Spark) match only with the right case and context. */
  caseSensitive: z.boolean().default(false),
  /**
   * Present for terms that are also ordinary words (R, Go, Excel, Spark): the term itself then
   * counts only when the context says it is the tool. Words are lower case; see docs/keywords.md.
   */
  context: KeywordContext.optional(),
  /**
   * Keywords that finishing a course or project named by this term usually brings (Computer
   * Vision → Image Classification). Used only to rank suggestions, never as evidence.
   */
  implies: z.array(z.string().min(1)).optional(),
});
export type Keyword = z.infer<typeof Keyword>;

export const Tier = z.enum(['mustHave', 'goodToHave']);
export type Tier = z.infer<typeof Tier>;

/** `keyword-sets/<name>.json`. */
export const KeywordSet = z.object({
  name: z.string().regex(/^[a-z0-9-]+$/),
  title: z.string().min(1),
  description: z.string(),
  weights: z.object({ mustHave: z.number().positive(), goodToHave: z.number().positive() }),
  mustHave: z.array(Keyword).min(1),
  goodToHave: z.array(Keyword),
});
export type KeywordSet = z.infer<typeof KeywordSet>;

/**
 * `keyword-sets/lexicon.json`: every skill job-description extraction recognises (tools, languages,
 * methods, standards). Keyword sets stay small and curated; the lexicon is broad.
 */
export const Lexicon = z.object({
  name: z.string().regex(/^[a-z0-9-]+$/),
  description: z.string(),
  terms: z.array(Keyword).min(1),
});
export type Lexicon = z.infer<typeof Lexicon>;
