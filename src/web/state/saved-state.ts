import { z } from 'zod';
import { GithubSnapshot } from '../../model/github.js';
import { Profile } from '../../model/resume.js';

/**
 * What the web app keeps in the browser between visits. Versioned so a later release can
 * migrate (or set aside) what an earlier one saved. It never holds a GitHub token: a token
 * the user asks us to remember is kept under its own key (see token-store.ts).
 */
export const SAVED_STATE_VERSION = 1;

export const SavedState = z.object({
  version: z.literal(SAVED_STATE_VERSION),
  roadmap: z.object({ fileName: z.string(), text: z.string() }),
  github: z.object({ fileName: z.string(), snapshot: GithubSnapshot }).nullable(),
  profile: Profile,
  jobDescription: z.string(),
  keywordSet: z.string(),
  template: z.string(),
});
export type SavedState = z.infer<typeof SavedState>;
