import type { KeyValueStorage } from './browser-storage.js';

/**
 * A GitHub token is kept in memory only, unless the user ticks "remember on this device";
 * then, and only then, it goes under its own key, never inside the saved state (which the
 * user may export or share when reporting a problem).
 */
const TOKEN_KEY = 'roadfolio.github-token';

export function readRememberedToken(storage: KeyValueStorage): string {
  return storage.getItem(TOKEN_KEY) ?? '';
}

export function rememberToken(storage: KeyValueStorage, token: string, remember: boolean): void {
  if (remember && token !== '') storage.setItem(TOKEN_KEY, token);
  else storage.removeItem(TOKEN_KEY);
}
