import { z } from 'zod';

export const KeywordCategory = z.enum([
  'language', 'framework', 'library', 'method', 'domain', 'data-standard', 'regulation', 'cloud', 'tool', 'soft-skill',
]);
export type KeywordCategory = z.infer<typeof KeywordCategory>;

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
