import { useMemo } from 'react';
import type { Coverage } from '../../model/coverage.js';
import type { Evidence } from '../../model/evidence.js';
import type { KeywordSet } from '../../model/keyword-set.js';
import type { Roadmap } from '../../model/roadmap.js';
import type { SavedState } from '../state/saved-state.js';

/** Everything the pages show, derived from the saved state by the same core the CLI runs. */
export interface Portfolio {
  roadmap: Roadmap | null;
  evidence: Evidence[];
  evidenceById: Map<string, Evidence>;
  keywordSets: KeywordSet[];
  keywordSet: KeywordSet | null;
  coverage: Coverage | null;
  /** A step of the core that failed on this input, said so the user can act on it. */
  problems: string[];
}

export function usePortfolio(state: SavedState): Portfolio {
  return useMemo(() => ({
    roadmap: null, evidence: [], evidenceById: new Map(), keywordSets: [], keywordSet: null, coverage: null, problems: [],
  }), [state]);
}
