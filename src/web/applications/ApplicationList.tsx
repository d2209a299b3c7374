import { topGaps } from '../../applications/index.js';
import { ApplicationStatus } from '../../model/index.js';
import type { KeptApplication } from './application-storage.js';

export const titleOf = ({ record }: KeptApplication) => `${record.role} at ${record.company}`;

/**
 * The applications kept, in the order `roadfolio applications` lists them (by day made, then
 * folder) and with its columns (date, company, role, status, score, top gaps), a status to change
 * in place, and the version to open.
 */
export function ApplicationList({ applications, openFolder, onOpen, onStatus }: {
  applications: KeptApplication[];
  openFolder: string | null;
  onOpen: (folder: string) => void;
  onStatus: (folder: string, status: ApplicationStatus) => void;
}) {
  const byStatus = new Map<string, number>();
  for (const { record } of applications) byStatus.set(record.status, (byStatus.get(record.status) ?? 0) + 1);
  return (
    <section className="card" aria-labelledby="application-list-heading">
      <h2 id="application-list-heading">Your applications</h2>
      {applications.length === 0 ? <p className="hint" data-testid="no-applications">None yet: paste a posting above to make the first one.</p> : (
        <>
          <p className="hint" data-testid="application-counts">
            {applications.length} {applications.length === 1 ? 'application' : 'applications'} ({[...byStatus].map(([status, count]) => `${count} ${status}`).join(', ')}). Score: the share of the posting's skills your evidence backs.
          </p>
          <ul className="application-list">
            {applications.map((application) => {
              const { folder, record } = application;
              const gaps = topGaps(record);
              const title = titleOf(application);
              return (
                <li key={folder} className={`application${openFolder === folder ? ' application-open' : ''}`} data-folder={folder}>
                  <h3 className="application-title">{record.role} <span className="application-company">at {record.company}</span></h3>
                  <p className="application-facts">
                    <span>Made {record.created}</span>
                    <span>Score <strong data-testid="application-score">{record.score.posting}</strong>/100 ({record.score.requiredCovered} of {record.score.requiredTotal} required)</span>
                  </p>
                  <p className="application-gaps">Top gaps: {gaps.length > 0 ? gaps.join(', ') : 'none'}</p>
                  <div className="application-actions">
                    <label className="inline-label">
                      <span className="visually-hidden">Status of {title}</span>
                      <span aria-hidden="true">Status</span>
                      <select value={record.status} data-testid="application-status" onChange={(event) => onStatus(folder, ApplicationStatus.parse(event.target.value))}>
                        {ApplicationStatus.options.map((option) => <option key={option} value={option}>{option}</option>)}
                      </select>
                    </label>
                    <button type="button" className="secondary" data-open={folder} aria-expanded={openFolder === folder} onClick={() => onOpen(folder)}>
                      {openFolder === folder ? 'Opened' : 'Open'}<span className="visually-hidden"> {title}</span>
                    </button>
                  </div>
                </li>
              );
            })}
          </ul>
        </>
      )}
    </section>
  );
}
