import { useCallback, useEffect, useRef, useState } from 'react';
import type { Profile } from '../../model/resume.js';
import { loadSavedState, saveState, type LoadResult, type SetAside } from './browser-storage.js';
import { exampleSources } from './example-data.js';
import { emptyState, type SavedState, type Settings, type SourceName } from './saved-state.js';
import {
  describeDropped, startedEmpty, startedWithExample, withExampleSource, withOwnSource, withoutSource, withProfileChange,
} from './source-changes.js';

export interface SavedStateHandle {
  state: SavedState;
  /** The user brings a source of their own: the example's sources still loaded are emptied. */
  bringOwn: <N extends SourceName>(name: N, value: Omit<NonNullable<SavedState[N]>, 'origin'>) => void;
  /** Edit the user's own source in place (typing in their roadmap or profile). */
  editOwn: <N extends SourceName>(name: N, change: (value: NonNullable<SavedState[N]>) => NonNullable<SavedState[N]>) => void;
  pickExample: (name: Exclude<SourceName, 'posting'>) => void;
  remove: (name: SourceName) => void;
  /** Bullet edits, hides and orders, kept in the profile's `meta.roadfolio`; no source changes hands. */
  changeProfile: (change: (profile: Profile) => Profile) => void;
  setPosting: (text: string) => void;
  setSettings: (patch: Partial<Settings>) => void;
  startWithExample: () => void;
  startWithMyData: () => void;
  /** Saved work that did not read back and was set aside. */
  setAside: SetAside[];
  /** A one-time message: state moved over from release 1, or example sources emptied just now. */
  notice: string | null;
  dismissNotice: () => void;
  /** Why the last save failed (quota, private mode, a half-typed date), or null. */
  saveProblem: string | null;
}

const SAVE_DELAY_MS = 250;

function initialLoad(): LoadResult {
  try {
    return loadSavedState(window.localStorage, new Date(), exampleSources());
  } catch {
    // Storage disabled (some private modes throw on access): start fresh, in memory.
    return { state: emptyState(), fresh: true, setAside: [], migration: null };
  }
}

/** The app's one source of truth, loaded from and saved to localStorage, one key per source. */
export function useSavedState(): SavedStateHandle {
  const [initial] = useState(initialLoad);
  const [state, setState] = useState(initial.state);
  const [notice, setNotice] = useState<string | null>(initial.migration);
  const [saveProblem, setSaveProblem] = useState<string | null>(null);
  const saved = useRef<SavedState | null>(initial.fresh ? null : initial.state);
  const dirty = useRef(false);

  const latest = useRef(state);
  latest.current = state;
  const update = useCallback((change: (state: SavedState) => SavedState) => {
    dirty.current = true;
    setState((current) => { const next = change(current); latest.current = next; return next; });
  }, []);

  useEffect(() => {
    if (!dirty.current) return;
    const timer = window.setTimeout(() => {
      setSaveProblem(saveState(window.localStorage, state, saved.current));
      saved.current = state;
    }, SAVE_DELAY_MS);
    return () => window.clearTimeout(timer);
  }, [state]);

  // Leaving the page inside the save delay must not lose the last edit.
  useEffect(() => {
    const flush = () => { if (dirty.current && saved.current !== state) { saveState(window.localStorage, state, saved.current); saved.current = state; } };
    window.addEventListener('pagehide', flush);
    return () => window.removeEventListener('pagehide', flush);
  }, [state]);

  const bringOwn = useCallback<SavedStateHandle['bringOwn']>((name, value) => {
    // Worked out on the latest state here, not in an updater, so the notice can say what went.
    const change = withOwnSource(latest.current, name, value);
    latest.current = change.state;
    update(() => change.state);
    if (change.dropped.length > 0) setNotice(describeDropped(change.dropped));
  }, [update]);

  return {
    state,
    bringOwn,
    editOwn: useCallback((name, change) => update((current) => {
      const value = current[name];
      return value === null ? current : { ...current, [name]: change(value as never) };
    }), [update]),
    pickExample: useCallback((name) => update((current) => withExampleSource(current, name, exampleSources())), [update]),
    remove: useCallback((name) => update((current) => withoutSource(current, name)), [update]),
    changeProfile: useCallback((change) => update((current) => withProfileChange(current, change)), [update]),
    setPosting: useCallback((text) => update((current) => ({ ...current, posting: text === '' ? null : { origin: 'user', text } })), [update]),
    setSettings: useCallback((patch) => update((current) => ({ ...current, settings: { ...current.settings, ...patch } })), [update]),
    startWithExample: useCallback(() => { setNotice(null); update((current) => startedWithExample(current, exampleSources())); }, [update]),
    startWithMyData: useCallback(() => { setNotice(null); update((current) => startedEmpty(current)); }, [update]),
    setAside: initial.setAside,
    notice,
    dismissNotice: useCallback(() => setNotice(null), []),
    saveProblem,
  };
}
