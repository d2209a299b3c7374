import type { Coverage } from '../../model/coverage.js';

const STATUS_TEXT = { pass: 'Pass', warn: 'Check', fail: 'Fix', skip: 'n/a' } as const;

/** Searchability checks, wording notes and what is in progress: the rest of the analysis. */
export function ResumeChecks({ coverage }: { coverage: Coverage }) {
  const { searchability = [], wording = [], inProgress = [], uncoveredMustHaves = [] } = coverage;
  return (
    <section aria-labelledby="checks-heading" className="card">
      <h2 id="checks-heading">Searchability</h2>
      {searchability.length > 0 && (
        <ul className="checks">
          {searchability.map((check) => (
            <li key={check.id} className={`check check-${check.status}`}>
              <span className="check-status">{STATUS_TEXT[check.status]}</span> <strong>{check.label}</strong>: {check.detail}
            </li>
          ))}
        </ul>
      )}
      {wording.length > 0 && (
        <>
          <h3>Use the exact words</h3>
          <p className="hint">ATS filters are literal: your evidence says these in other words.</p>
          <ul>
            {wording.map((note) => <li key={`${note.term}-${note.evidenceId}`}>write “{note.useWords}” where you wrote “{note.yourWords}”</li>)}
          </ul>
        </>
      )}
      {inProgress.length > 0 && (
        <>
          <h3>In progress (not counted yet)</h3>
          <ul>
            {inProgress.map((item) => (
              <li key={item.line}>{item.title} <span className="hint">(line {item.line})</span>{item.covers.length > 0 && <>: will cover {item.covers.map((cover) => cover.term).join(', ')}</>}</li>
            ))}
          </ul>
        </>
      )}
      {uncoveredMustHaves.length > 0 && (
        <p><strong>Must-haves no roadmap item covers</strong> (plan something new): {uncoveredMustHaves.join(', ')}.</p>
      )}
    </section>
  );
}
