import { useMemo, useState } from 'react';
import Markdown from 'react-markdown';
import remarkGfm from 'remark-gfm';
import type { ResumeTemplate } from '../../model/index.js';
import { safeLinkTarget } from '../../model/safe-link.js';
import { downloadBlob } from '../components/download.js';
import { announce } from '../components/announce.js';
import { ResumePreview } from '../preview/ResumePreview.js';
import { resumeLayout } from '../../resume/resume-sections.js';
import { loadVersionFiles, type ApplicationStorage, type KeptApplication } from './application-storage.js';
import { titleOf } from './ApplicationList.js';
import { versionDownloads, versionTemplate } from './version-downloads.js';

/**
 * report.md from its first section on: its title and "Made … · status: …" line are the card's
 * heading and the line under it, which follow a status change (the file keeps the status it was built with).
 */
const reportBody = (report: string) => report.slice(Math.max(report.indexOf('\n## '), 0));

/**
 * One version opened: its files to download (the PDF and DOCX made on the click), its report
 * and its tailored resume as the PDF lays it out. report.md's own title is the card's heading;
 * its sections sit one level below.
 */
export function VersionView({ application, storage, templates, onClose }: {
  application: KeptApplication;
  storage: ApplicationStorage | null;
  templates: readonly ResumeTemplate[];
  onClose: () => void;
}) {
  const { folder, record } = application;
  const loaded = useMemo(() => (storage === null ? { ok: false as const, problem: 'this browser does not let the page read its storage' } : loadVersionFiles(storage, folder)), [storage, folder]);
  const { template, missing } = versionTemplate(record, templates);
  const downloads = useMemo(() => (loaded.ok && template ? versionDownloads(record, loaded.files, template) : []), [loaded, record, template]);
  const [busy, setBusy] = useState<string | null>(null);
  const [failure, setFailure] = useState<string | null>(null);

  const download = async (name: string) => {
    const file = downloads.find((entry) => entry.name === name);
    if (!file) return;
    setBusy(name);
    setFailure(null);
    try {
      downloadBlob(name, await file.make());
      announce(`${name} downloaded`);
    } catch (error) {
      setFailure(`${name} could not be made: ${error instanceof Error ? error.message : String(error)}`);
    } finally {
      setBusy(null);
    }
  };

  return (
    <section className="card version" aria-labelledby="version-heading" data-testid="version">
      <div className="version-header">
        <h2 id="version-heading" tabIndex={-1}>{titleOf(application)}</h2>
        <button type="button" className="secondary" onClick={onClose}>Close<span className="visually-hidden"> {titleOf(application)}</span></button>
      </div>
      <p className="hint">
        Made {record.created}, built {record.built} · status {record.status} ({record.history.map((step) => `${step.status} ${step.date}`).join(' → ')}) · kept as <code>{folder}</code>
      </p>
      {!loaded.ok ? (
        <p className="notice-inline" role="alert" data-testid="version-files-problem">This version's files could not be read: {loaded.problem}. Its record is kept as it is; apply to the posting again to make them anew.</p>
      ) : (
        <>
          {missing && <p className="notice-inline">The template it was made with ({record.sources.template.ref}) is not in this build: its files are drawn with {template?.name}.</p>}
          <h3>Files</h3>
          <ul className="version-downloads">
            {downloads.map((file) => (
              <li key={file.name}>
                <button type="button" className={file.name.startsWith('resume.') ? '' : 'secondary'} disabled={busy !== null} onClick={() => void download(file.name)}>
                  {busy === file.name ? `Making ${file.name}…` : file.name}
                </button>
                <span className="hint">{file.hint}</span>
              </li>
            ))}
          </ul>
          {failure && <p className="error" role="alert">{failure}</p>}
          <div className="version-body">
            <div className="version-report markdown-body" data-testid="version-report">
              <h3>Report</h3>
              <Markdown
                remarkPlugins={[remarkGfm]}
                skipHtml
                // Only web, mail and phone links; report.md has none today, and anything else stays text.
                urlTransform={(url) => safeLinkTarget(url) ?? ''}
                components={{ h1: () => null, h2: ({ children }) => <h4>{children}</h4>, h3: ({ children }) => <h5>{children}</h5> }}
              >
                {reportBody(loaded.files.report)}
              </Markdown>
            </div>
            <div className="version-resume">
              <h3>Tailored resume</h3>
              <ResumePreview layout={template ? resumeLayout(loaded.files.resume, template) : null} template={template ?? null} />
            </div>
          </div>
        </>
      )}
    </section>
  );
}
