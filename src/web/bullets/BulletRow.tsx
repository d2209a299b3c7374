import { useEffect, useId, useRef, useState } from 'react';
import type { Bullet } from '../../model/bullet.js';

export interface BulletActions {
  onSave: (text: string) => void;
  /** `how` says why the row goes: an Esc on a new, empty bullet is a cancel, not a removal. */
  onRemove: (how: 'remove' | 'cancel') => void;
  onMove: (delta: -1 | 1) => void;
}

/** A bullet as the PDF prints it, with its lint warnings; Edit opens it in a text box. */
export function BulletRow({ bullet, rowKey, label, warnings, canMoveUp, canMoveDown, printed, actions }: {
  bullet: Bullet;
  /** Stable across edits and moves: where focus is sent back after an action. */
  rowKey: string;
  label: string;
  warnings: string[];
  canMoveUp: boolean;
  canMoveDown: boolean;
  /** False when the template prints fewer bullets per entry than this one's place. */
  printed: boolean;
  actions: BulletActions;
}) {
  // A bullet just added is empty ('' becomes '.' once made a sentence): open it for typing, and
  // cancelling it removes it rather than leaving a lone full stop on the resume.
  const isNew = bullet.draft.trim() === '' || bullet.draft.trim() === '.';
  const [editing, setEditing] = useState(isNew);
  const [text, setText] = useState(isNew ? '' : bullet.draft);
  const cancel = () => { if (isNew) actions.onRemove('cancel'); else { setText(bullet.draft); setEditing(false); } };
  const save = () => { actions.onSave(text); setEditing(false); };
  const editId = useId();
  const warningsId = useId();
  const editButton = useRef<HTMLButtonElement>(null);
  const wasEditing = useRef(editing);
  useEffect(() => {
    // Closing the editor (save or cancel) returns focus to its Edit button, so keyboard users keep their place.
    if (wasEditing.current && !editing) editButton.current?.focus();
    wasEditing.current = editing;
  }, [editing]);
  useEffect(() => { if (!editing) setText(bullet.draft); }, [bullet.draft, editing]);

  if (editing) {
    return (
      <li className="bullet bullet-editing" data-bullet-key={rowKey}>
        <form onSubmit={(event) => { event.preventDefault(); save(); }}>
          <label htmlFor={editId} className="visually-hidden">Edit {label}</label>
          <textarea
            id={editId}
            rows={3}
            value={text}
            autoFocus
            onChange={(event) => setText(event.target.value)}
            onKeyDown={(event) => {
              if (event.key === 'Escape') { event.preventDefault(); cancel(); }
              if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) { event.preventDefault(); save(); }
            }}
          />
          <div className="button-row">
            <button type="submit">Save<span className="visually-hidden"> {label}</span></button>
            <button type="button" className="secondary" onClick={cancel}>Cancel</button>
            <span className="hint">Ctrl+Enter saves, Esc cancels</span>
          </div>
        </form>
      </li>
    );
  }
  return (
    <li className={printed ? 'bullet' : 'bullet bullet-not-printed'} data-bullet-key={rowKey}>
      <p className="bullet-text" aria-describedby={warnings.length > 0 ? warningsId : undefined}>
        <DraftText draft={bullet.draft} />
        {bullet.source === 'override' ? <span className="badge badge-own">your words</span>
          : bullet.accepted ? <span className="badge">checked by you</span> : <span className="badge badge-unchecked">generated, not checked</span>}
        {!printed && <span className="badge badge-off">not printed</span>}
      </p>
      {warnings.length > 0 && (
        <ul id={warningsId} className="lint" aria-label={`Warnings for ${label}`}>
          {warnings.map((warning) => <li key={warning}>{warning}</li>)}
        </ul>
      )}
      <div className="bullet-actions">
        <button ref={editButton} type="button" className="icon-button" data-action="edit" onClick={() => setEditing(true)}>Edit<span className="visually-hidden"> {label}</span></button>
        <button type="button" className="icon-button" data-action="up" aria-label={`Move ${label} up`} disabled={!canMoveUp} onClick={() => actions.onMove(-1)}>↑</button>
        <button type="button" className="icon-button" data-action="down" aria-label={`Move ${label} down`} disabled={!canMoveDown} onClick={() => actions.onMove(1)}>↓</button>
        <button type="button" className="icon-button" data-action="remove" aria-label={`Remove ${label}`} onClick={() => actions.onRemove('remove')}>Remove</button>
      </div>
    </li>
  );
}

/** The draft with its `[add result]` markers highlighted: they are for the user, not the PDF. */
function DraftText({ draft }: { draft: string }) {
  const parts = draft.split(/(\[[^\]]+\])/g);
  return <>{parts.map((part, index) => (/^\[[^\]]+\]$/.test(part) ? <mark key={index} className="placeholder">{part}</mark> : <span key={index}>{part}</span>))}</>;
}
