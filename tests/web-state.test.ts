import { describe, expect, it } from 'vitest';
import { loadSavedState, saveState, sourceKey, V1_STATE_KEY, type KeyValueStorage } from '../src/web/state/browser-storage.js';
import { readFileSync } from 'node:fs';
import { GithubSnapshot } from '../src/model/github.js';
import { Profile } from '../src/model/resume.js';
import { emptyState, type ExampleSources, type SavedState } from '../src/web/state/saved-state.js';
import { pipelineSources, startedWithExample, statusOf, withExampleSource, withOwnSource, withProfileChange } from '../src/web/state/source-changes.js';
import { readRememberedToken, rememberToken } from '../src/web/state/token-store.js';

function memoryStorage(initial: Record<string, string> = {}): KeyValueStorage & { items: Map<string, string> } {
  const items = new Map(Object.entries(initial));
  return {
    items,
    getItem: (key) => items.get(key) ?? null,
    setItem: (key, value) => { items.set(key, value); },
    removeItem: (key) => { items.delete(key); },
  };
}

// The bundled example as the app loads it (src/web/state/example-data.ts, which imports the files
// through Vite), read here from the same files.
const examplesFile = (name: string) => readFileSync(new URL(`../examples/${name}`, import.meta.url), 'utf8');
const example: ExampleSources = {
  roadmap: { origin: 'example', fileName: 'roadmap-progress.md', text: examplesFile('roadmap-progress.md') },
  github: { origin: 'example', fileName: 'github-snapshot.json', snapshot: GithubSnapshot.parse(JSON.parse(examplesFile('github-snapshot.json'))) },
  profile: { origin: 'example', profile: Profile.parse(JSON.parse(examplesFile('profile.json'))) },
};
// A pharmacist's own data, nothing of the example's.
const saved: SavedState = {
  roadmap: { origin: 'user', fileName: 'pharmacy-to-data.md', text: '| Status | Course |\n| --- | --- |\n| ✅ | **Python** |\n' },
  github: null,
  profile: { origin: 'user', profile: { basics: { name: 'Kwame Mensah' }, meta: { roadfolio: { links: {}, overrides: { 'roadmap:3': { hide: true } } } } } },
  posting: { origin: 'user', text: 'We need Python and SQL.' },
  settings: { keywordSet: 'data-science', template: 'classic', started: true },
};
const now = new Date('2026-11-23T09:00:00Z');
const stored = (value: unknown) => JSON.stringify({ version: 2, value });

describe('the web app\'s saved state', () => {
  it('round-trips what the user did, one key per source, bullet overrides included', () => {
    const storage = memoryStorage();
    expect(saveState(storage, saved)).toBeNull();
    expect([...storage.items.keys()].sort()).toEqual(['github', 'posting', 'profile', 'roadmap', 'settings'].map((name) => `roadfolio.${name}`));
    expect(loadSavedState(storage, now, example)).toEqual({ state: saved, fresh: false, setAside: [], migration: null });
  });

  it('a first visit is fresh: nothing loaded, the first screen asks', () => {
    expect(loadSavedState(memoryStorage(), now, example)).toEqual({ state: emptyState(), fresh: true, setAside: [], migration: null });
  });

  it('writes only the sources that changed', () => {
    const storage = memoryStorage();
    saveState(storage, saved);
    const writes: string[] = [];
    const spy = { ...storage, setItem: (key: string, value: string) => { writes.push(key); storage.setItem(key, value); } };
    saveState(spy, { ...saved, posting: { origin: 'user', text: 'SQL' } }, saved);
    expect(writes).toEqual(['roadfolio.posting']);
  });

  it('sets aside one source that is not JSON, keeping its bytes, and loads the others', () => {
    const storage = memoryStorage();
    saveState(storage, saved);
    storage.setItem(sourceKey('roadmap'), '{"version":2,"value":');
    const result = loadSavedState(storage, now, example);
    expect(result.setAside).toEqual([{ what: 'roadmap', problem: 'it is not valid JSON', setAsideKey: 'roadfolio.set-aside.roadmap.2026-11-23T09:00:00.000Z' }]);
    expect(result.state.roadmap).toBeNull();
    expect(result.state.profile).toEqual(saved.profile);
    expect(storage.items.get('roadfolio.set-aside.roadmap.2026-11-23T09:00:00.000Z')).toBe('{"version":2,"value":');
    expect(storage.items.has(sourceKey('roadmap'))).toBe(false);
  });

  it('names the field that does not match the schema', () => {
    const storage = memoryStorage({ [sourceKey('profile')]: stored({ origin: 'user', profile: { work: [{ startDate: 'last spring' }] } }) });
    const [problem] = loadSavedState(storage, now, example).setAside;
    expect(problem?.what).toBe('profile');
    expect(problem?.problem).toMatch(/^profile\.work\.0\.startDate: /);
  });

  it('does not overwrite a source saved by a newer release, and says why', () => {
    const storage = memoryStorage({ [sourceKey('roadmap')]: JSON.stringify({ version: 7, value: saved.roadmap }) });
    expect(loadSavedState(storage, now, example).setAside[0]?.problem).toContain('newer Roadfolio');
  });

  it('keeps the last good copy while a field is half-typed', () => {
    const storage = memoryStorage();
    saveState(storage, saved);
    const halfTyped: SavedState = { ...saved, profile: { origin: 'user', profile: { work: [{ startDate: '2019-1' }] } } };
    expect(saveState(storage, halfTyped, saved)).toMatch(/profile\.work\.0\.startDate/);
    expect(loadSavedState(storage, now, example).state).toEqual(saved);
  });

  it('keeps a GitHub token only when the user ticks remember, and never inside the state', () => {
    const storage = memoryStorage();
    rememberToken(storage, 'github_pat_secret', false);
    expect(readRememberedToken(storage)).toBe('');
    rememberToken(storage, 'github_pat_secret', true);
    expect(readRememberedToken(storage)).toBe('github_pat_secret');
    saveState(storage, saved);
    expect([...storage.items.entries()].filter(([key]) => key !== 'roadfolio.github-token').map(([, value]) => value).join('')).not.toContain('github_pat_secret');
    rememberToken(storage, 'github_pat_secret', false);
    expect([...storage.items.values()].join('')).not.toContain('github_pat_secret');
  });
});

