import type { CoveredKeyword } from '../../model/coverage.js';
import type { Evidence } from '../../model/evidence.js';

const FORM_NOTES: Record<string, string> = {
  exact: 'exact words',
  alias: 'a synonym',
  acronym: 'the acronym / full form',
  stem: 'a variant: ATS filters are literal, use the posting\'s exact words',
};

/** Where a covered keyword was found: which evidence, which field, the words as written. */
export function EvidenceList({ keyword, evidenceById }: { keyword: CoveredKeyword; evidenceById: Map<string, Evidence> }) {
  return (
    <div className="evidence" role="region" aria-label={`Evidence for ${keyword.term}`}>
      <h4>Evidence for “{keyword.term}”</h4>
      <ul>
        {keyword.evidence.map((hit, index) => {
          const evidence = evidenceById.get(hit.evidenceId);
          return (
            <li key={`${hit.evidenceId}-${hit.field}-${hit.start}-${index}`}>
              <strong>{evidence?.title ?? hit.evidenceId}</strong>{' '}
              <span className="hint">({evidence?.source.ref ?? hit.evidenceId}, {hit.field})</span>: “<mark>{hit.matched}</mark>”{' '}
              <span className="hint">{FORM_NOTES[hit.form] ?? hit.form}</span>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
