import type { BulletResult } from '../../bullets/generate-bullets.js';
import type { ResumeCheck } from '../../check/index.js';
import type { Coverage, Evidence, KeywordSet, LintIssue, PhraseBook, Profile, Repo, ResumeSection, ResumeTemplate, Roadmap } from '../../model/index.js';
import type { Resume } from '../../model/resume.js';
import type { Built } from '../../portfolio/index.js';
import type { SavedState } from '../state/saved-state.js';
import { pipelineSources } from '../state/source-changes.js';

// What crosses between the main thread and the pipeline worker (structured clones: plain data
// only). Light on purpose: the main thread imports this file, never the pipeline itself.

/** What the pipeline reads from the saved state: only what the state holds, never the example by default. */
export interface PipelineInputs {
  roadmapText: string | null;
  roadmapFileName: string;
  repos: Repo[];
  profile: Profile;
  jobDescription: string;
  keywordSet: string;
  template: string;
}

export function inputsOf(saved: SavedState): PipelineInputs {
  const sources = pipelineSources(saved);
  return { ...sources, keywordSet: saved.settings.keywordSet, template: saved.settings.template };
}

/** Step 1's result as the pages need it: the score shows from this before the bullets are built. */
export interface PreparedView {
  roadmap: Roadmap | null;
  keywordSet: string | null;
  allEvidence: Evidence[];
  coverage: Coverage | null;
  jobTerms: string[] | undefined;
  problems: string[];
}

/** Step 2's result: the built resume and what the Bullets page says about each bullet. */
export interface BuiltView {
  built: Built | null;
  /** Lint messages by a bullet's printed text. */
  lintByText: Array<[string, string[]]>;
  resumeWideLint: LintIssue[];
  /** Projects past the template's limit, and why (the Bullets page lists them). */
  projectsPastLimit: BulletResult['leftOut'];
  problems: string[];
}


/** Main thread → pipeline worker. */
export type ToWorker =
  /** The inputs changed: only the parts that did are sent. */
  | { type: 'run'; seq: number; changed: Partial<PipelineInputs> }
  /** A build with the `[add result]` markers printed, on the current inputs (Export's draft option). */
  | { type: 'draft'; seq: number }
  /** Read a rendered resume PDF back and compare it with its resume.json (src/check). */
  | { type: 'check'; seq: number; pdf: Uint8Array; resume: Resume; margin: number; sections: readonly ResumeSection[] };

/** Pipeline worker → main thread. */
export type FromWorker =
  | { type: 'bundled'; keywordSets: KeywordSet[]; resumeTemplates: ResumeTemplate[]; phraseBook: PhraseBook }
  | { type: 'prepared'; seq: number; view: PreparedView }
  | { type: 'built'; seq: number; view: BuiltView }
  | { type: 'draft'; seq: number; view: BuiltView | null }
  | { type: 'checked'; seq: number; check: ResumeCheck }
  | { type: 'failed'; seq: number; message: string };
