import { z } from 'zod';
import { Link } from './roadmap.js';

export const EvidenceKind = z.enum(['course', 'project', 'item', 'repo', 'work', 'education', 'certificate', 'skill', 'summary']);
export type EvidenceKind = z.infer<typeof EvidenceKind>;

/** A named piece of an evidence record's text, so a match can say where it was found ("readme", "topics"). */
export const EvidenceField = z.object({ name: z.string(), text: z.string() });
export type EvidenceField = z.infer<typeof EvidenceField>;

/**
 * Something the user has done that a keyword can be traced back to: a done roadmap item,
 * a GitHub repo, or a profile entry. In-progress and not-started roadmap items are never evidence.
 */
export const Evidence = z.object({
  /** Stable id: `roadmap:<line>`, `repo:<owner>/<name>`, `profile:work[0]`, ... */
  id: z.string().min(1),
  kind: EvidenceKind,
  title: z.string(),
  fields: z.array(EvidenceField),
  links: z.array(Link),
  source: z.object({
    type: z.enum(['roadmap', 'github', 'profile']),
    /** Human-readable origin: `roadmap.md:14`, a repo URL, `profile.work[0]`. */
    ref: z.string(),
  }),
  /** YYYY[-MM[-DD]] where known. */
  date: z.string().optional(),
  /** Roadmap phase, repo track, employer...: how the evidence is grouped on a resume. */
  group: z.string().optional(),
});
export type Evidence = z.infer<typeof Evidence>;
