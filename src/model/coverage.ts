import { z } from 'zod';
import { KeywordCategory, Tier } from './keyword-set.js';

/** Which form of a keyword the text contained. ATS filters are mostly literal, so this matters. */
/** `mapped`: the profile's words evidence the keyword through the clinical-to-data map (the hit names the rule). */
export const MatchForm = z.enum(['exact', 'alias', 'acronym', 'stem', 'mapped']);
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
  /** For a `mapped` hit: the evidence-map rule that read the profile line. */
  rule: z.string().optional(),
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
  covers: z.array(z.object({
    term: z.string(),
    tier: Tier,
    /** True when the item's topic usually brings the keyword (Computer Vision → CNN) rather than naming it. */
    implied: z.boolean().optional(),
  })),
  weight: z.number(),
  /** Roadmap phase of the item. */
  phase: z.string().optional(),
  /** Skills the job description requires that the item names and the evidence lacks: these rank it first. */
  requiredByPosting: z.array(z.string()).optional(),
});
export type Suggestion = z.infer<typeof Suggestion>;

const TermInTier = z.object({ term: z.string(), tier: Tier });

/** What the resume text shows, scored like the evidence: the gap to `score` is what you can add honestly today. */
export const ShownCoverage = z.object({
  score: z.number().min(0).max(100),
  mustHave: z.object({ score: z.number().min(0).max(100), terms: z.array(z.string()) }),
  goodToHave: z.object({ score: z.number().min(0).max(100), terms: z.array(z.string()) }),
  /** Backed by evidence but not on the resume: add these. */
  claimableNotShown: z.array(TermInTier),
  /** On the resume with no evidence behind them: back them with a project or take them off. */
  shownWithoutEvidence: z.array(TermInTier),
});
export type ShownCoverage = z.infer<typeof ShownCoverage>;

/** An in-progress roadmap item: listed, never counted. */
export const InProgressItem = z.object({
  title: z.string(),
  line: z.number().int().positive(),
  covers: z.array(TermInTier),
});
export type InProgressItem = z.infer<typeof InProgressItem>;

/** Evidence names a keyword in other words than the ATS searches for: suggest the exact words. */
export const WordingNote = z.object({
  term: z.string(),
  /** The words to use: the posting's, when a job description was given, else the set's term. */
  useWords: z.string(),
  /** The words the evidence has. */
  yourWords: z.string(),
  form: MatchForm,
  evidenceId: z.string(),
});
export type WordingNote = z.infer<typeof WordingNote>;

export const JdKeywordCoverage = z.object({
  term: z.string(),
  section: z.enum(['required', 'preferred', 'other']),
  known: z.boolean(),
  tier: Tier.optional(),
  count: z.number().int().positive(),
  covered: z.boolean(),
  shown: z.boolean(),
  evidence: z.array(KeywordHit),
});
export type JdKeywordCoverage = z.infer<typeof JdKeywordCoverage>;

const Share = z.object({ total: z.number().int().nonnegative(), covered: z.number().int().nonnegative(), share: z.number().min(0).max(100) });

/** Coverage of one job description's skills. */
export const JdCoverage = z.object({
  title: z.string().optional(),
  /** Share of the posting's known skills (all sections) the evidence covers, 0-100. */
  score: z.number().min(0).max(100),
  required: Share,
  preferred: Share,
  keywords: z.array(JdKeywordCoverage),
  missingRequired: z.array(z.string()),
  /** Skills the posting names that the lexicon does not know: check them by hand. */
  unknown: z.array(z.string()),
});
export type JdCoverage = z.infer<typeof JdCoverage>;

export const SearchabilityCheck = z.object({
  id: z.enum(['contact', 'sections', 'dates', 'job-title', 'education']),
  label: z.string(),
  status: z.enum(['pass', 'warn', 'fail', 'skip']),
  detail: z.string(),
});
export type SearchabilityCheck = z.infer<typeof SearchabilityCheck>;

// The resume rules, then the bullet rules of src/bullets/bullet-lint.ts (the same lint build and the web app run on bullets).
export const LintRule = z.enum([
  'acronym-without-full-form', 'full-form-without-acronym', 'only-in-skills', 'stuffing', 'no-number', 'no-action-verb', 'first-person',
  'keyword-list', 'publish-filler', 'unmeasured-number', 'dataset-size-as-work', 'metric-without-context',
  'tool-not-used', 'name-as-object', 'too-long', 'repeated-verb',
]);
export type LintRule = z.infer<typeof LintRule>;

export const LintIssue = z.object({
  rule: LintRule,
  message: z.string(),
  /** The bullet or sentence concerned. */
  text: z.string().optional(),
  term: z.string().optional(),
});
export type LintIssue = z.infer<typeof LintIssue>;

/** The contract of `roadfolio analyze --json` (and coverage.json). Later fields are optional extensions. */
export const Coverage = z.object({
  keywordSet: z.string(),
  /** Weighted overall score, 0-100, of what the evidence backs (claimable). */
  score: z.number().min(0).max(100),
  mustHave: TierCoverage,
  goodToHave: TierCoverage,
  suggestions: z.array(Suggestion),
  weights: z.object({ mustHave: z.number(), goodToHave: z.number() }).optional(),
  /** Missing must-haves that no roadmap item would cover: plan something new for these. */
  uncoveredMustHaves: z.array(z.string()).optional(),
  inProgress: z.array(InProgressItem).optional(),
  shown: ShownCoverage.optional(),
  wording: z.array(WordingNote).optional(),
  jd: JdCoverage.optional(),
  searchability: z.array(SearchabilityCheck).optional(),
  lint: z.array(LintIssue).optional(),
}).passthrough();
export type Coverage = z.infer<typeof Coverage>;
