import { readmeChecklist } from '../../readme/checklist.js';
import type { Coverage, Repo } from '../../model/index.js';

const STATUS_TEXT = { pass: 'Pass', fail: 'Add', 'not-applicable': 'n/a' } as const;

/** The README quality checklist (the CLI's `roadfolio readme`) and the keywords this repo evidences. */
export function ReadmeChecklistCard({ repo, coverage }: { repo: Repo; coverage: Coverage | null }) {
  const checklist = readmeChecklist(repo.readme?.text ?? null, { license: repo.license });
  const evidenceId = `repo:${repo.fullName}`;
  const evidenced = coverage === null ? [] : [...coverage.mustHave.covered, ...coverage.goodToHave.covered]
    .filter((keyword) => keyword.evidence.some((hit) => hit.evidenceId === evidenceId))
    .map((keyword) => ({ term: keyword.term, fields: [...new Set(keyword.evidence.filter((hit) => hit.evidenceId === evidenceId).map((hit) => hit.field))] }));
  return (
    <section className="card" aria-labelledby="checklist-heading">
      <h2 id="checklist-heading">README checklist: {checklist.passed} of {checklist.applicable} <span className="hint">({checklist.score}/100)</span></h2>
      <ul className="checks">
        {checklist.checks.map((check) => (
          <li key={check.id} className={`check check-${check.status === 'not-applicable' ? 'skip' : check.status}`}>
            <span className="check-status">{STATUS_TEXT[check.status]}</span> <strong>{check.label}</strong>: {check.reason}
          </li>
        ))}
      </ul>
      <h3>Keywords this repo evidences</h3>
      {evidenced.length === 0 ? <p>None of the keyword set's terms yet: name your tools and methods in the description, topics or README.</p> : (
        <ul className="chips" aria-label="Keywords this repo evidences">
          {evidenced.map((keyword) => (
            <li key={keyword.term}><span className="chip chip-covered-static" title={`found in: ${keyword.fields.join(', ')}`}>{keyword.term} <span className="chip-note">({keyword.fields.join(', ')})</span></span></li>
          ))}
        </ul>
      )}
    </section>
  );
}
