import type { ReactNode } from 'react';
import type { SourceName } from '../state/saved-state.js';
import { statusOf, type SourceStatus } from '../state/source-changes.js';
import type { SavedStateHandle } from '../state/use-saved-state.js';
import { focusWhenPresent } from '../components/focus-when-present.js';

const STATUS_TEXT: Record<SourceStatus, string> = { user: 'Yours', example: "The example's", empty: 'Empty' };

/**
 * A source's heading with whose it is (yours, the example's, empty) and the actions that change
 * that: remove it, or pick the example's for it. Replacing is the drop zone / form below it.
 */
export function SourceHeading({ name, title, handle, children }: { name: SourceName; title: string; handle: SavedStateHandle; children?: ReactNode }) {
  const status = statusOf(handle.state, name);
  const headingId = `${name}-heading`;
  const after = () => focusWhenPresent(`#${headingId}`);
  return (
    <div className="source-heading">
      <h2 id={headingId} tabIndex={-1}>
        {title} <span className={`owner owner-${status}`} data-testid={`owner-${name}`}>{STATUS_TEXT[status]}</span>
      </h2>
      <div className="source-actions">
        {children}
        {status !== 'empty' && (
          <button type="button" className="secondary" onClick={() => { handle.remove(name); after(); }}>
            Remove<span className="visually-hidden"> the {title.toLowerCase()}</span>
          </button>
        )}
        {status !== 'example' && name !== 'posting' && (
          <button type="button" className="secondary" onClick={() => {
            if (status === 'user' && !window.confirm(`Replace your ${title.toLowerCase()} with the example's?`)) return;
            handle.pickExample(name); after();
          }}>
            Use the example's<span className="visually-hidden"> {title.toLowerCase()}</span>
          </button>
        )}
      </div>
    </div>
  );
}
