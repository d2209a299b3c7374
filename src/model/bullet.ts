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

/** Which pieces of evidence a phrase template fits, and the words that make it fit. */
export const PhraseTemplate = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  description: z.string().default(''),
  kinds: z.array(EvidenceKind).min(1),
  /** Words (case-insensitive, whole word) in the evidence text that select this template; empty = always fits. */
  signals: z.array(z.string().min(1)).default([]),
  /** Higher wins when several fit. */
  priority: z.number().default(0),
  /** Verb list name from `verbs`. */
  verbs: z.string(),
  /**
   * Slots: {verb} {subject} {tools} {methods} {metric} {dataset} {stars}. A slot in [brackets] is optional:
   * `[ using {tools}]` disappears when there are no tools. `{result}` becomes the metric when the
   * evidence has one, else the placeholder.
   */
  pattern: z.string().min(1),
  /** Marker used when the pattern has {result} and the evidence has no number. */
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
});
export type ResumeTemplate = z.infer<typeof ResumeTemplate>;
