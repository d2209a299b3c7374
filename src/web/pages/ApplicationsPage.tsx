import { useState } from 'react';
import { crossPostingGaps } from '../../applications/index.js';
import type { ApplicationStatus } from '../../model/index.js';
import type { PageProps } from './page-props.js';
import { announce } from '../components/announce.js';
import { downloadBlob } from '../components/download.js';
import { focusWhenPresent, cssString } from '../components/focus-when-present.js';
import { useJobLexicon } from '../pipeline/use-lexicon.js';
import { ApplicationList, titleOf } from '../applications/ApplicationList.js';
import { ApplicationInputError, localDay, makeApplication } from '../applications/make-application.js';
import { NewApplicationForm, type NewApplicationRequest } from '../applications/NewApplicationForm.js';
import { useApplications } from '../applications/use-applications.js';
import { VersionView } from '../applications/VersionView.js';
import '../applications/applications.css';

/**
 * Applications: one master profile, a tailored version per posting, as `roadfolio apply` and
 * `roadfolio applications` keep them, kept in this browser. Every step is the CLI's own
 * (src/applications for the record, report, folder name and status; src/portfolio for the resume).
 */
export function ApplicationsPage({ handle, portfolio }: PageProps) {
  const kept = useApplications();
  // The skills lexicon `roadfolio apply` reads postings with; loaded when this page opens.
  const lexicon = useJobLexicon(portfolio.keywordSet, true);
  const [open, setOpen] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [formKey, setFormKey] = useState(0);
  const opened = kept.applications.find((entry) => entry.folder === open);
  const gaps = crossPostingGaps(kept.applications);

  const openVersion = (folder: string) => {
    setOpen(folder);
    focusWhenPresent('#version-heading');
  };
  const closeVersion = () => {
    const folder = open;
    setOpen(null);
    if (folder !== null) focusWhenPresent(`[data-open="${cssString(folder)}"]`);
  };

  const create = async (request: NewApplicationRequest) => {
    if (lexicon === undefined) return;
    setBusy(true);
    setProblem(null);
    // Let the button say "Making…" before the pipeline holds the main thread.
    await new Promise((resolve) => setTimeout(resolve, 0));
    try {
      const made = await makeApplication({ ...request, day: localDay(new Date()) }, {
        portfolio, saved: handle.state, lexicon, kept: kept.applications, taken: kept.taken,
      });
      const refused = kept.keep(made);
      if (refused !== null) {
        setProblem(`Not saved: ${refused}.`);
        return;
      }
      const title = `${made.record.role} at ${made.record.company}`;
      const said = made.kind === 'up to date' ? `${title} is already kept and up to date: nothing changed.`
        : made.kind === 'status' ? `${title} was already kept with the same sources: only its status changed, to ${made.record.status}.`
        : `${made.isNew ? 'Made' : 'Rebuilt'} ${title}: score ${made.record.score.posting}/100.`;
      announce(said);
      setFormKey((key) => key + 1);
      openVersion(made.folder);
    } catch (error) {
      setProblem(error instanceof ApplicationInputError ? error.message : `The application could not be made: ${error instanceof Error ? error.message : String(error)}`);
    } finally {
      setBusy(false);
    }
  };

  const changeStatus = (folder: string, status: ApplicationStatus) => {
    const entry = kept.applications.find((application) => application.folder === folder);
    const refused = kept.setStatus(folder, status, localDay(new Date()));
    if (refused !== null) announce(`Not saved: ${refused}.`);
    else if (entry) announce(`${titleOf(entry)}: status ${entry.record.status} → ${status}. Only its record changed.`);
  };

  return (
    <>
      <h1 tabIndex={-1}>Applications</h1>
      <p className="lead">
        One master resume, a tailored version per job posting: the same steps as <code>roadfolio apply</code>. Each version keeps its posting, score, gaps and files, in this browser.
      </p>
      {kept.damaged.map((entry) => (
        <div key={entry.key} className="notice-inline damaged-application" role="alert" data-testid="damaged-application">
          <p>A saved application, <code>{entry.folder}</code>, could not be read: {entry.problem}. It is left as it is, under <code>{entry.key}</code> in this browser's storage; nothing was changed or removed.</p>
          <button type="button" className="secondary" onClick={() => downloadBlob(`${entry.folder}.application.json`, new Blob([entry.raw], { type: 'application/json' }))}>
            Download its saved text<span className="visually-hidden"> ({entry.folder})</span>
          </button>
        </div>
      ))}
      {portfolio.coverage === null ? (
        <p role="status">Nothing to tailor yet: add a roadmap, repos or a profile on <a href="#/sources">Sources</a>.</p>
      ) : (
        <NewApplicationForm key={formKey} onCreate={(request) => void create(request)} busy={busy} problem={problem} ready={lexicon !== undefined} />
      )}
      {opened && <VersionView application={opened} storage={kept.storage} templates={portfolio.bundled.resumeTemplates} onClose={closeVersion} />}
      <ApplicationList applications={kept.applications} openFolder={open} onOpen={openVersion} onStatus={changeStatus} />
      {gaps.mostMissing.length > 0 && kept.applications.length > 1 && (
        <section className="card" aria-labelledby="missing-heading">
          <h2 id="missing-heading">Skills you keep missing</h2>
          <ol className="missing-skills">
            {gaps.mostMissing.slice(0, 8).map((skill) => (
              <li key={skill.term}><strong>{skill.term}</strong>: {skill.postings} of {gaps.applications} postings{skill.required > 0 ? ` (required in ${skill.required})` : ''}</li>
            ))}
          </ol>
          {gaps.roadmapClosesMost.length > 0 && (
            <p>Roadmap items that would close the most: {gaps.roadmapClosesMost.slice(0, 3).map((item) => `${item.title} (${item.closes.join(', ')})`).join('; ')}.</p>
          )}
        </section>
      )}
    </>
  );
}
