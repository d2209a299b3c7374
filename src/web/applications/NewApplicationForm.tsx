import { useId, useMemo, useRef, useState } from 'react';
import { companyOf, roleOf } from '../../applications/index.js';
import { ApplicationStatus } from '../../model/index.js';

export interface NewApplicationRequest { posting: string; company: string; role: string; status: ApplicationStatus }

/**
 * Paste a posting; the company and role are read from it (src/applications/posting-facts.ts,
 * as `roadfolio apply` reads them) and shown in fields the user can correct. A typed value wins
 * over what is found, until the field is emptied again.
 */
export function NewApplicationForm({ onCreate, busy, problem, ready }: {
  onCreate: (request: NewApplicationRequest) => void;
  busy: boolean;
  /** Why the last attempt made nothing, in one line. */
  problem: string | null;
  /** False while the skills lexicon the posting is read with is still loading. */
  ready: boolean;
}) {
  const ids = { posting: useId(), company: useId(), role: useId(), status: useId(), found: useId(), problem: useId() };
  const [posting, setPosting] = useState('');
  const [typed, setTyped] = useState<{ company: string | null; role: string | null }>({ company: null, role: null });
  const [status, setStatus] = useState<ApplicationStatus>('applied');
  const postingBox = useRef<HTMLTextAreaElement>(null);
  const found = useMemo(() => ({ company: companyOf(posting) ?? '', role: roleOf(posting) ?? '' }), [posting]);
  const company = typed.company ?? found.company;
  const role = typed.role ?? found.role;
  const foundNote = posting.trim() === '' ? 'Company and role are read from the posting; correct them if they are wrong.'
    : `Read from the posting: ${found.company ? `company "${found.company}"` : 'no company (type it)'}, ${found.role ? `role "${found.role}"` : 'no role (type it)'}.`;

  return (
    <form
      className="card new-application"
      aria-labelledby="new-application-heading"
      onSubmit={(event) => {
        event.preventDefault();
        onCreate({ posting, company, role, status });
      }}
    >
      <h2 id="new-application-heading">New application</h2>
      <label htmlFor={ids.posting}>Job posting <span className="hint">(paste its full text)</span></label>
      <textarea
        id={ids.posting}
        ref={postingBox}
        rows={8}
        value={posting}
        onChange={(event) => setPosting(event.target.value)}
        aria-describedby={problem ? ids.problem : undefined}
        aria-invalid={problem ? true : undefined}
      />
      <div className="application-fields">
        <div>
          <label htmlFor={ids.company}>Company</label>
          <input id={ids.company} type="text" value={company} aria-describedby={ids.found} onChange={(event) => setTyped((current) => ({ ...current, company: event.target.value === '' ? null : event.target.value }))} />
        </div>
        <div>
          <label htmlFor={ids.role}>Role</label>
          <input id={ids.role} type="text" value={role} aria-describedby={ids.found} onChange={(event) => setTyped((current) => ({ ...current, role: event.target.value === '' ? null : event.target.value }))} />
        </div>
        <div>
          <label htmlFor={ids.status}>Status</label>
          <select id={ids.status} value={status} onChange={(event) => setStatus(ApplicationStatus.parse(event.target.value))}>
            {ApplicationStatus.options.map((option) => <option key={option} value={option}>{option}</option>)}
          </select>
        </div>
      </div>
      <p id={ids.found} className="hint" data-testid="found-in-posting">{foundNote}</p>
      {problem && <p id={ids.problem} className="error" role="alert" data-testid="application-problem">{problem}</p>}
      <div className="button-row">
        <button type="submit" disabled={busy || !ready}>{busy ? 'Making the tailored version…' : ready ? 'Create application' : 'Loading the skills list…'}</button>
        <span className="hint">The resume is your master resume reordered for this posting: no words are added.</span>
      </div>
    </form>
  );
}
