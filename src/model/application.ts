import { z } from 'zod';

/** Where an application stands. `draft`: made, not sent yet. */
export const ApplicationStatus = z.enum(['draft', 'applied', 'interview', 'offer', 'rejected']);
export type ApplicationStatus = z.infer<typeof ApplicationStatus>;

const Day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a date as YYYY-MM-DD');
const Sha256 = z.string().regex(/^[0-9a-f]{64}$/, 'a SHA-256 hex digest');

/** One input of a version, by content: the same hashes (and Roadfolio version) rebuild the same bytes. */
export const HashedSource = z.object({
  /** The path as given, or the bundled name (`medical-ai`, `classic`). */
  ref: z.string(),
  sha256: Sha256,
});
export type HashedSource = z.infer<typeof HashedSource>;

/** A skill the posting asks for that no evidence backs, and the roadmap items that would. */
export const ApplicationGap = z.object({
  term: z.string(),
  section: z.enum(['required', 'preferred', 'other']),
  roadmapItems: z.array(z.object({ title: z.string(), line: z.number().int().positive() })),
});
export type ApplicationGap = z.infer<typeof ApplicationGap>;

/**
 * `application.json`: one application and the exact version of the resume sent with it. The
 * files beside it are derived; this record is the only one the user edits (through `--status`).
 */
export const ApplicationRecord = z.object({
  version: z.literal(1),
  company: z.string().min(1),
  role: z.string().min(1),
  /** The day the application was made: the folder's date. */
  created: Day,
  /** The day its files were last built: stamped in the PDF and DOCX, so a rebuild uses it again. */
  built: Day,
  status: ApplicationStatus,
  /** Every status change, oldest first. */
  history: z.array(z.object({ status: ApplicationStatus, date: Day })).min(1),
  posting: z.object({ file: z.string(), sha256: Sha256, words: z.number().int().nonnegative() }),
  score: z.object({
    /** Share (0-100) of the posting's known skills the evidence covers. */
    posting: z.number().min(0).max(100),
    requiredCovered: z.number().int().nonnegative(),
    requiredTotal: z.number().int().nonnegative(),
    /** Keyword coverage (0-100) of what the resume shows. */
    shown: z.number().min(0).max(100).optional(),
  }),
  /** Skills the posting asks for that no evidence backs, required first. */
  gaps: z.array(ApplicationGap),
  sources: z.object({
    roadmap: HashedSource.optional(),
    profile: HashedSource.optional(),
    githubSnapshot: HashedSource.optional(),
    keywords: HashedSource,
    template: HashedSource,
    phrases: HashedSource,
  }),
  /** The profile's bullet overrides in force (ids, and a hash of their content). */
  overrides: z.object({ ids: z.array(z.string()), sha256: Sha256 }),
  /** The Roadfolio version that built it: another version may word bullets differently. */
  roadfolio: z.string(),
  files: z.array(z.string()),
});
export type ApplicationRecord = z.infer<typeof ApplicationRecord>;
