import { z } from 'zod';
import { GithubSnapshot } from '../../model/github.js';
import { Profile } from '../../model/resume.js';
import { DEFAULT_SETTINGS, emptyState, SAVED_STATE_VERSION, STORED_NAMES, STORED_SOURCES, type ExampleSources, type SavedState, type StoredName } from './saved-state.js';

/** The part of the Web Storage API we use, so the loader can be tested without a browser. */
export type KeyValueStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

/** Where each source is kept: `{ "version": 2, "value": … }`. */
export const sourceKey = (name: StoredName) => `roadfolio.${name}`;
/** Release 1 kept everything under one key, with no word on whose data it was. */
export const V1_STATE_KEY = 'roadfolio.state';
const V1_SET_ASIDE_PREFIX = 'roadfolio.state.set-aside.';

/** Saved text that did not read back, moved to `setAsideKey` so nothing is lost. */
export interface SetAside { what: string; problem: string; setAsideKey: string }

export interface LoadResult {
  state: SavedState;
  /** Nothing was saved: a first visit (the first screen asks what to start with). */
  fresh: boolean;
  setAside: SetAside[];
  /** What moving release-1 state over changed, said once. */
  migration: string | null;
}

/**
 * Read every source and check it against its schema. A source that does not parse is moved
 * aside under its own key (the user can download it from the notice) and left empty; the others
 * load as saved. Never throws, never leaves the app blank.
 */
export function loadSavedState(storage: KeyValueStorage, now: Date, example: ExampleSources): LoadResult {
  const state = emptyState();
  const setAside: SetAside[] = [];
  const present = STORED_NAMES.filter((name) => storage.getItem(sourceKey(name)) !== null);
  if (present.length === 0) return loadVersion1(storage, now, example);
  for (const name of present) {
    const raw = storage.getItem(sourceKey(name)) ?? '';
    const read = readStored(name, raw);
    if (read.ok) (state as Record<StoredName, unknown>)[name] = read.value;
    else setAside.push(moveAside(storage, sourceKey(name), `roadfolio.set-aside.${name}.${now.toISOString()}`, raw, name, read.problem));
  }
  // Saved sources mean the user has been here: do not ask the first question again.
  if (!present.includes('settings') || setAside.some((entry) => entry.what === 'settings')) state.settings = { ...DEFAULT_SETTINGS, started: true };
  return { state, fresh: false, setAside, migration: null };
}

function readStored(name: StoredName, raw: string): { ok: true; value: unknown } | { ok: false; problem: string } {
  return readEnvelope<unknown>(raw, STORED_SOURCES[name] as z.ZodType<unknown>, { newest: SAVED_STATE_VERSION, notJson: 'it is not valid JSON', describe: (error) => describeProblem(error, 'value') });
}

/**
 * A `{version, value}` envelope as kept in localStorage (saved state and applications alike): not
 * JSON, no version, a newer version or a value that does not fit its schema, each said in words.
 */
export function readEnvelope<T>(raw: string, schema: z.ZodType<T>, options: { newest: number; notJson: string; describe: (error: z.ZodError) => string }): { ok: true; value: T } | { ok: false; problem: string } {
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch {
    return { ok: false, problem: options.notJson };
  }
  const version = z.object({ version: z.number() }).safeParse(json);
  if (!version.success) return { ok: false, problem: 'it has no version number' };
  if (version.data.version > options.newest) return { ok: false, problem: `it was saved by a newer Roadfolio (version ${version.data.version})` };
  const parsed = z.object({ value: schema }).safeParse(json);
  return parsed.success ? { ok: true, value: parsed.data.value } : { ok: false, problem: options.describe(parsed.error) };
}

function moveAside(storage: KeyValueStorage, key: string, setAsideKey: string, raw: string, what: string, problem: string): SetAside {
  try {
    storage.setItem(setAsideKey, raw);
  } catch {
    // Storage full: keeping the bad copy matters less than letting the user go on.
  }
  storage.removeItem(key);
  return { what, problem, setAsideKey };
}

/** The first problem zod found, said with the field's path (without the wrapper's own name). */
function describeProblem(error: z.ZodError, wrapper?: string): string {
  const issue = error.issues[0];
  const path = (issue?.path ?? []).filter((part, index) => !(index === 0 && part === wrapper)).join('.');
  return `${path || 'the top level'}: ${issue?.message ?? 'does not match the expected shape'}`;
}

const Version1State = z.object({
  version: z.literal(1),
  roadmap: z.object({ fileName: z.string(), text: z.string() }),
  github: z.object({ fileName: z.string(), snapshot: GithubSnapshot }).nullable(),
  profile: Profile,
  jobDescription: z.string(),
  keywordSet: z.string(),
  template: z.string(),
});

