import type { SavedStateHandle } from '../state/use-saved-state.js';
import { useState } from 'react';
import { focusPageHeading } from './focus-when-present.js';

/**
 * What the user must know about their data: saved work that could not be read (set aside, with
 * a download), the example's sources removed because they brought their own, a failed save.
 * Which sources are the example's is said on every page that uses them (SourceOwners).
 */
export function StartupNoticeBanner({ handle }: { handle: SavedStateHandle }) {
  const [dismissedSetAside, setDismissedSetAside] = useState(false);
  const dismiss = (action: () => void) => { action(); focusPageHeading(); };
  return (
    <>
      {handle.setAside.length > 0 && !dismissedSetAside && (
        <div className="notice notice-warning" role="alert">
          <div>
            {handle.setAside.map((entry) => (
              <p key={entry.setAsideKey}>
                Your saved {entry.what} could not be read ({entry.problem}), so it was left out. The unreadable copy is kept in this
                browser as <code>{entry.setAsideKey}</code>.{' '}
                <button type="button" className="link-button" onClick={() => downloadSetAside(entry.setAsideKey)}>Download it</button>
              </p>
            ))}
          </div>
          <button type="button" className="dismiss" aria-label="Dismiss notice" onClick={() => dismiss(() => setDismissedSetAside(true))}>×</button>
        </div>
      )}
      {handle.notice !== null && (
        <div className="notice" role="status">
          <p>{handle.notice}</p>
          <button type="button" className="dismiss" aria-label="Dismiss notice" onClick={() => dismiss(handle.dismissNotice)}>×</button>
        </div>
      )}
      {handle.saveProblem !== null && (
        <div className="notice notice-warning" role="alert">
          <p>Your changes could not be saved in this browser ({handle.saveProblem}). Export your profile from Sources to keep them.</p>
        </div>
      )}
    </>
  );
}

function downloadSetAside(key: string): void {
  const text = window.localStorage.getItem(key) ?? '';
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = 'roadfolio-unreadable-state.json';
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
