import { useEffect, useId, useState } from 'react';
import type { PageProps } from './page-props.js';
import { downloadBlob, downloadJson } from '../components/download.js';
import type { ResumeTemplate } from '../../model/index.js';
import type { Built } from '../../portfolio/index.js';
import { usePdfPreview, type RenderPdf } from '../export/use-pdf-preview.js';
import { ReadBackCheck } from '../export/ReadBackCheck.js';
import { pipelineClient } from '../pipeline/pipeline-client.js';

// react-pdf (~450 KB gzipped) loads when Export is first opened, never on the first screen.
let rendererLoaded = false;
const loadRenderer = () => import('../export/render-documents.js').then((module) => { rendererLoaded = true; return module; });

type DocumentKind = 'resume' | 'portfolio' | 'plan';

const DOCUMENTS: Record<DocumentKind, { label: string; audience: string }> = {
  resume: { label: 'Resume', audience: 'for employers and their ATS' },
  portfolio: { label: 'Portfolio', audience: 'for employers: your skills, projects and learning' },
  plan: { label: 'Plan', audience: 'for you: gaps, next steps, README fixes' },
};

type Renderer = Awaited<ReturnType<typeof loadRenderer>>;

function renderKind(renderer: Renderer, which: DocumentKind, files: Built, template: ResumeTemplate): Promise<Blob> {
  if (which === 'resume') return renderer.renderResumeBlob(files.layout, template);
  return which === 'portfolio' ? renderer.renderPortfolioBlob(files.portfolio) : renderer.renderPlanBlob(files.portfolio);
}

export function ExportPage({ handle, portfolio }: PageProps) {
  const ids = { template: useId(), draft: useId() };
  const [kind, setKind] = useState<DocumentKind>('resume');
  const [draft, setDraft] = useState(false);
  const [busy, setBusy] = useState<string | null>(null);
  const { template } = portfolio;
  const draftFiles = useDraftBuild(draft, portfolio.built);

  // The same build `roadfolio build` runs; the clean one is already built for the other pages,
  // the draft (markers printed) is built by the pipeline worker when asked for.
  const files = draft ? draftFiles : portfolio.built;

  const renderCurrent: RenderPdf | null = files === null || template === null ? null : async (reportStage) => {
    if (!rendererLoaded) reportStage('Loading the PDF renderer (once per visit)…');
    const renderer = await loadRenderer();
    reportStage(`Laying out the ${kind} pages…`);
    return renderKind(renderer, kind, files, template);
  };
  const kindLabel = DOCUMENTS[kind].label;
  const preview = usePdfPreview(renderCurrent, kindLabel, [files, template, kind]);

  const downloadPdf = async (which: DocumentKind) => {
    if (files === null || template === null) return;
    setBusy(which);
    try {
      const renderer = await loadRenderer();
      setBusy(`${which}-layout`);
      const blob = await renderKind(renderer, which, files, template);
      downloadBlob(`${which}.pdf`, blob);
    } finally {
      setBusy(null);
    }
  };

  if (draft && files === null && portfolio.built !== null) {
    return (
      <>
        <h1 tabIndex={-1}>Export</h1>
        <p role="status">Building the draft (with the [add result] markers)…</p>
      </>
    );
  }
  if (files === null || template === null) {
    return (
      <>
        <h1 tabIndex={-1}>Export</h1>
        <p role="status">Nothing to export yet: add a roadmap, repos or a profile on <a href="#/sources">Sources</a>.</p>
      </>
    );
  }
  return (
    <>
      <h1 tabIndex={-1}>Export</h1>
      <p className="lead">The same files <code>roadfolio build</code> writes: an ATS-readable resume and a portfolio to send to employers, a plan for you (coverage, gaps, next steps), and the data behind them.</p>
      <div className="export-layout">
        <section className="card export-controls" aria-labelledby="export-options-heading">
          <h2 id="export-options-heading">Options</h2>
          <div className="field">
            <label htmlFor={ids.template}>Resume template</label>
            <select id={ids.template} value={template.name} onChange={(event) => handle.setSettings({ template: event.target.value })}>
              {portfolio.resumeTemplates.map((candidate) => <option key={candidate.name} value={candidate.name}>{candidate.name}: {candidate.description}</option>)}
            </select>
          </div>
          <div className="checkbox-row">
            <input id={ids.draft} type="checkbox" checked={draft} onChange={(event) => setDraft(event.target.checked)} />
            <label htmlFor={ids.draft}>Draft: print the [add result] markers</label>
          </div>
          <h2>Download</h2>
          <div className="download-list">
            {(['resume', 'portfolio', 'plan'] as const).map((which) => (
              <button key={which} type="button" onClick={() => void downloadPdf(which)} disabled={busy !== null}>
                {busy?.startsWith(which) ? (busy === which ? 'Loading the renderer…' : `Making ${which}.pdf…`) : `${which}.pdf`} <span className="hint">({DOCUMENTS[which].audience})</span>
              </button>
            ))}
            <button type="button" className="secondary" onClick={() => downloadJson('resume.json', files.resume)}>resume.json <span className="hint">(JSON Resume)</span></button>
            <button type="button" className="secondary" onClick={() => downloadJson('coverage.json', files.coverageJson)}>coverage.json</button>
          </div>
        </section>
        <section className="card export-preview" aria-labelledby="preview-heading">
          <div className="preview-header">
            <h2 id="preview-heading">Preview</h2>
            <DocumentSwitch value={kind} onChange={setKind} />
          </div>
          <p role="status" className="hint" data-testid="preview-status">
            {preview.status === 'rendering' ? `Making ${kind}.pdf: ${preview.stage}` : preview.status === 'error' ? `The PDF could not be made: ${preview.message}` : `${preview.label} PDF is up to date.`}
          </p>
          {preview.status === 'rendering' && (
            <div className="pdf-progress">
              <progress aria-label={`Making ${kind}.pdf`} />
              <span className="hint" aria-hidden="true">{preview.seconds > 0 ? `${preview.seconds} s` : ''}</span>
            </div>
          )}
          {preview.url !== null && (
            <iframe
              className="pdf-frame"
              title={`${preview.label} PDF preview`}
              src={preview.url}
              data-status={preview.status}
            />
          )}
          {preview.url !== null && <p className="hint"><a href={preview.url} target="_blank" rel="noopener noreferrer">Open the preview in a new tab</a> (if your browser shows no PDF here).</p>}
          {kind === 'resume' && <ReadBackCheck pdfUrl={preview.status === 'ready' && preview.label === DOCUMENTS.resume.label ? preview.url : null} built={files} template={template} />}
        </section>
      </div>
    </>
  );
}

