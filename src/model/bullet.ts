import { z } from 'zod';
import { EvidenceKind } from './evidence.js';

/**
 * One resume bullet and where every word of it comes from. `text` is what the PDF prints;
 * `draft` keeps the `[add result]`-style markers the user is asked to fill.
 */
export const Bullet = z.object({
  evidenceId: z.string(),
  /** Printed text: placeholders removed. */
  text: z.string(),
  /** Text with placeholders, printed only with `--draft`. */
  draft: z.string(),
  /** The markers `draft` carries, e.g. `[add result]`. */
  placeholders: z.array(z.string()),
  /** Phrase template id, or `override` when the user wrote the bullet. */
  templateId: z.string(),
  verb: z.string(),
  /** Canonical keyword terms the bullet names (each backed by a hit on `evidenceId`). */
  keywords: z.array(z.string()),
  /** Numbers the bullet carries, each as found in the evidence ("AUC 0.91", "12 stars"). */
  numbers: z.array(z.string()),
  source: z.enum(['generated', 'override']),
  accepted: z.boolean(),
});
export type Bullet = z.infer<typeof Bullet>;

/** What a resume bullet may never do (src/bullets/bullet-lint.ts; docs/build.md lists them with examples). */
export const BulletRule = z.enum([
  'keyword-list', 'publish-filler', 'unmeasured-number', 'dataset-size-as-work', 'metric-without-context',
  'tool-not-used', 'name-as-object', 'too-long', 'repeated-verb',
]);
export type BulletRule = z.infer<typeof BulletRule>;

export const BulletIssue = z.object({ rule: BulletRule, text: z.string(), message: z.string() });
export type BulletIssue = z.infer<typeof BulletIssue>;

/**
 * A phrase template: how facts of each kind become a bullet. A slot is filled only by a fact of its
 * own kind, so no template can say more than the evidence does.
 */
export const PhraseTemplate = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  description: z.string().default(''),
  kinds: z.array(EvidenceKind).min(1),
  /**
   * Head nouns the `{what}` slot accepts ("analysis", "dashboard"): the template fits a statement
   * whose noun phrase is one of these things. Empty: the template takes no `{what}`.
   */
  heads: z.array(z.string().min(1)).default([]),
  /** `{what}` takes "a"/"an" when it needs one (false for methods: "Performed data cleaning of ..."). */
  article: z.boolean().default(true),
  /** Words (or link hosts) the evidence must contain for the template to fit, e.g. "deployed", "streamlit.app"; empty = always. */
  signals: z.array(z.string().min(1)).default([]),
  /** Higher wins when several fit. */
  priority: z.number().default(0),
  /** Verb list name from `verbs`. */
  verbs: z.string(),
  /**
   * Slots, each filled only by a fact of its kind:
   * {action}  a statement of the evidence in the past tense ("Fitted a logistic regression with scikit-learn")
   * {verb}    a verb from the template's list, {what} the statement's noun phrase ("an exploratory analysis of ...")
   * {tools}   tools the evidence says were used, with their preposition ("in Python", "with pandas")
   * {data}    the data set as named, with its size ("the UCI Heart Disease dataset (303 patients)")
   * {result}  a metric with its evaluation context ("an AUC of 0.90 on the 61-patient test split")
   * A slot in [brackets] is optional: `[ on {data}]` disappears when the evidence names no data set.
   */
  pattern: z.string().min(1),
  /** Marker in the draft when the entry states no result anywhere. */
  placeholder: z.string().regex(/^\[[^\]]+\]$/).default('[add result]'),
});
export type PhraseTemplate = z.infer<typeof PhraseTemplate>;

/** `templates/phrases/*.json`: phrase templates and the strong action verbs they draw from. */
export const PhraseBook = z.object({
  version: z.literal(1),
  verbs: z.record(z.string(), z.array(z.string().regex(/^[A-Z][a-z]+(-[a-z]+)?$/, 'a capitalised past-tense verb')).min(1)),
  /** Extra bullets added after the main one when their slot has data (methods, dataset size, stars). */
  templates: z.array(PhraseTemplate).min(1),
  followUps: z.array(PhraseTemplate).default([]),
});
export type PhraseBook = z.infer<typeof PhraseBook>;

export const ResumeSection = z.enum(['summary', 'skills', 'experience', 'projects', 'education', 'coursework', 'certificates', 'languages']);
export type ResumeSection = z.infer<typeof ResumeSection>;

export const PaperSize = z.enum(['A4', 'LETTER']);
export type PaperSize = z.infer<typeof PaperSize>;

/** `templates/resume/<name>.json`: the look of resume.pdf. All templates are one column (ATS-safe). */
export const ResumeTemplate = z.object({
  name: z.string().regex(/^[a-z0-9-]+$/),
  description: z.string(),
  /** Paper and margin in points. Without `size` the paper follows the resume's country (Letter in the
   *  US, Canada and a few others, A4 elsewhere); `build --paper` overrides both. */
  page: z.object({ size: PaperSize.optional(), margin: z.number().positive() }),
  fontSize: z.object({ name: z.number(), label: z.number(), heading: z.number(), body: z.number(), small: z.number() }),
  lineHeight: z.number().min(1).max(2),
  /** Points between sections and between entries. */
  spacing: z.object({ section: z.number(), entry: z.number(), bullet: z.number() }),
  accentColor: z.string().regex(/^#[0-9a-fA-F]{6}$/),
  sections: z.array(ResumeSection).min(1),
  headings: z.record(ResumeSection, z.string()),
  /** `grouped`: one line per category; `inline`: one paragraph. */
  skills: z.enum(['grouped', 'inline']),
  /** `month-name`: "Jul 2019 – Present" (what parsers and recruiters read best); `iso`: "2019-07 – Present". */
  dates: z.enum(['month-name', 'iso']).default('month-name'),
  /** Most bullets per project; the rest stay under resume.json's meta. */
  maxBulletsPerEntry: z.number().int().positive(),
  /** Most generated projects on the resume (the best-evidenced first); the portfolio shows them all. */
  maxProjects: z.number().int().positive().default(5),
  /** A labelled "Currently learning" line under Skills for in-progress roadmap items (on by default: career changers are mid-way). */
  currentlyLearning: z.boolean().default(true),
  /** `roadfolio build` writes resume.docx beside resume.pdf; false leaves it out (`apply` always writes one). */
  docx: z.boolean().default(true),
});
export type ResumeTemplate = z.infer<typeof ResumeTemplate>;
