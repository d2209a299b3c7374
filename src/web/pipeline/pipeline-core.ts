import { projectsPastLimit } from '../../bullets/generate-bullets.js';
import { compileMatcher, type Matcher } from '../../keywords/compile.js';
import { extendLexicon, validateLexicon } from '../../keywords/lexicon.js';
import { lintResume } from '../../keywords/lint.js';
import { resumeTextFromProfile } from '../../keywords/resume-text.js';
import type { KeywordSet, ResumeTemplate, Roadmap } from '../../model/index.js';
import { build, prepare, type Prepared } from '../../portfolio/index.js';
import { parseRoadmap } from '../../roadmap/index.js';
import type { BundledData } from './bundled-data.js';
import type { BuiltView, PipelineInputs, PreparedView } from './pipeline-messages.js';

/**
 * The web app's pipeline, the one the CLI runs (src/portfolio), as plain functions of plain data:
 * the worker (pipeline.worker.ts) runs them off the main thread and posts what they return, so
 * everything here crosses a structured clone (no functions, no class instances).
 */

const WEB_SOURCES = { roadmap: 'web app', profile: 'web app' };

function attempt<T>(label: string, step: () => T): { value: T | null; problem: string | null } {
  try {
    return { value: step(), problem: null };
  } catch (error) {
    return { value: null, problem: `${label}: ${error instanceof Error ? error.message : String(error)}` };
  }
}

let lexiconFile: Promise<unknown> | null = null;

/**
 * The skills lexicon `roadfolio analyze` and `build --jd` read a posting with (keyword-sets/lexicon.json,
 * extended with the chosen set). Loaded the first time a posting is entered: a score needs none.
 */
export async function jobLexicon(keywordSet: KeywordSet): Promise<Matcher | undefined> {
  lexiconFile ??= import('../../../keyword-sets/lexicon.json').then((module) => module.default as unknown);
  try {
    return compileMatcher(extendLexicon(validateLexicon(await lexiconFile, 'keyword-sets/lexicon.json'), keywordSet));
  } catch {
    return undefined; // Without it, postings are read with the keyword set.
  }
}

/**
 * The pipeline with memory: each step re-runs only when what it reads changed (a keystroke in the
 * posting re-runs prepare and build, not the roadmap parse; the template re-runs build only).
 */
export class PipelineRunner {
  private roadmapCache: { text: string | null; parsed: { value: Roadmap | null; problem: string | null } } | null = null;
  private lexicons = new Map<string, Matcher | undefined>();
  private preparedCache: { key: unknown[]; value: { value: Prepared | null; problem: string | null } } | null = null;

  constructor(readonly bundled: BundledData) {}

  keywordSetOf(inputs: PipelineInputs): KeywordSet | null {
    return this.bundled.keywordSets.find((set) => set.name === inputs.keywordSet) ?? this.bundled.keywordSets[0] ?? null;
  }

  templateOf(inputs: PipelineInputs): ResumeTemplate | null {
    return this.bundled.resumeTemplates.find((candidate) => candidate.name === inputs.template) ?? this.bundled.resumeTemplates[0] ?? null;
  }

  /** The lexicon for this input's keyword set when there is a posting (loaded once, compiled once per set). */
  async lexiconFor(inputs: PipelineInputs): Promise<Matcher | undefined> {
    const keywordSet = this.keywordSetOf(inputs);
    if (keywordSet === null || inputs.jobDescription.trim() === '') return undefined;
    if (!this.lexicons.has(keywordSet.name)) this.lexicons.set(keywordSet.name, await jobLexicon(keywordSet));
    return this.lexicons.get(keywordSet.name);
  }

  private parse(text: string | null) {
    if (this.roadmapCache?.text !== text) {
      this.roadmapCache = { text, parsed: text === null ? { value: null, problem: null } : attempt('Roadmap', () => parseRoadmap(text)) };
    }
    return this.roadmapCache.parsed;
  }

