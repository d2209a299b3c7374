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
  /**
   * Words that, anywhere within a few lines around the term, say which meaning it has: GCP near
   * "ICH" or "trial" is Good Clinical Practice, near "BigQuery" or "cloud" Google Cloud Platform.
   * Two keywords sharing a form (an acronym with two meanings) are told apart by these.
   */
  near: z.array(z.string()).default([]),
  /** Also a given name or a place (Julia, Ruby, Java, Scala): a capitalised word right after it ("Julia Moreno"), or "Dr."/"La" before, makes it the name. */
  name: z.boolean().default(false),
  /**
   * False for a term that counts unless a veto says otherwise ("leadership team" is not
   * Leadership); true (the default) for one that needs a cue or a neighbouring tool (R, Go).
   */
  cueRequired: z.boolean().default(true),
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
  /**
   * The broader keyword this one is a kind of (HEDIS → Quality Measures, SDTM → CDISC). The
   * specific term keeps its own name in every report: a posting that asks for HEDIS needs a
   * resume that says HEDIS; coverage of the parent is reported beside it.
   */
  parent: z.string().min(1).optional(),
  /**
   * Other written forms that are also ordinary words or another field's term ("Dice", "Clarity",
   * "PK", "guardrails"): like the bare term of a keyword with `context`, they count only when the
   * context says so. Forms with a capital letter match only in their case.
   */
  ambiguous: z.array(z.string().min(1)).optional(),
  /** The lexicon family the term was added with (clinical-trials, payer, genomics, ...): documentation and counts only. */
  family: z.string().min(1).optional(),
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

/** One rule of an evidence map: profile words (a regular expression) and the keywords they evidence. */
export const EvidenceRule = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  description: z.string().min(1),
  /** Which profile records it reads (work, education, certificate, summary, project). */
  kinds: z.array(z.enum(['work', 'education', 'certificate', 'summary', 'project', 'skill'])).min(1),
  /** Which of their fields (position, highlights, summary, studyType, area, name...). */
  fields: z.array(z.string()).min(1),
  /** A regular expression, case-insensitive unless `caseSensitive`. */
  pattern: z.string().min(1),
  caseSensitive: z.boolean().default(false),
  /** Keywords (lexicon terms) the matched words evidence. */
  evidences: z.array(z.string().min(1)).min(1),
  /** Profile lines the rule must match (yes) and must not (no): tested. */
  examples: z.object({ yes: z.array(z.string()).min(1), no: z.array(z.string()).min(1) }),
});
export type EvidenceRule = z.infer<typeof EvidenceRule>;

/**
 * `keyword-sets/evidence-map/*.json`: what a career outside data already shows, in the words
 * data postings use ("Attending Physician" → Healthcare, Clinical Workflows). Reviewable data.
 */
export const EvidenceMap = z.object({
  name: z.string().regex(/^[a-z0-9-]+$/),
  description: z.string(),
  rules: z.array(EvidenceRule).min(1),
});
export type EvidenceMap = z.infer<typeof EvidenceMap>;
