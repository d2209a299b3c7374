import { useEffect, useState } from 'react';
import type { ResumeCheck } from '../../check/index.js';
import type { ResumeTemplate } from '../../model/index.js';
import type { Built } from '../../portfolio/index.js';
import { pipelineClient } from '../pipeline/pipeline-client.js';

type CheckState =
  | { status: 'waiting' }
  | { status: 'checking' }
  | { status: 'done'; check: ResumeCheck }
  | { status: 'error'; message: string };

const MISMATCHES_SHOWN = 10;

/**
 * The read-back `roadfolio build` and `roadfolio check` run, on the resume PDF this page shows:
 * pdf.js reads the PDF's text back with positions (in the pipeline worker, loaded on first use),
 * groups it into lines, sections and entries the way resume parsers do, and compares each field
 * with resume.json; then overlaps, text past the margins, blank pages and stranded headings.
 */
export function ReadBackCheck({ pdfUrl, built, template }: { pdfUrl: string | null; built: Built; template: ResumeTemplate }) {
  const [state, setState] = useState<CheckState>({ status: 'waiting' });
  useEffect(() => {
    if (pdfUrl === null) { setState({ status: 'waiting' }); return; }
    let cancelled = false;
    setState({ status: 'checking' });
    void (async () => {
      try {
        const pdf = new Uint8Array(await (await fetch(pdfUrl)).arrayBuffer());
        const check = await pipelineClient().check(pdf, built.resume, built.layout.page.margin, template.sections);
        if (!cancelled) setState({ status: 'done', check });
      } catch (error) {
        if (!cancelled) setState({ status: 'error', message: error instanceof Error ? error.message : String(error) });
      }
    })();
    return () => { cancelled = true; };
  }, [pdfUrl, built, template]);

  return (
    <section className="read-back" aria-labelledby="read-back-heading" data-testid="read-back">
      <h3 id="read-back-heading">Read back like a resume parser</h3>
      <ReadBackResult state={state} />
    </section>
  );
}

function ReadBackResult({ state }: { state: CheckState }) {
  if (state.status === 'waiting') return <p className="hint" role="status">Checked once the resume PDF is made.</p>;
  if (state.status === 'checking') return <p className="hint" role="status">Reading resume.pdf back…</p>;
  if (state.status === 'error') return <p className="error" role="status">The PDF could not be read back: {state.message}</p>;
  const { fields, problems, pages } = state.check;
  const allRead = fields.matched === fields.total;
  return (
    <div role="status">
      <p data-testid="read-back-fields">
        <strong>Fields read back: {fields.matched} of {fields.total}</strong>
        {allRead ? ' (every field a parser looks for: name, contacts, headings, each entry’s title, organisation, dates and bullets)' : ''}
      </p>
      {fields.mismatches.length > 0 && (
        <ul className="read-back-misses">
          {fields.mismatches.slice(0, MISMATCHES_SHOWN).map((miss) => (
            <li key={miss.key}><code>{miss.key}</code>: expected “{miss.expected}”, read {miss.read === undefined ? 'nothing' : `“${miss.read}”`}</li>
          ))}
          {fields.mismatches.length > MISMATCHES_SHOWN && <li>…and {fields.mismatches.length - MISMATCHES_SHOWN} more</li>}
        </ul>
      )}
      <p data-testid="read-back-layout">
        {problems.length === 0
          ? `Layout: no overlapping text, nothing past the margins, no blank page or stranded heading (${pages} ${pages === 1 ? 'page' : 'pages'}).`
          : `Layout: ${problems.length} ${problems.length === 1 ? 'problem' : 'problems'} to fix:`}
      </p>
      {problems.length > 0 && <ul>{problems.map((problem) => <li key={`${problem.page}-${problem.message}`}>{problem.message}</li>)}</ul>}
    </div>
  );
}
