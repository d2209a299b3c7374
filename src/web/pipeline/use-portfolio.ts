import { useDeferredValue, useMemo } from 'react';
import type { Coverage, Evidence, Profile, KeywordSet, LintIssue, Repo, Resume, ResumeTemplate, Roadmap } from '../../model/index.js';
import type { BulletResult } from '../../bullets/index.js';
import type { SavedState } from '../state/saved-state.js';
import { pipelineSources } from '../state/source-changes.js';
import { loadBundledData, type BundledData } from './bundled-data.js';
import { bulletsStep, coverageStep, evidenceStep, roadmapStep } from './derive-portfolio.js';
import { useJobLexicon } from './use-lexicon.js';

/** Everything the pages show, derived from the saved state by the same core the CLI runs. */
export interface Portfolio {
  bundled: BundledData;
  roadmap: Roadmap | null;
  repos: Repo[];
  /** The profile the resume is built from (`{}` when the user has none yet). */
  profile: Profile;
  evidence: Evidence[];
  evidenceById: Map<string, Evidence>;
  keywordSets: KeywordSet[];
  keywordSet: KeywordSet | null;
  template: ResumeTemplate | null;
  coverage: Coverage | null;
  bullets: BulletResult | null;
  /** The JSON Resume `roadfolio build` would write from the same inputs. */
  resume: Resume | null;
  jobTerms: string[] | undefined;
  /** Lint messages for one bullet's printed text. */
  lintBullet: (text: string) => string[];
  resumeWideLint: LintIssue[];
  /** A step of the core that failed on this input, said so the user can act on it. */
  problems: string[];
}

const bundledData = loadBundledData();

/**
 * Each step re-runs only when its inputs change: typing a job description re-runs analyze and
 * the bullets, not the roadmap parser; editing a bullet re-runs from the evidence on.
 */
export function usePortfolio(saved: SavedState): Portfolio {
  const bundled = bundledData;
  // Only what the saved sources hold: an emptied source is empty here too, never the example.
  const state = { ...pipelineSources(saved), keywordSet: saved.settings.keywordSet, template: saved.settings.template };
  const { roadmap, problem: roadmapProblem } = useMemo(() => (state.roadmapText === null ? { roadmap: null, problem: null } : roadmapStep(state.roadmapText)), [state.roadmapText]);
  const repos = useMemo(() => saved.github?.snapshot.repos ?? [], [saved.github]);
  const profile = useMemo(() => saved.profile?.profile ?? {}, [saved.profile]);
  const evidence = useMemo(() => evidenceStep(roadmap, state.roadmapFileName, profile, repos), [roadmap, state.roadmapFileName, profile, repos]);
  const evidenceById = useMemo(() => new Map(evidence.map((record) => [record.id, record])), [evidence]);
  const keywordSet = bundled.keywordSets.find((set) => set.name === state.keywordSet) ?? bundled.keywordSets[0] ?? null;
  const template = bundled.resumeTemplates.find((candidate) => candidate.name === state.template) ?? bundled.resumeTemplates[0] ?? null;

  const lexicon = useJobLexicon(keywordSet, state.jobDescription.trim() !== '');

  const analysis = useMemo(() => {
    if (keywordSet === null) return { coverage: null, problem: 'No keyword set is bundled with this build.' };
    try {
      return { coverage: coverageStep(evidence, keywordSet, roadmap, profile, state.jobDescription, lexicon), problem: null };
    } catch (error) {
      return { coverage: null, problem: `Coverage: ${error instanceof Error ? error.message : String(error)}` };
    }
  }, [evidence, keywordSet, roadmap, profile, state.jobDescription, lexicon]);

  // Bullets, the resume and its lint take longer than the score (generateBullets is ~20 ms on the
  // example) and no score depends on them: React computes them in a deferred render, so the
  // Coverage view updates first and a keystroke is never held up by them.
  const bulletInputs = useMemo(() => ({
    coverage: analysis.coverage, evidence, keywordSet, roadmap, repos, profile: profile, jobText: state.jobDescription, template,
  }), [analysis.coverage, evidence, keywordSet, roadmap, repos, profile, state.jobDescription, template]);
  const deferred = useDeferredValue(bulletInputs);
  const built = useMemo(() => {
    const { coverage, keywordSet: set, template: resumeTemplate } = deferred;
    if (coverage === null || set === null || resumeTemplate === null) return { result: null, problem: null };
    try {
      return { result: bulletsStep({ ...deferred, coverage, keywordSet: set, template: resumeTemplate, bundled, draft: false }), problem: null };
    } catch (error) {
      return { result: null, problem: `Bullets: ${error instanceof Error ? error.message : String(error)}` };
    }
  }, [deferred, bundled]);

  return useMemo((): Portfolio => {
    const lintByText = built.result?.lintByText ?? new Map<string, LintIssue[]>();
    return {
      bundled,
      roadmap,
      repos,
      profile,
      evidence,
      evidenceById,
      keywordSets: bundled.keywordSets,
      keywordSet,
      template,
      // The score shows at once; what the built resume shows follows from the deferred build.
      coverage: analysis.coverage && built.result?.shown ? { ...analysis.coverage, shown: built.result.shown } : analysis.coverage,
      bullets: built.result?.bullets ?? null,
      resume: built.result?.resume ?? null,
      jobTerms: built.result?.jobTerms,
      lintBullet: (text) => (lintByText.get(text) ?? []).map((issue) => issue.message),
      resumeWideLint: built.result?.resumeWideLint ?? [],
      problems: [roadmapProblem, analysis.problem, built.problem].filter((problem): problem is string => problem !== null),
    };
  }, [bundled, roadmap, repos, profile, evidence, evidenceById, keywordSet, template, analysis, built, roadmapProblem]);
}
