import { startTransition, useEffect, useMemo, useState } from 'react';
import type { BulletResult } from '../../bullets/generate-bullets.js';
import type { Coverage, Evidence, KeywordSet, LintIssue, PhraseBook, Profile, Repo, Resume, ResumeTemplate, Roadmap } from '../../model/index.js';
import type { Built } from '../../portfolio/index.js';
import type { SavedState } from '../state/saved-state.js';
import { pipelineClient, type PipelineSnapshot } from './pipeline-client.js';
import { inputsOf, type PipelineInputs } from './pipeline-messages.js';

/** Everything the pages show, derived from the saved state by the pipeline the CLI runs (src/portfolio), in a worker. */
export interface Portfolio {
  /** The keyword sets and resume templates bundled with the app (the same files the CLI reads). */
  keywordSets: KeywordSet[];
  resumeTemplates: ResumeTemplate[];
  /** The same, with the phrase book (the Applications page builds tailored versions from them). */
  bundled: { keywordSets: KeywordSet[]; resumeTemplates: ResumeTemplate[]; phraseBook: PhraseBook };
  roadmap: Roadmap | null;
  repos: Repo[];
  /** The profile the resume is built from (`{}` when the user has none yet). */
  profile: Profile;
  /** Every evidence record, hidden ones included (the Bullets page lists those to show again). */
  evidence: Evidence[];
  evidenceById: Map<string, Evidence>;
  keywordSet: KeywordSet | null;
  template: ResumeTemplate | null;
  /** The pipeline's second step (on the latest input, or the one before it while it catches up), clean text. */
  built: Built | null;
  coverage: Coverage | null;
  bullets: BulletResult | null;
  /** The JSON Resume `roadfolio build` would write from the same inputs. */
  resume: Resume | null;
  /** Keyword-set terms the posting asks for, required ones first. */
  jobTerms: string[] | undefined;
  /** Lint messages for one bullet's printed text. */
  lintBullet: (text: string) => string[];
  resumeWideLint: LintIssue[];
  /** Projects past the template's limit, and why. */
  projectsPastLimit: BulletResult['leftOut'];
  /** A newer input is being worked on: what is shown is from the one before. */
  updating: boolean;
  /** A step of the core that failed on this input, said so the user can act on it. */
  problems: string[];
}

/**
 * The pages' view of the pipeline: the inputs go to the worker whenever a source or setting
 * changes; the score shows once prepare() is back, the bullets and resume once build() is.
 * `null` until the worker's first result (the shell shows progress meanwhile).
 */
export function usePortfolio(saved: SavedState): Portfolio | null {
  const client = pipelineClient();
  const inputs = useMemo(() => inputsOf(saved),
    [saved.roadmap, saved.github, saved.profile, saved.posting, saved.settings.keywordSet, saved.settings.template]);
  useEffect(() => client.run(inputs), [client, inputs]);
  // A result re-renders the page in a transition: React renders it in slices between frames
  // (a whole Coverage page at once was a long task), and keys pressed meanwhile come first.
  const [snapshot, setSnapshot] = useState(client.snapshot);
  useEffect(() => {
    const update = () => startTransition(() => setSnapshot(client.snapshot()));
    update();
    return client.subscribe(update);
  }, [client]);
  return useMemo(() => portfolioFrom(snapshot, inputs), [snapshot, inputs]);
}

/** The pages' Portfolio from the worker's latest results (tests build it from runPipeline's). */
export function portfolioFrom(snapshot: PipelineSnapshot, inputs: PipelineInputs): Portfolio | null {
  const { bundled, prepared, built } = snapshot;
  if (snapshot.failure !== null && (bundled === null || prepared === null)) {
    return emptyPortfolio(bundled, inputs, [snapshot.failure]);
  }
  if (bundled === null || prepared === null) return null;
  const view = prepared.view;
  const builtView = built?.view ?? null;
  const keywordSet = bundled.keywordSets.find((set) => set.name === view.keywordSet) ?? null;
  const template = bundled.resumeTemplates.find((candidate) => candidate.name === inputs.template) ?? bundled.resumeTemplates[0] ?? null;
  const lintByText = new Map(builtView?.lintByText ?? []);
  const result = builtView?.built ?? null;
  // The score shows at once; what the built resume shows follows from the build of the same input.
  const current = result !== null && built!.seq === prepared.seq;
  const coverage = current ? result.coverage
    : view.coverage && result?.coverage.shown ? { ...view.coverage, shown: result.coverage.shown } : view.coverage;
  return {
    keywordSets: bundled.keywordSets,
    resumeTemplates: bundled.resumeTemplates,
    bundled,
    roadmap: view.roadmap,
    repos: inputs.repos,
    profile: inputs.profile,
    evidence: view.allEvidence,
    evidenceById: new Map(view.allEvidence.map((record) => [record.id, record])),
    keywordSet,
    template,
    built: result,
    coverage,
    bullets: result?.bullets ?? null,
    resume: result?.resume ?? null,
    jobTerms: view.jobTerms,
    lintBullet: (text) => lintByText.get(text) ?? [],
    resumeWideLint: builtView?.resumeWideLint ?? [],
    projectsPastLimit: builtView?.projectsPastLimit ?? [],
    updating: snapshot.sent > prepared.seq || (built?.seq ?? 0) < prepared.seq,
    problems: [...view.problems, ...(builtView?.problems ?? []), ...(snapshot.failure !== null ? [snapshot.failure] : [])],
  };
}

function emptyPortfolio(bundled: PipelineSnapshot['bundled'], inputs: PipelineInputs, problems: string[]): Portfolio {
  return {
    keywordSets: bundled?.keywordSets ?? [], resumeTemplates: bundled?.resumeTemplates ?? [],
    bundled: bundled ?? { keywordSets: [], resumeTemplates: [], phraseBook: { version: 1, verbs: {}, templates: [], followUps: [] } }, roadmap: null, repos: inputs.repos, profile: inputs.profile,
    evidence: [], evidenceById: new Map(), keywordSet: null, template: null, built: null, coverage: null, bullets: null, resume: null,
    jobTerms: undefined, lintBullet: () => [], resumeWideLint: [], projectsPastLimit: [], updating: false, problems,
  };
}