describe('the user\'s data is never mixed with the example', () => {
  const tried = startedWithExample(emptyState(), example);

  it('"Try the example" loads every source as the example\'s', () => {
    expect(['roadmap', 'github', 'profile', 'posting'].map((name) => statusOf(tried, name as never))).toEqual(['example', 'example', 'example', 'empty']);
  });

  it('bringing one source of their own empties every source still holding the example', () => {
    const { state, dropped } = withOwnSource(tried, 'roadmap', { fileName: 'nurse.md', text: '- [x] SQL for nurses' });
    expect(dropped).toEqual(['github', 'profile']);
    expect(pipelineSources(state)).toEqual({ roadmapText: '- [x] SQL for nurses', roadmapFileName: 'nurse.md', repos: [], profile: {}, jobDescription: '' });
  });

  it('the example comes back only for the source the user picks it for', () => {
    const own = withOwnSource(tried, 'roadmap', { fileName: 'nurse.md', text: '- [x] SQL' }).state;
    const mixed = withExampleSource(own, 'github', example);
    expect([statusOf(mixed, 'roadmap'), statusOf(mixed, 'github'), statusOf(mixed, 'profile')]).toEqual(['user', 'example', 'empty']);
  });

  it('a bullet edit keeps every source\'s owner; with no profile it makes one owned like the data shown', () => {
    const edited = withProfileChange(tried, (profile) => ({ ...profile, meta: { roadfolio: { links: {}, overrides: { 'repo:x/y': { hide: true } } } } }));
    expect([statusOf(edited, 'roadmap'), statusOf(edited, 'github'), statusOf(edited, 'profile')]).toEqual(['example', 'example', 'example']);
    const own = withOwnSource(tried, 'roadmap', { fileName: 'nurse.md', text: '- [x] SQL' }).state;
    expect(statusOf(withProfileChange(own, (profile) => ({ ...profile, meta: {} })), 'profile')).toBe('user');
  });

  it('release-1 state with the user\'s roadmap beside the example\'s repos and profile loads without them', () => {
    const v1 = {
      version: 1, roadmap: { fileName: 'lab-scientist.md', text: '- [x] R for lab data' }, github: { fileName: 'github-snapshot.json', snapshot: example.github.snapshot },
      profile: { ...example.profile.profile, meta: { roadfolio: { links: {}, overrides: { 'roadmap:1': { bullets: ['Cleaned 4 years of assay data in R'] } } } } },
      jobDescription: '', keywordSet: 'medical-ai', template: 'classic',
    };
    const storage = memoryStorage({ [V1_STATE_KEY]: JSON.stringify(v1) });
    const result = loadSavedState(storage, now, example);
    expect(result.state.roadmap).toEqual({ origin: 'user', fileName: 'lab-scientist.md', text: '- [x] R for lab data' });
    expect(result.state.github).toBeNull();
    // The example's name and jobs are gone; the bullet the user wrote for their own roadmap stays.
    expect(result.state.profile).toEqual({ origin: 'user', profile: { meta: v1.profile.meta } });
    expect(result.migration).toContain("the example's repos and profile");
    expect(storage.items.has(V1_STATE_KEY)).toBe(false);
    expect(loadSavedState(storage, now, example).state).toEqual(result.state);
  });

  it('release-1 state that was the untouched example stays the example\'s', () => {
    const v1 = { version: 1, roadmap: { fileName: 'roadmap-progress.md', text: example.roadmap.text }, github: { fileName: 'github-snapshot.json', snapshot: example.github.snapshot }, profile: example.profile.profile, jobDescription: 'SQL', keywordSet: 'medical-ai', template: 'classic' };
    const result = loadSavedState(memoryStorage({ [V1_STATE_KEY]: JSON.stringify(v1) }), now, example);
    expect([statusOf(result.state, 'roadmap'), statusOf(result.state, 'github'), statusOf(result.state, 'profile'), statusOf(result.state, 'posting')]).toEqual(['example', 'example', 'example', 'user']);
    expect(result.migration).toBeNull();
  });

  it('sets aside release-1 state that does not read back', () => {
    const storage = memoryStorage({ [V1_STATE_KEY]: '{"version":1,"roadmap":{"fileName":"x.md","text":42}' });
    const result = loadSavedState(storage, now, example);
    expect(result.fresh).toBe(true);
    expect(result.setAside[0]?.setAsideKey).toBe('roadfolio.state.set-aside.2026-11-23T09:00:00.000Z');
  });
});