  /** Step 1: roadmap parse, evidence, coverage, the posting's terms. */
  prepare(inputs: PipelineInputs, lexicon: Matcher | undefined): { view: PreparedView; prepared: Prepared | null } {
    const parsed = this.parse(inputs.roadmapText);
    const keywordSet = this.keywordSetOf(inputs);
    const key = [parsed, keywordSet, inputs.repos, profileAsPrepareReadsIt(inputs.profile), inputs.roadmapFileName, inputs.jobDescription, lexicon];
    if (this.preparedCache === null || key.some((part, index) => part !== this.preparedCache!.key[index])) {
      const value = keywordSet === null ? { value: null, problem: 'No keyword set is bundled with this build.' } : attempt('Coverage', () => prepare({
        keywordSet, profile: inputs.profile, repos: inputs.repos, roadmapRef: inputs.roadmapFileName, jobText: inputs.jobDescription,
        ...(parsed.value ? { roadmap: parsed.value } : {}),
        ...(lexicon ? { lexicon } : {}),
      }));
      this.preparedCache = { key, value };
    }
    const { value: cached, problem } = this.preparedCache.value;
    // Same evidence and coverage; build reads the edits (bullet words, order, ticks) from this profile.
    const prepared = cached === null || cached.profile === inputs.profile ? cached : { ...cached, profile: inputs.profile };
    return {
      prepared,
      view: {
        roadmap: parsed.value,
        keywordSet: keywordSet?.name ?? null,
        allEvidence: prepared?.allEvidence ?? [],
        coverage: prepared?.coverage ?? null,
        jobTerms: prepared?.jobTerms,
        problems: [parsed.problem, problem].filter((text): text is string => text !== null),
      },
    };
  }

  /** Step 2: bullets, resume, layout, its coverage, the portfolio model, and the bullets' lint. */
  build(prepared: Prepared | null, inputs: PipelineInputs, draft = false): BuiltView {
    const template = this.templateOf(inputs);
    const empty: BuiltView = { built: null, lintByText: [], resumeWideLint: [], projectsPastLimit: [], problems: [] };
    if (prepared === null || template === null) return empty;
    const result = attempt('Bullets', () => {
      const built = build(prepared, { template, phraseBook: this.bundled.phraseBook, draft, sources: { ...WEB_SOURCES, keywords: prepared.keywordSet.name } });
      // Per-bullet lint, by the bullet's printed text, for the Bullets page.
      const lint = lintResume(resumeTextFromProfile(built.resume), prepared.keywordSet);
      const lintByText = new Map<string, string[]>();
      for (const issue of lint) if (issue.text !== undefined) lintByText.set(issue.text, [...(lintByText.get(issue.text) ?? []), issue.message]);
      return {
        built,
        lintByText: [...lintByText],
        resumeWideLint: lint.filter((issue) => issue.text === undefined),
        projectsPastLimit: projectsPastLimit(built.bullets.projects, template.maxProjects),
      };
    });
    return result.value === null ? { ...empty, problems: [result.problem!] } : { ...result.value, problems: [] };
  }
}

/**
 * The part of a profile prepare() reads, as a string to compare: everything but the overrides'
 * words, order and ticks, which only build() reads. Editing a bullet then skips evidence and
 * coverage (the live preview follows the edit sooner); hiding an entry does not.
 */
function profileAsPrepareReadsIt(profile: PipelineInputs['profile']): string {
  const overrides = profile.meta?.roadfolio?.overrides;
  if (overrides === undefined) return JSON.stringify(profile);
  const hidden = Object.fromEntries(Object.entries(overrides).map(([id, override]) => [id, override.hide === true]));
  return JSON.stringify({ ...profile, meta: { ...profile.meta, roadfolio: { ...profile.meta!.roadfolio, overrides: hidden } } });
}

/** Both steps in a row, as the worker runs them (tests call this to see what the pages get). */
export async function runPipeline(runner: PipelineRunner, inputs: PipelineInputs): Promise<{ prepared: PreparedView; built: BuiltView }> {
  const lexicon = await runner.lexiconFor(inputs);
  const step = runner.prepare(inputs, lexicon);
  return { prepared: step.view, built: runner.build(step.prepared, inputs) };
}
