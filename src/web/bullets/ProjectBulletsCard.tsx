import { useRef } from 'react';
import type { ProjectEntry } from '../../bullets/index.js';
import type { Bullet } from '../../model/bullet.js';
import type { Resume } from '../../model/resume.js';
import { asSentence } from '../../bullets/fill-pattern.js';
import type { SavedStateHandle } from '../state/use-saved-state.js';
import { announce } from '../components/announce.js';
import { cssString, focusWhenPresent } from '../components/focus-when-present.js';
import { BulletRow } from './BulletRow.js';
import { moved, withBullets, withOverride } from './override-edits.js';
import { StableKeys } from './stable-keys.js';

export interface EntryPosition { index: number; count: number; move: (delta: -1 | 1) => void }

/** Where the template's limits leave this entry: printed or not, and how many of its bullets. */
export interface PrintLimits { printed: boolean; maxBullets: number; maxProjects: number; templateName: string }

export const entryDomId = (evidenceId: string) => `entry-${evidenceId.replace(/[^a-zA-Z0-9]+/g, '-')}`;

/** One Projects-section entry: its bullets with edit / remove / reorder, accept, hide, move. */
export function ProjectBulletsCard({ entry, position, handle, lintFor, limits, onHidden }: {
  entry: ProjectEntry;
  position: EntryPosition;
  handle: SavedStateHandle;
  lintFor: (text: string) => string[];
  limits: PrintLimits;
  onHidden: () => void;
}) {
  const override = handle.state.profile?.profile.meta?.roadfolio?.overrides[entry.evidenceId];
  // The saved list at once, the built bullets once the pipeline worker catches up: a second
  // action right after the first works on the list the first one made.
  const bullets = savedBullets(entry, override?.bullets);
  const drafts = bullets.map((bullet) => bullet.draft);
  const stableKeys = useRef(new StableKeys(entry.evidenceId));
  const keys = stableKeys.current.keysFor(drafts);
  const setProfile = (change: (profile: Resume) => Resume) => handle.changeProfile(change);
  const setDrafts = (next: string[] | undefined) => setProfile((profile) => withBullets(profile, entry.evidenceId, next));
  const headingId = entryDomId(entry.evidenceId);
  const card = `[data-entry="${cssString(entry.evidenceId)}"]`;
  const rowControl = (key: string, action: string) => `${card} [data-bullet-key="${cssString(key)}"] [data-action="${action}"]`;
  // "I checked these bullets" is the user's tick alone: editing a bullet never ticks it.
  const checked = override?.accepted === true;

  const removeBullet = (index: number, how: 'remove' | 'cancel') => {
    // Focus goes to the bullet that takes this one's place, else the one before, else "Add a
    // bullet"; a cancelled new bullet sends it back to "Add a bullet", which opened it.
    const neighbour = how === 'cancel' ? undefined : keys[index + 1] ?? keys[index - 1];
    const gone = keys[index]!;
    setDrafts(drafts.filter((_, at) => at !== index));
    if (how === 'remove') announce(`${entry.name}: bullet ${index + 1} removed`);
    focusWhenPresent(() => {
      if (document.querySelector(`${card} [data-bullet-key="${cssString(gone)}"]`)) return null;
      return neighbour === undefined ? document.querySelector<HTMLElement>(`#${headingId}-add`) : document.querySelector<HTMLElement>(rowControl(neighbour, 'edit'));
    });
  };
  const moveBullet = (index: number, delta: -1 | 1) => {
    const key = keys[index]!;
    const target = index + delta;
    setDrafts(moved(drafts, index, delta));
    announce(`${entry.name}: bullet moved ${delta < 0 ? 'up' : 'down'}, now ${target + 1} of ${drafts.length}`);
    // Focus follows the moved bullet; at the top or bottom its arrow is disabled, so the other one.
    const atEdge = target === 0 || target === drafts.length - 1;
    const action = atEdge ? (delta < 0 ? 'down' : 'up') : (delta < 0 ? 'up' : 'down');
    focusWhenPresent(() => {
      const rows = [...document.querySelectorAll<HTMLElement>(`${card} [data-bullet-key]`)];
      if (rows[target]?.dataset.bulletKey !== key) return null;
      return document.querySelector<HTMLElement>(rowControl(key, drafts.length === 1 ? 'edit' : action));
    });
  };

  return (
    <section className={limits.printed ? 'card bullet-entry' : 'card bullet-entry entry-not-printed'} aria-labelledby={headingId} data-entry={entry.evidenceId}>
      <div className="entry-header">
        <h3 id={headingId} tabIndex={-1}>{entry.name} <span className="hint">({entry.kind === 'repo' ? 'repo' : 'roadmap project'})</span></h3>
        <div className="entry-actions">
          <button type="button" className="icon-button" data-action="entry-up" aria-label={`Move ${entry.name} up`} disabled={position.index === 0} onClick={() => { position.move(-1); announce(`${entry.name} moved up, now ${position.index} of ${position.count}`); }}>↑</button>
          <button type="button" className="icon-button" data-action="entry-down" aria-label={`Move ${entry.name} down`} disabled={position.index === position.count - 1} onClick={() => { position.move(1); announce(`${entry.name} moved down, now ${position.index + 2} of ${position.count}`); }}>↓</button>
          <button type="button" className="secondary" onClick={() => {
            setProfile((profile) => withOverride(profile, entry.evidenceId, (current) => ({ ...current, hide: true })));
            announce(`${entry.name} hidden from the resume; Show again is under Hidden from the resume`);
            onHidden();
          }}>Hide<span className="visually-hidden"> {entry.name}</span></button>
        </div>
      </div>
      {!limits.printed && (
        <p className="notice-inline" data-testid="not-printed">
          Not printed: the {limits.templateName} template prints the first {limits.maxProjects} projects. Move this one up, or hide one above it, to print it. The portfolio lists it either way.
        </p>
      )}
      {entry.keywords.length > 0 && <p className="hint">Evidences: {entry.keywords.join(', ')}</p>}
      <ul className="bullets">
        {bullets.map((bullet, index) => (
          <BulletRow
            key={keys[index]}
            rowKey={keys[index]!}
            bullet={bullet}
            label={`${entry.name}, bullet ${index + 1}`}
            warnings={lintFor(bullet.text)}
            canMoveUp={index > 0}
            canMoveDown={index < bullets.length - 1}
            printed={limits.printed && index < limits.maxBullets}
            actions={{
              onSave: (text) => { setDrafts(drafts.map((draft, at) => (at === index ? text : draft))); announce(`${entry.name}: bullet ${index + 1} saved`); },
              onRemove: (how) => removeBullet(index, how),
              onMove: (delta) => moveBullet(index, delta),
            }}
          />
        ))}
      </ul>
      {limits.printed && bullets.length > limits.maxBullets && (
        <p className="hint">The {limits.templateName} template prints {limits.maxBullets} bullets per project: the ones marked “not printed” stay in resume.json and the portfolio.</p>
      )}
      <div className="button-row">
        <button type="button" className="secondary" id={`${headingId}-add`} onClick={() => setDrafts([...drafts, ''])}>Add a bullet<span className="visually-hidden"> to {entry.name}</span></button>
        <div className="checkbox-row">
          <input
            id={`${headingId}-accept`}
            type="checkbox"
            checked={checked}
            onChange={(event) => setProfile((profile) => withOverride(profile, entry.evidenceId, (current) => ({ ...current, accepted: event.target.checked || undefined })))}
          />
          <label htmlFor={`${headingId}-accept`}>I checked these bullets: they are true</label>
        </div>
        {override?.bullets !== undefined && (
          <button type="button" className="link-button" onClick={() => {
            setDrafts(undefined);
            announce(`${entry.name}: back to the generated bullets`);
            focusWhenPresent(`#${headingId}`);
          }}>Go back to the generated bullets<span className="visually-hidden"> of {entry.name}</span></button>
        )}
      </div>
    </section>
  );
}

/**
 * The entry's bullets as the saved state has them: the user's list, each matched to the bullet
 * the pipeline built from it (its lint, keywords, placeholders); one the pipeline has not seen
 * yet shows as written until it has.
 */
function savedBullets(entry: ProjectEntry, written: string[] | undefined): Bullet[] {
  if (written === undefined) return entry.bullets;
  const unused = [...entry.bullets];
  return written.map((text) => {
    const at = unused.findIndex((bullet) => bullet.draft === text || bullet.draft === asSentence(text));
    if (at >= 0) return unused.splice(at, 1)[0]!;
    return { evidenceId: entry.evidenceId, text, draft: text, placeholders: [], templateId: 'override', verb: '', keywords: [], numbers: [], source: 'override', accepted: true };
  });
}
