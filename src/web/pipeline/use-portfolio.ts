import { useDeferredValue, useMemo } from 'react';
import type { BulletResult } from '../../bullets/generate-bullets.js';
import { lintResume } from '../../keywords/lint.js';
import { resumeTextFromProfile } from '../../keywords/resume-text.js';
import type { Coverage, Evidence, KeywordSet, LintIssue, Profile, Repo, Resume, ResumeTemplate, Roadmap } from '../../model/index.js';
import { build, prepare, type Built, type Prepared } from '../../portfolio/index.js';
import { parseRoadmap } from '../../roadmap/index.js';
import type { SavedState } from '../state/saved-state.js';
import { pipelineSources } from '../state/source-changes.js';
import { loadBundledData, type BundledData } from './bundled-data.js';
import { useJobLexicon } from './use-lexicon.js';

/** Everything the pages show, derived from the saved state by the pipeline the CLI runs (src/portfolio). */
export interface Portfolio {
  bundled: BundledData;
  roadmap: Roadmap | null;
  repos: Repo[];
  /** The profile the resume is built from (`{}` when the user has none yet). */
  profile: Profile;
  /** Every evidence record, hidden ones included (the Bullets page lists those to show again). */
  evidence: Evidence[];
  evidenceById: Map<string, Evidence>;
  keywordSets: KeywordSet[];
  keywordSet: KeywordSet | null;
  template: ResumeTemplate | null;
  /** The pipeline's first step: evidence on the resume, coverage, repo links, the posting's terms. */
  prepared: Prepared | null;
  /** The pipeline's second step on `prepared` (or on the one before it while it catches up), clean text. */
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
  /** A step of the core that failed on this input, said so the user can act on it. */
  problems: string[];
}

const bundledData = loadBundledData();
const WEB_SOURCES = { roadmap: 'web app', profile: 'web app' };

function attempt<T>(label: string, step: () => T): { value: T | null; problem: string | null } {
  try {
    return { value: step(), problem: null };
  } catch (error) {
    return { value: null, problem: `${label}: ${error instanceof Error ? error.message : String(error)}` };
  }
}

/**
 * prepare() re-runs when a source, the keyword set or the posting changes, so the score follows a
 * keystroke at once; build() (bullets, resume, its coverage) runs in a deferred render on the
 * prepared value, so it never holds a keystroke up. Editing a bullet re-runs both.
 */
export function usePortfolio(saved: SavedState): Portfolio {
  const bundled = bundledData;
  // Only what the saved sources hold: an emptied source is empty here too, never the example.
  const state = { ...pipelineSources(saved), keywordSet: saved.settings.keywordSet, template: saved.settings.template };
  const parsed = useMemo(() => (state.roadmapText === null ? { value: null, problem: null } : attempt('Roadmap', () => parseRoadmap(state.roadmapText!))), [state.roadmapText]);
  const roadmap = parsed.value;
  const repos = useMemo(() => saved.github?.snapshot.repos ?? [], [saved.github]);
  const profile = useMemo(() => saved.profile?.profile ?? {}, [saved.profile]);
  const keywordSet = bundled.keywordSets.find((set) => set.name === state.keywordSet) ?? bundled.keywordSets[0] ?? null;
  const template = bundled.resumeTemplates.find((candidate) => candidate.name === state.template) ?? bundled.resumeTemplates[0] ?? null;
  const lexicon = useJobLexicon(keywordSet, state.jobDescription.trim() !== '');

  const prepared = useMemo(() => {
    if (keywordSet === null) return { value: null, problem: 'No keyword set is bundled with this build.' };
    return attempt('Coverage', () => prepare({
      keywordSet, profile, repos, roadmapRef: state.roadmapFileName, jobText: state.jobDescription,
      ...(roadmap ? { roadmap } : {}),
      ...(lexicon ? { lexicon } : {}),
    }));
  }, [keywordSet, profile, repos, roadmap, state.roadmapFileName, state.jobDescription, lexicon]);

  const deferred = useDeferredValue(prepared.value);
  const built = useMemo(() => {
    if (deferred === null || template === null) return { value: null, problem: null };
    return attempt('Bullets', () => {
      const result = build(deferred, { template, phraseBook: bundled.phraseBook, draft: false, sources: { ...WEB_SOURCES, keywords: deferred.keywordSet.name } });
      // Per-bullet lint, by the bullet's printed text, for the Bullets page.
      const lint = lintResume(resumeTextFromProfile(result.resume), deferred.keywordSet);
      const lintByText = new Map<string, LintIssue[]>();
      for (const issue of lint) if (issue.text !== undefined) lintByText.set(issue.text, [...(lintByText.get(issue.text) ?? []), issue]);
      return { ...result, lintByText, resumeWideLint: lint.filter((issue) => issue.text === undefined) };
    });
  }, [deferred, template, bundled]);

  return useMemo((): Portfolio => {
    const evidence = prepared.value?.allEvidence ?? [];
    const current = built.value !== null && deferred === prepared.value;
    const lintByText = built.value?.lintByText ?? new Map<string, LintIssue[]>();
    return {
      bundled,
      roadmap,
      repos,
      profile,
      evidence,
      evidenceById: new Map(evidence.map((record) => [record.id, record])),
      keywordSets: bundled.keywordSets,
      keywordSet,
      template,
      prepared: prepared.value,
      built: built.value,
      // The score shows at once; what the built resume shows follows from the deferred build.
      coverage: current ? built.value!.coverage
        : prepared.value && built.value?.coverage.shown ? { ...prepared.value.coverage, shown: built.value.coverage.shown } : prepared.value?.coverage ?? null,
      bullets: built.value?.bullets ?? null,
      resume: built.value?.resume ?? null,
      jobTerms: prepared.value?.jobTerms,
      lintBullet: (text) => (lintByText.get(text) ?? []).map((issue) => issue.message),
      resumeWideLint: built.value?.resumeWideLint ?? [],
      problems: [parsed.problem, prepared.problem, built.problem].filter((problem): problem is string => problem !== null),
    };
  }, [bundled, roadmap, repos, profile, keywordSet, template, prepared, built, deferred, parsed.problem]);
}
