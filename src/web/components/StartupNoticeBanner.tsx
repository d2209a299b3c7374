import { useState } from 'react';
import type { StartupNotice } from '../state/use-saved-state.js';

/** Tells the user what happened at startup: first visit, or saved work that could not be read. */
export function StartupNoticeBanner({ notice, saveProblem }: { notice: StartupNotice; saveProblem: string | null }) {
  const [dismissed, setDismissed] = useState(false);
  return (
    <>
      {notice !== null && !dismissed && (
        <div className={notice.kind === 'set-aside' ? 'notice notice-warning' : 'notice'} role={notice.kind === 'set-aside' ? 'alert' : 'status'}>
          {notice.kind === 'first-visit' ? (
            <p>You are looking at the bundled example (a physician retraining as a medical data scientist). Add your own roadmap, repos and profile on <a href="#/sources">Sources</a>.</p>
          ) : (
            <p>
              Your saved work could not be read ({notice.problem}), so the example was loaded instead.
              The unreadable copy was kept in this browser as <code>{notice.setAsideKey}</code>.{' '}
              <button type="button" className="link-button" onClick={() => downloadSetAside(notice.setAsideKey)}>Download it</button>
            </p>
          )}
          <button type="button" className="dismiss" aria-label="Dismiss notice" onClick={() => setDismissed(true)}>×</button>
        </div>
      )}
      {saveProblem !== null && (
        <div className="notice notice-warning" role="alert">
          <p>Your changes could not be saved in this browser ({saveProblem}). Export your profile from Sources to keep them.</p>
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
