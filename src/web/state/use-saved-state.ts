import { useCallback, useEffect, useRef, useState } from 'react';
import { loadSavedState, saveState, type LoadResult } from './browser-storage.js';
import { exampleState } from './example-data.js';
import type { SavedState } from './saved-state.js';

export type StartupNotice =
  | { kind: 'first-visit' }
  | { kind: 'set-aside'; problem: string; setAsideKey: string }
  | null;

export interface SavedStateHandle {
  state: SavedState;
  /** Apply a change; it is saved shortly after (edits in a burst are written once). */
  update: (change: (state: SavedState) => SavedState) => void;
  startupNotice: StartupNotice;
  /** Why the last save failed (quota, private mode), or null. */
  saveProblem: string | null;
  resetToExample: () => void;
}

const SAVE_DELAY_MS = 250;

function initialState(): { state: SavedState; notice: StartupNotice } {
  let loaded: LoadResult;
  try {
    loaded = loadSavedState(window.localStorage, new Date());
  } catch {
    // Storage disabled (some private modes throw on access): run from the example in memory.
    loaded = { kind: 'empty' };
  }
  if (loaded.kind === 'loaded') return { state: loaded.state, notice: null };
  if (loaded.kind === 'set-aside') return { state: exampleState(), notice: loaded };
  return { state: exampleState(), notice: { kind: 'first-visit' } };
}

/** The app's one source of truth, loaded from and saved to localStorage. */
export function useSavedState(): SavedStateHandle {
  const [initial] = useState(initialState);
  const [state, setState] = useState(initial.state);
  const [saveProblem, setSaveProblem] = useState<string | null>(null);
  const dirty = useRef(false);

  const update = useCallback((change: (state: SavedState) => SavedState) => {
    dirty.current = true;
    setState(change);
  }, []);

  useEffect(() => {
    if (!dirty.current) return;
    const timer = window.setTimeout(() => setSaveProblem(saveState(window.localStorage, state)), SAVE_DELAY_MS);
    return () => window.clearTimeout(timer);
  }, [state]);

  // Leaving the page inside the save delay must not lose the last edit.
  useEffect(() => {
    const flush = () => { if (dirty.current) saveState(window.localStorage, state); };
    window.addEventListener('pagehide', flush);
    return () => window.removeEventListener('pagehide', flush);
  }, [state]);

  const resetToExample = useCallback(() => update(() => exampleState()), [update]);
  return { state, update, startupNotice: initial.notice, saveProblem, resetToExample };
}
