import type { PageProps } from '../pages/page-props.js';
import { withOverride } from './override-edits.js';

/** What the user hid, so it can be brought back. */
export function HiddenEntries({ handle, portfolio }: PageProps) {
  const overrides = handle.state.profile.meta?.roadfolio?.overrides ?? {};
  const hidden = Object.entries(overrides).filter(([, override]) => override.hide).map(([id]) => id);
  if (hidden.length === 0) return null;
  const show = (evidenceId: string) => handle.update((state) => ({ ...state, profile: withOverride(state.profile, evidenceId, (current) => ({ ...current, hide: undefined })) }));
  return (
    <section className="card" aria-labelledby="hidden-heading">
      <h2 id="hidden-heading">Hidden from the resume</h2>
      <ul>
        {hidden.map((id) => (
          <li key={id}>
            {portfolio.evidenceById.get(id)?.title ?? id}{' '}
            <button type="button" className="link-button" onClick={() => show(id)}>Show again<span className="visually-hidden"> {portfolio.evidenceById.get(id)?.title ?? id}</span></button>
          </li>
        ))}
      </ul>
    </section>
  );
}