/** The build with `[add result]` markers printed, from the pipeline worker, while the draft option is on. */
function useDraftBuild(draft: boolean, clean: Built | null): Built | null {
  const [built, setBuilt] = useState<Built | null>(null);
  useEffect(() => {
    setBuilt(null);
    if (!draft || clean === null) return;
    let cancelled = false;
    pipelineClient().draft().then((view) => { if (!cancelled) setBuilt(view?.built ?? null); }, () => undefined);
    return () => { cancelled = true; };
  }, [draft, clean]);
  return built;
}

const KINDS = ['resume', 'portfolio', 'plan'] as const;

/**
 * Resume / Portfolio as a radio group that behaves like one (WAI-ARIA radio pattern): one tab
 * stop, the arrow keys move the choice and the focus together, Home and End jump to the ends.
 */
function DocumentSwitch({ value, onChange }: { value: DocumentKind; onChange: (kind: DocumentKind) => void }) {
  const choose = (kind: DocumentKind, group: HTMLElement | null) => {
    onChange(kind);
    group?.querySelector<HTMLElement>(`[data-kind="${kind}"]`)?.focus();
  };
  return (
    <div role="radiogroup" aria-label="Document to preview" className="segmented" onKeyDown={(event) => {
      const at = KINDS.indexOf(value);
      const step = { ArrowRight: 1, ArrowDown: 1, ArrowLeft: -1, ArrowUp: -1 }[event.key];
      const next = step !== undefined ? KINDS[(at + step + KINDS.length) % KINDS.length] : event.key === 'Home' ? KINDS[0] : event.key === 'End' ? KINDS[KINDS.length - 1] : undefined;
      if (next === undefined) return;
      event.preventDefault();
      choose(next, event.currentTarget);
    }}>
      {KINDS.map((option) => (
        <button key={option} type="button" role="radio" data-kind={option} aria-checked={value === option} tabIndex={value === option ? 0 : -1} onClick={(event) => choose(option, event.currentTarget.parentElement)}>
          {DOCUMENTS[option].label}
        </button>
      ))}
    </div>
  );
}
