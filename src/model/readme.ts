import { z } from 'zod';

/** The README checks, in the order they are shown. */
export const ReadmeCheckId = z.enum(['title', 'setup', 'usage', 'figures', 'tests', 'license', 'results', 'data-source', 'ethics']);
export type ReadmeCheckId = z.infer<typeof ReadmeCheckId>;

export const ReadmeCheck = z.object({
  id: ReadmeCheckId,
  /** What the check looks for, as a reader would name it. */
  label: z.string(),
  /** not-applicable: e.g. the ethics note, for a project without medical data. */
  status: z.enum(['pass', 'fail', 'not-applicable']),
  /** On a pass, what was found; on a fail, what to add. */
  reason: z.string(),
});
export type ReadmeCheck = z.infer<typeof ReadmeCheck>;

export const ReadmeChecklist = z.object({
  checks: z.array(ReadmeCheck),
  passed: z.number().int().nonnegative(),
  /** Checks that apply (not-applicable ones are left out of the score). */
  applicable: z.number().int().nonnegative(),
  /** passed / applicable, 0-100, rounded. */
  score: z.number().min(0).max(100),
});
export type ReadmeChecklist = z.infer<typeof ReadmeChecklist>;
