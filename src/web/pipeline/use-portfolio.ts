import { useMemo } from 'react';
import type { Roadmap } from '../../model/roadmap.js';
import type { SavedState } from '../state/saved-state.js';

/** Everything the pages show, derived from the saved state by the same core the CLI runs. */
export interface Portfolio {
  roadmap: Roadmap | null;
}

export function usePortfolio(state: SavedState): Portfolio {
  return useMemo(() => ({ roadmap: null, text: state.roadmap.text }), [state.roadmap.text]);
}
