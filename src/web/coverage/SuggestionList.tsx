import type { Coverage } from '../../model/coverage.js';

/** Roadmap items to finish next, ranked by the missing keywords they would cover. */
export function SuggestionList({ coverage }: { coverage: Coverage }) {
  return (
    <section aria-labelledby="suggestions-heading" className="card">
      <h2 id="suggestions-heading">What to finish next</h2>
      {coverage.suggestions.length === 0 ? <p>No unfinished roadmap item covers a missing keyword.</p> : (
        <ol className="suggestions">
          {coverage.suggestions.slice(0, 10).map((suggestion) => (
            <li key={`${suggestion.line}-${suggestion.title}`}>
              <strong>{suggestion.title}</strong> <span className="hint">(roadmap line {suggestion.line}, {suggestion.status === 'in_progress' ? 'in progress' : 'not started'})</span>
              <br />covers {suggestion.covers.map((cover) => cover.term).join(', ')}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
