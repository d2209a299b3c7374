import { useEffect, useId, useRef, useState } from 'react';
import type { Bullet } from '../../model/bullet.js';

/** A bullet as the PDF prints it, with its lint warnings; Edit opens it in a text box. */
export function BulletRow({ bullet, label, warnings, canMoveUp, canMoveDown, onSave, onRemove, onMove }: {
  bullet: Bullet;
  label: string;
  warnings: string[];
  canMoveUp: boolean;
  canMoveDown: boolean;
  onSave: (text: string) => void;
  onRemove: () => void;
  onMove: (delta: -1 | 1) => void;
}) {
  // A bullet just added is empty ('' becomes '.' once made a sentence): open it for typing, and
  // cancelling it removes it rather than leaving a lone full stop on the resume.
  const isNew = bullet.draft.trim() === '' || bullet.draft.trim() === '.';
  const [editing, setEditing] = useState(isNew);
  const cancel = () => { if (isNew) onRemove(); else { setText(bullet.draft); setEditing(false); } };
  const [text, setText] = useState(bullet.draft.trim() === '.' ? '' : bullet.draft);
  const editId = useId();
  const warningsId = useId();
  const editButton = useRef<HTMLButtonElement>(null);
  const wasEditing = useRef(editing);
  useEffect(() => {
    // Closing the editor returns focus to its Edit button, so keyboard users keep their place.
    if (wasEditing.current && !editing) editButton.current?.focus();
    wasEditing.current = editing;
  }, [editing]);

  if (editing) {
    return (
      <li className="bullet bullet-editing">
        <form onSubmit={(event) => { event.preventDefault(); onSave(text); setEditing(false); }}>
          <label htmlFor={editId} className="visually-hidden">Edit {label}</label>
          <textarea
            id={editId}
            rows={3}
            value={text}
            autoFocus
            onChange={(event) => setText(event.target.value)}
            onKeyDown={(event) => {
              if (event.key === 'Escape') cancel();
              if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) { event.preventDefault(); onSave(text); setEditing(false); }
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
    <li className="bullet">
      <p className="bullet-text" aria-describedby={warnings.length > 0 ? warningsId : undefined}>
        <DraftText draft={bullet.draft} />
        {bullet.accepted && <span className="badge" title="You checked this bullet">accepted</span>}
        {bullet.source === 'override' && <span className="badge badge-own">your words</span>}
      </p>
      {warnings.length > 0 && (
        <ul id={warningsId} className="lint" aria-label={`Warnings for ${label}`}>
          {warnings.map((warning) => <li key={warning}>{warning}</li>)}
        </ul>
      )}
      <div className="bullet-actions">
        <button ref={editButton} type="button" className="icon-button" onClick={() => setEditing(true)}>Edit<span className="visually-hidden"> {label}</span></button>
        <button type="button" className="icon-button" aria-label={`Move ${label} up`} disabled={!canMoveUp} onClick={() => onMove(-1)}>↑</button>
        <button type="button" className="icon-button" aria-label={`Move ${label} down`} disabled={!canMoveDown} onClick={() => onMove(1)}>↓</button>
        <button type="button" className="icon-button" aria-label={`Remove ${label}`} onClick={onRemove}>Remove</button>
      </div>
    </li>
  );
}

/** The draft with its `[add result]` markers highlighted: they are for the user, not the PDF. */
function DraftText({ draft }: { draft: string }) {
  const parts = draft.split(/(\[[^\]]+\])/g);
  return <>{parts.map((part, index) => (/^\[[^\]]+\]$/.test(part) ? <mark key={index} className="placeholder">{part}</mark> : <span key={index}>{part}</span>))}</>;
}
