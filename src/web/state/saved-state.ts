import { z } from 'zod';
import { GithubSnapshot } from '../../model/github.js';
import { Profile } from '../../model/resume.js';

/**
 * What the web app keeps in the browser between visits: one entry per source, each saved under
 * its own key and versioned on its own, so a damaged or oversized snapshot never takes the
 * profile down with it. It never holds a GitHub token: a token the user asks us to remember is
 * kept under its own key (see token-store.ts).
 *
 * Every source says whose it is. The example stands in only until the user brings a source of
 * their own (the CLI's rule: its repos and jobs are someone else's facts); from then on a source
 * is the example's only if the user picked the example for it again.
 */
export const SAVED_STATE_VERSION = 2;

export const Origin = z.enum(['example', 'user']);
export type Origin = z.infer<typeof Origin>;

export const RoadmapSource = z.object({ origin: Origin, fileName: z.string(), text: z.string() });
export const GithubSource = z.object({ origin: Origin, fileName: z.string(), snapshot: GithubSnapshot });
export const ProfileSource = z.object({ origin: Origin, profile: Profile });
/** A job posting the user pasted or dropped: the example has none. */
export const PostingSource = z.object({ origin: Origin, text: z.string() });
export const Settings = z.object({
  keywordSet: z.string(),
  template: z.string(),
  /** Set once the user chose "Try the example" or "Start with my data" on the first screen. */
  started: z.boolean(),
});

/** Each stored source: `null` means the user removed it (or never had one). */
export const STORED_SOURCES = {
  roadmap: RoadmapSource.nullable(),
  github: GithubSource.nullable(),
  profile: ProfileSource.nullable(),
  posting: PostingSource.nullable(),
  settings: Settings,
} as const;
export type StoredName = keyof typeof STORED_SOURCES;
export const STORED_NAMES = Object.keys(STORED_SOURCES) as StoredName[];

export const SavedState = z.object(STORED_SOURCES);
export type SavedState = z.infer<typeof SavedState>;
export type RoadmapSource = z.infer<typeof RoadmapSource>;
export type GithubSource = z.infer<typeof GithubSource>;
export type ProfileSource = z.infer<typeof ProfileSource>;
export type PostingSource = z.infer<typeof PostingSource>;
export type Settings = z.infer<typeof Settings>;

/** The bundled example's sources (src/web/state/example-data.ts loads them), each marked the example's. */
export interface ExampleSources { roadmap: RoadmapSource; github: GithubSource; profile: ProfileSource }

/** The four sources a user brings (settings are not a source). */
export type SourceName = Exclude<StoredName, 'settings'>;
export const SOURCE_NAMES: SourceName[] = ['roadmap', 'github', 'profile', 'posting'];
export const SOURCE_LABELS: Record<SourceName, string> = { roadmap: 'roadmap', github: 'GitHub repos', profile: 'profile', posting: 'job posting' };

export const DEFAULT_SETTINGS: Settings = { keywordSet: 'medical-ai', template: 'classic', started: false };

/** A fresh visit: nothing chosen yet, nothing loaded. */
export function emptyState(): SavedState {
  return { roadmap: null, github: null, profile: null, posting: null, settings: DEFAULT_SETTINGS };
}
