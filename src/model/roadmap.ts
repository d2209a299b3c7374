import { z } from 'zod';

/** A link kept from the source: the text a person reads and where it points. */
export const Link = z.object({ text: z.string(), url: z.string() });
export type Link = z.infer<typeof Link>;

export const ItemStatus = z.enum(['done', 'in_progress', 'not_started']);
export type ItemStatus = z.infer<typeof ItemStatus>;

export const ItemKind = z.enum(['course', 'project', 'item']);
export type ItemKind = z.infer<typeof ItemKind>;

/** One course, project or task of a roadmap, with the 1-based line it stands on. */
export const RoadmapItem = z.object({
  title: z.string().min(1),
  /** Trailing text after the title, e.g. "(Crucial for EHR)". */
  note: z.string().optional(),
  kind: ItemKind,
  status: ItemStatus,
  /** Title of the phase heading the item stands under; '' when it stands under none. */
  phase: z.string(),
  /** Track / type / category column, where the roadmap has one. */
  track: z.string().optional(),
  links: z.array(Link),
  line: z.number().int().positive(),
  /** Nested list items: details of this item, not items of their own. */
  details: z.array(z.string()).optional(),
  /** Table columns we do not interpret, by header name. */
  extra: z.record(z.string(), z.string()).optional(),
});
export type RoadmapItem = z.infer<typeof RoadmapItem>;

export const Phase = z.object({ title: z.string().min(1), line: z.number().int().positive() });
export type Phase = z.infer<typeof Phase>;

/** What could not be read, or was read with a guess: `line` (0 = the whole file) to `endLine` when it spans lines. */
export const RoadmapWarning = z.object({ line: z.number().int().nonnegative(), endLine: z.number().int().positive().optional(), message: z.string() });
export type RoadmapWarning = z.infer<typeof RoadmapWarning>;

/** The contract of `roadfolio roadmap FILE --json`. */
export const Roadmap = z.object({
  phases: z.array(Phase),
  items: z.array(RoadmapItem),
  warnings: z.array(RoadmapWarning),
});
export type Roadmap = z.infer<typeof Roadmap>;
