import { z } from 'zod';
import { formatIssues } from '../../model/format-issues.js';
import { SavedState, SAVED_STATE_VERSION } from './saved-state.js';

/** The part of the Web Storage API we use, so the loader can be tested without a browser. */
export type KeyValueStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

export const STATE_KEY = 'roadfolio.state';
const SET_ASIDE_PREFIX = 'roadfolio.state.set-aside.';

export type LoadResult =
  | { kind: 'empty' }
  | { kind: 'loaded'; state: SavedState }
  /** The saved text was unreadable: it was moved to `setAsideKey` so nothing is lost. */
  | { kind: 'set-aside'; problem: string; setAsideKey: string };

/**
 * Read the saved state and check it against the schema. Anything that does not parse is
 * moved aside under its own key (the user can download it from the notice) instead of
 * being thrown away or crashing the app into a blank screen.
 */
export function loadSavedState(storage: KeyValueStorage, now: Date): LoadResult {
  const raw = storage.getItem(STATE_KEY);
  if (raw === null) return { kind: 'empty' };
  const problem = findProblem(raw);
  if (problem === null) return { kind: 'loaded', state: SavedState.parse(JSON.parse(raw)) };
  const setAsideKey = SET_ASIDE_PREFIX + now.toISOString();
  try {
    storage.setItem(setAsideKey, raw);
  } catch {
    // Storage full: keeping the bad copy matters less than letting the user go on.
  }
  storage.removeItem(STATE_KEY);
  return { kind: 'set-aside', problem, setAsideKey };
}

function findProblem(raw: string): string | null {
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch {
    return 'it is not valid JSON';
  }
  const version = z.object({ version: z.number() }).safeParse(json);
  if (version.success && version.data.version > SAVED_STATE_VERSION) {
    return `it was saved by a newer Roadfolio (state version ${version.data.version})`;
  }
  const parsed = SavedState.safeParse(json);
  if (parsed.success) return null;
  return formatIssues(parsed.error);
}

/**
 * Save, reporting (not throwing) when the browser refuses, e.g. storage quota exceeded.
 * A state that would not load back (a half-typed date) is not written: the last good copy stays.
 */
export function saveState(storage: KeyValueStorage, state: SavedState): string | null {
  const checked = SavedState.safeParse(state);
  if (!checked.success) {
    return `not saved until this is fixed: ${formatIssues(checked.error)}`;
  }
  try {
    storage.setItem(STATE_KEY, JSON.stringify(state));
    return null;
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
}
