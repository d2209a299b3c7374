import type { PageProps } from '../pages/page-props.js';
import { SourceHeading } from './SourceHeading.js';

/** The job posting: only ever the user's (the example has none); it is edited on Coverage. */
export function PostingSource({ handle }: PageProps) {
  const text = handle.state.posting?.text ?? '';
  const firstLine = text.trim().split('\n')[0]?.slice(0, 120) ?? '';
  return (
    <section aria-labelledby="posting-heading" className="card">
      <SourceHeading name="posting" title="Job posting" handle={handle} />
      {text.trim() === ''
        ? <p>No posting yet. <a href="#/coverage">Paste one on Coverage</a> to see its required skills against your evidence and order your bullets by it.</p>
        : <p>“{firstLine}” <span className="hint">({text.length.toLocaleString('en')} characters)</span>. <a href="#/coverage">Edit it on Coverage</a>.</p>}
    </section>
  );
}
