import type { Profile } from '../../model/resume.js';
import { SOURCE_NAMES, type ExampleSources, type Origin, type SavedState, type SourceName } from './saved-state.js';

/**
 * Every change to whose data the app works with, as pure functions of the saved state. The rule
 * they keep (the CLI's): the example stands in only while the user has brought nothing of their
 * own; the moment one source is theirs, every source still holding the example is emptied, and
 * the example comes back only where the user picks it again.
 */

export type SourceStatus = Origin | 'empty';

export function statusOf(state: SavedState, name: SourceName): SourceStatus {
  return state[name]?.origin ?? 'empty';
}

export interface SourceChange { state: SavedState; /** Example sources emptied by this change, to tell the user. */ dropped: SourceName[] }

/** The user brings `name` of their own (dropped file, paste, import, sync, a profile they start). */
export function withOwnSource<N extends SourceName>(state: SavedState, name: N, value: Omit<NonNullable<SavedState[N]>, 'origin'>): SourceChange {
  const dropped = SOURCE_NAMES.filter((other) => other !== name && state[other]?.origin === 'example');
  const next: SavedState = { ...state, [name]: { ...value, origin: 'user' }, settings: { ...state.settings, started: true } };
  for (const other of dropped) next[other] = null;
  return { state: next, dropped };
}

/** The user picks the example for one source (on purpose, even beside their own data). */
export function withExampleSource(state: SavedState, name: Exclude<SourceName, 'posting'>, example: ExampleSources): SavedState {
  return { ...state, [name]: example[name], settings: { ...state.settings, started: true } };
}

export function withoutSource(state: SavedState, name: SourceName): SavedState {
  return { ...state, [name]: null };
}

/** "Try the example": every source the example's, no posting. */
export function startedWithExample(state: SavedState, example: ExampleSources): SavedState {
  return { ...state, ...example, posting: null, settings: { ...state.settings, started: true } };
}

/** "Start with my data": nothing of the example, every source empty until the user fills it. */
export function startedEmpty(state: SavedState): SavedState {
  return { ...state, roadmap: null, github: null, profile: null, posting: null, settings: { ...state.settings, started: true } };
}

/**
 * A change to the profile that is not a new source: a bullet edit, hide, reorder (kept in
 * `meta.roadfolio.overrides`, where `roadfolio build --profile` reads them). The profile keeps
 * its owner; with none yet, one is made to hold the edits, owned like the data being edited
 * (the example's while the example is what is shown), so an edit never empties other sources.
 */
export function withProfileChange(state: SavedState, change: (profile: Profile) => Profile): SavedState {
  if (state.profile !== null) return { ...state, profile: { ...state.profile, profile: change(state.profile.profile) } };
  const showingExample = SOURCE_NAMES.some((name) => state[name]?.origin === 'example');
  return { ...state, profile: { origin: showingExample ? 'example' : 'user', profile: change({}) } };
}

/** The sources the pipeline reads: never anything the state does not hold. */
export function pipelineSources(state: SavedState) {
  return {
    roadmapText: state.roadmap?.text ?? null,
    roadmapFileName: state.roadmap?.fileName ?? '',
    repos: state.github?.snapshot.repos ?? [],
    profile: state.profile?.profile ?? {},
    jobDescription: state.posting?.text ?? '',
  };
}

export function describeDropped(dropped: SourceName[]): string {
  const names = dropped.map((name) => ({ roadmap: 'roadmap', github: 'repos', profile: 'profile', posting: 'posting' })[name]);
  const list = names.length <= 1 ? names.join('') : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
  return `The example's ${list} ${names.length === 1 ? 'was' : 'were'} removed: with your own data, nothing of the example is used unless you pick it again.`;
}
