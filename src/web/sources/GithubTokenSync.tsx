import { useId, useState } from 'react';
import type { GithubSnapshot } from '../../model/github.js';
import { readRememberedToken, rememberToken } from '../state/token-store.js';
import { syncInBrowser } from '../pipeline/github-sync.js';

/**
 * Sync repos straight from a GitHub-compatible API with a fine-grained personal access token.
 * The token lives in this component's memory; it is written to the browser only when the
 * user ticks "remember on this device", and never into the saved state or the snapshot.
 */
export function GithubTokenSync({ onSnapshot }: { onSnapshot: (snapshot: GithubSnapshot) => void }) {
  const ids = { user: useId(), token: useId(), api: useId(), remember: useId() };
  const [user, setUser] = useState('');
  const [token, setToken] = useState(() => safeStorage((storage) => readRememberedToken(storage)) ?? '');
  const [remember, setRemember] = useState(() => token !== '');
  const [apiUrl, setApiUrl] = useState('https://api.github.com');
  const [status, setStatus] = useState<{ kind: 'idle' | 'busy' | 'done' | 'error'; message: string }>({ kind: 'idle', message: '' });

  const sync = async () => {
    safeStorage((storage) => rememberToken(storage, token, remember));
    setStatus({ kind: 'busy', message: 'Syncing…' });
    try {
      const snapshot = await syncInBrowser({ user: user.trim(), token: token.trim(), apiUrl: apiUrl.trim() }, (done, total) => {
        setStatus({ kind: 'busy', message: `Syncing… ${done}/${total} repos` });
      });
      onSnapshot(snapshot);
      setStatus({ kind: 'done', message: `Synced ${snapshot.repos.length} repos of ${snapshot.user}.` });
    } catch (error) {
      // Messages from the sync never carry the token; say what went wrong and what to do.
      setStatus({ kind: 'error', message: error instanceof Error ? error.message : String(error) });
    }
  };

  return (
    <form className="token-sync" onSubmit={(event) => { event.preventDefault(); void sync(); }}>
      <fieldset>
        <legend>Or sync from GitHub</legend>
        <div className="field-row">
          <label htmlFor={ids.user}>GitHub user</label>
          <input id={ids.user} value={user} onChange={(event) => setUser(event.target.value)} autoComplete="username" required />
        </div>
        <div className="field-row">
          <label htmlFor={ids.token}>Personal access token <span className="hint">(fine-grained, read-only; optional for public repos)</span></label>
          <input id={ids.token} type="password" value={token} onChange={(event) => setToken(event.target.value)} autoComplete="off" spellCheck={false} />
        </div>
        <div className="field-row checkbox-row">
          <input id={ids.remember} type="checkbox" checked={remember} onChange={(event) => {
            setRemember(event.target.checked);
            if (!event.target.checked) safeStorage((storage) => rememberToken(storage, '', false));
          }} />
          <label htmlFor={ids.remember}>Remember the token on this device</label>
        </div>
        <div className="field-row">
          <label htmlFor={ids.api}>API URL <span className="hint">(GitHub Enterprise: https://HOST/api/v3)</span></label>
          <input id={ids.api} type="url" value={apiUrl} onChange={(event) => setApiUrl(event.target.value)} required />
        </div>
        <button type="submit" disabled={status.kind === 'busy'}>Sync repos</button>
        <p className={status.kind === 'error' ? 'error' : 'hint'} role="status" aria-live="polite">{status.message}</p>
      </fieldset>
    </form>
  );
}

function safeStorage<T>(use: (storage: Storage) => T): T | undefined {
  try {
    return use(window.localStorage);
  } catch {
    return undefined;
  }
}
