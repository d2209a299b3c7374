import type { BulletResult } from '../../bullets/index.js';

/**
 * What the engine would not print, and why: entries too thin for an honest bullet (with the
 * question to answer), set-up items and projects past the template's limit, and the user's own
 * bullets that break a lint rule. The same lists `roadfolio build` prints.
 */
export function PlacesToFill({ result, leftOut }: { result: BulletResult; leftOut: BulletResult['leftOut'] }) {
  const questions = result.placeholders.filter((place) => place.question);
  if (questions.length === 0 && leftOut.length === 0 && result.lint.length === 0) return null;
  return (
    <section className="card" aria-labelledby="places-heading">
      <h2 id="places-heading">Not on the resume yet</h2>
      {questions.length > 0 && (
        <>
          <h3>Places to fill</h3>
          <ul>{questions.map((place) => <li key={place.evidenceId}><strong>{place.entry}</strong>: {place.question}</li>)}</ul>
        </>
      )}
      {leftOut.length > 0 && (
        <>
          <h3>Left out</h3>
          <ul>{leftOut.map((entry) => <li key={entry.evidenceId}><strong>{entry.name}</strong>: {entry.reason}</li>)}</ul>
        </>
      )}
      {result.lint.length > 0 && (
        <>
          <h3>Your bullets that break a rule</h3>
          <ul className="lint">{result.lint.map((found, index) => <li key={`${found.evidenceId}-${index}`}><strong>{found.entry}</strong> ({found.issue.rule}): {found.issue.message}</li>)}</ul>
        </>
      )}
    </section>
  );
}