/**
 * Release 1 started every visitor on the example and saved one object with no owner per source,
 * so a user's roadmap sat beside the example's repos and profile. Each source is told apart by
 * comparing it with the example; then the rule applies: with any source of the user's, the
 * example's are not carried over.
 */
function loadVersion1(storage: KeyValueStorage, now: Date, example: ExampleSources): LoadResult {
  const raw = storage.getItem(V1_STATE_KEY);
  if (raw === null) return { state: emptyState(), fresh: true, setAside: [], migration: null };
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch {
    return { state: emptyState(), fresh: true, setAside: [moveAside(storage, V1_STATE_KEY, V1_SET_ASIDE_PREFIX + now.toISOString(), raw, 'saved work', 'it is not valid JSON')], migration: null };
  }
  const parsed = Version1State.safeParse(json);
  if (!parsed.success) {
    return { state: emptyState(), fresh: true, setAside: [moveAside(storage, V1_STATE_KEY, V1_SET_ASIDE_PREFIX + now.toISOString(), raw, 'saved work', describeProblem(parsed.error))], migration: null };
  }
  const old = parsed.data;
  const own = {
    roadmap: old.roadmap.text !== example.roadmap.text,
    github: old.github !== null && old.github.snapshot.user !== example.github.snapshot.user,
    profile: old.profile.basics?.name !== example.profile.profile.basics?.name,
  };
  const anyOwn = own.roadmap || own.github || own.profile;
  // A source of the user's is theirs; the example's are kept only while nothing is the user's.
  // The user's bullet edits live in the profile and stay with it, whoever's it is.
  const pick = <T>(isOwn: boolean, value: T): (T & { origin: 'user' | 'example' }) | null =>
    isOwn ? { ...value, origin: 'user' } : anyOwn ? null : { ...value, origin: 'example' };
  const state: SavedState = {
    roadmap: pick(own.roadmap, old.roadmap),
    github: old.github === null ? null : pick(own.github, old.github),
    // With the example's profile dropped, the bullet edits made on the user's own data still count.
    profile: pick(own.profile, { profile: old.profile })
      ?? (old.profile.meta?.roadfolio === undefined ? null : { origin: 'user', profile: { meta: { roadfolio: old.profile.meta.roadfolio } } }),
    posting: old.jobDescription.trim() === '' ? null : { origin: 'user', text: old.jobDescription },
    settings: { keywordSet: old.keywordSet, template: old.template, started: true },
  };
  for (const name of STORED_NAMES) saveSource(storage, name, state[name]);
  storage.removeItem(V1_STATE_KEY);
  const ownNames = [own.roadmap && 'roadmap', own.github && 'repos', own.profile && 'profile'].filter(Boolean);
  const droppedNames = [!own.roadmap && 'roadmap', !own.github && old.github !== null && 'repos', !own.profile && 'profile'].filter(Boolean);
  const migration = !anyOwn || droppedNames.length === 0 ? null
    : `Your saved ${ownNames.join(' and ')} had the example's ${droppedNames.join(' and ')} beside ${ownNames.length === 1 ? 'it' : 'them'}; those are no longer used. Add your own on Sources, or pick the example's there again.`;
  return { state, fresh: false, setAside: [], migration };
}

/**
 * Save the sources that changed since `previous` (a snapshot of hundreds of repos is not
 * rewritten on every keystroke), reporting (not throwing) when the browser refuses, e.g.
 * quota exceeded. A source that would not load back (a half-typed date) is not written: its
 * last good copy stays.
 */
export function saveState(storage: KeyValueStorage, state: SavedState, previous: SavedState | null = null): string | null {
  const problems: string[] = [];
  for (const name of STORED_NAMES) {
    if (previous !== null && previous[name] === state[name]) continue;
    const problem = saveSource(storage, name, state[name]);
    if (problem !== null) problems.push(problem);
  }
  return problems.length === 0 ? null : problems.join('; ');
}

function saveSource(storage: KeyValueStorage, name: StoredName, value: unknown): string | null {
  const checked = STORED_SOURCES[name].safeParse(value);
  if (!checked.success) {
    const issue = checked.error.issues[0];
    return `your ${name} is not saved until ${issue && issue.path.length > 0 ? issue.path.join('.') : 'a field'} is fixed: ${issue?.message ?? 'invalid'}`;
  }
  try {
    storage.setItem(sourceKey(name), JSON.stringify({ version: SAVED_STATE_VERSION, value }));
    return null;
  } catch (error) {
    return `your ${name}: ${error instanceof Error ? error.message : String(error)}`;
  }
}
