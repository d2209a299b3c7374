import { useState } from 'react';
import type { ProjectEntry } from '../../bullets/generate-bullets.js';
import type { Resume } from '../../model/resume.js';
import type { SavedStateHandle } from '../state/use-saved-state.js';
import { BulletRow } from './BulletRow.js';
import { moved, withBullets, withOverride } from './override-edits.js';

export interface EntryPosition { index: number; count: number; move: (delta: -1 | 1) => void }

/** One Projects-section entry: its bullets with edit / remove / reorder, accept, hide, move. */
export function ProjectBulletsCard({ entry, position, handle, lintFor }: {
  entry: ProjectEntry;
  position: EntryPosition;
  handle: SavedStateHandle;
  lintFor: (text: string) => string[];
}) {
  const [announcement, setAnnouncement] = useState('');
  const override = handle.state.profile.meta?.roadfolio?.overrides[entry.evidenceId];
  const drafts = entry.bullets.map((bullet) => bullet.draft);
  const setProfile = (change: (profile: Resume) => Resume) =>
    handle.update((state) => ({ ...state, profile: change(state.profile) }));
  const setDrafts = (next: string[] | undefined) => setProfile((profile) => withBullets(profile, entry.evidenceId, next));
  const headingId = `entry-${entry.evidenceId.replace(/[^a-zA-Z0-9]+/g, '-')}`;
  const accepted = entry.bullets.length > 0 && entry.bullets.every((bullet) => bullet.accepted);

  return (
    <section className="card bullet-entry" aria-labelledby={headingId}>
      <div className="entry-header">
        <h3 id={headingId}>{entry.name} <span className="hint">({entry.kind === 'repo' ? 'repo' : 'roadmap project'})</span></h3>
        <div className="entry-actions">
          <button type="button" className="icon-button" aria-label={`Move ${entry.name} up`} disabled={position.index === 0} onClick={() => { position.move(-1); setAnnouncement(`${entry.name} moved up`); }}>↑</button>
          <button type="button" className="icon-button" aria-label={`Move ${entry.name} down`} disabled={position.index === position.count - 1} onClick={() => { position.move(1); setAnnouncement(`${entry.name} moved down`); }}>↓</button>
          <button type="button" className="secondary" onClick={() => setProfile((profile) => withOverride(profile, entry.evidenceId, (current) => ({ ...current, hide: true })))}>Hide<span className="visually-hidden"> {entry.name}</span></button>
        </div>
      </div>
      {entry.keywords.length > 0 && <p className="hint">Evidences: {entry.keywords.join(', ')}</p>}
      <ul className="bullets">
        {entry.bullets.map((bullet, index) => (
          <BulletRow
            key={`${index}-${bullet.draft}`}
            bullet={bullet}
            label={`${entry.name}, bullet ${index + 1}`}
            warnings={lintFor(bullet.text)}
            canMoveUp={index > 0}
            canMoveDown={index < entry.bullets.length - 1}
            onSave={(text) => setDrafts(drafts.map((draft, at) => (at === index ? text : draft)))}
            onRemove={() => setDrafts(drafts.filter((_, at) => at !== index))}
            onMove={(delta) => { setDrafts(moved(drafts, index, delta)); setAnnouncement(`bullet ${index + 1} moved ${delta < 0 ? 'up' : 'down'}`); }}
          />
        ))}
      </ul>
      <div className="button-row">
        <button type="button" className="secondary" onClick={() => setDrafts([...drafts, ''])}>Add a bullet<span className="visually-hidden"> to {entry.name}</span></button>
        <div className="checkbox-row">
          <input
            id={`${headingId}-accept`}
            type="checkbox"
            checked={accepted}
            onChange={(event) => setProfile((profile) => withOverride(profile, entry.evidenceId, (current) => ({ ...current, accepted: event.target.checked || undefined })))}
          />
          <label htmlFor={`${headingId}-accept`}>I checked these bullets: they are true</label>
        </div>
        {override?.bullets !== undefined && (
          <button type="button" className="link-button" onClick={() => setDrafts(undefined)}>Go back to the generated bullets</button>
        )}
      </div>
      <p className="visually-hidden" aria-live="polite">{announcement}</p>
    </section>
  );
}
