import { describe, expect, it } from 'vitest';
import { loadSavedState, saveState, STATE_KEY, type KeyValueStorage } from '../src/web/state/browser-storage.js';
import { SAVED_STATE_VERSION, type SavedState } from '../src/web/state/saved-state.js';
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

const saved: SavedState = {
  version: SAVED_STATE_VERSION,
  roadmap: { fileName: 'roadmap.md', text: '| Status | Course |\n| --- | --- |\n| ✅ | **Python** |\n' },
  github: null,
  profile: { basics: { name: 'Dr. Amira Haddad' }, meta: { roadfolio: { links: {}, overrides: { 'roadmap:3': { hide: true } } } } },
  jobDescription: 'We need Python and SQL.',
  keywordSet: 'medical-ai',
  template: 'classic',
};
const now = new Date('2026-11-23T09:00:00Z');

describe('the web app\'s saved state', () => {
  it('round-trips what the user did, bullet overrides included', () => {
    const storage = memoryStorage();
    expect(saveState(storage, saved)).toBeNull();
    expect(loadSavedState(storage, now)).toEqual({ kind: 'loaded', state: saved });
  });

  it('sets aside state that is not JSON, keeping the bytes for the user', () => {
    const storage = memoryStorage({ [STATE_KEY]: '{"version":1,"roadmap":' });
    const result = loadSavedState(storage, now);
    expect(result).toMatchObject({ kind: 'set-aside', problem: 'it is not valid JSON' });
    expect(storage.items.get(STATE_KEY)).toBeUndefined();
    expect(storage.items.get('roadfolio.state.set-aside.2026-11-23T09:00:00.000Z')).toBe('{"version":1,"roadmap":');
  });

  it('names the field that does not match the schema', () => {
    const storage = memoryStorage({ [STATE_KEY]: JSON.stringify({ ...saved, profile: { work: [{ startDate: 'last spring' }] } }) });
    const result = loadSavedState(storage, now);
    expect(result.kind).toBe('set-aside');
    expect(result.kind === 'set-aside' && result.problem).toMatch(/^profile\.work\[0\]\.startDate: /);
  });

  it('does not overwrite state saved by a newer release, and says why', () => {
    const storage = memoryStorage({ [STATE_KEY]: JSON.stringify({ ...saved, version: 7 }) });
    expect(loadSavedState(storage, now)).toMatchObject({ kind: 'set-aside', problem: expect.stringContaining('newer Roadfolio') });
  });

  it('keeps the last good copy while a field is half-typed', () => {
    const storage = memoryStorage();
    saveState(storage, saved);
    const halfTyped = { ...saved, profile: { work: [{ startDate: '2019-1' }] } };
    expect(saveState(storage, halfTyped)).toMatch(/profile\.work\[0\]\.startDate/);
    expect(loadSavedState(storage, now)).toEqual({ kind: 'loaded', state: saved });
  });

  it('keeps a GitHub token only when the user ticks remember, and never inside the state', () => {
    const storage = memoryStorage();
    rememberToken(storage, 'github_pat_secret', false);
    expect(readRememberedToken(storage)).toBe('');
    rememberToken(storage, 'github_pat_secret', true);
    expect(readRememberedToken(storage)).toBe('github_pat_secret');
    saveState(storage, saved);
    expect(storage.items.get(STATE_KEY)).not.toContain('github_pat_secret');
    rememberToken(storage, 'github_pat_secret', false);
    expect([...storage.items.values()].join('')).not.toContain('github_pat_secret');
  });
});
