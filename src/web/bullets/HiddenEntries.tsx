import type { PageProps } from '../pages/page-props.js';
import { announce } from '../components/announce.js';
import { cssString, focusWhenPresent } from '../components/focus-when-present.js';
import { entryDomId } from './ProjectBulletsCard.js';
import { withOverride } from './override-edits.js';

/** What the user hid, so it can be brought back. */
export function HiddenEntries({ handle, portfolio }: PageProps) {
  const overrides = handle.state.profile?.profile.meta?.roadfolio?.overrides ?? {};
  const hidden = Object.entries(overrides).filter(([, override]) => override.hide).map(([id]) => id);
  if (hidden.length === 0) return null;
  const titleOf = (id: string) => portfolio.evidenceById.get(id)?.title ?? id;
  const show = (evidenceId: string, index: number) => {
    handle.changeProfile((profile) => withOverride(profile, evidenceId, (current) => ({ ...current, hide: undefined })));
    announce(`${titleOf(evidenceId)} is back on the resume`);
    // Focus goes to the entry brought back (a project's card, once the bullets are rebuilt);
    // a course has no card of its own, so the next hidden entry's button, else the section.
    const next = hidden[index + 1] ?? hidden[index - 1];
    const elsewhere = () => (next === undefined ? document.getElementById('projects-heading') : document.querySelector<HTMLElement>(`[data-show="${cssString(next)}"]`));
    const kind = portfolio.evidenceById.get(evidenceId)?.kind;
    if (kind === 'project' || kind === 'repo') focusWhenPresent(() => document.getElementById(entryDomId(evidenceId)), 4000, elsewhere);
    else focusWhenPresent(() => (document.querySelector(`[data-show="${cssString(evidenceId)}"]`) ? null : elsewhere()));
  };
  return (
    <section className="card" aria-labelledby="hidden-heading">
      <h2 id="hidden-heading" tabIndex={-1}>Hidden from the resume</h2>
      <ul>
        {hidden.map((id, index) => (
          <li key={id}>
            {titleOf(id)}{' '}
            <button type="button" className="link-button" data-show={id} onClick={() => show(id, index)}>Show again<span className="visually-hidden"> {titleOf(id)}</span></button>
          </li>
        ))}
      </ul>
    </section>
  );
}
