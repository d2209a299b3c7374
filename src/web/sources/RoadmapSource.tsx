import { useId, useState } from 'react';
import type { PageProps } from '../pages/page-props.js';
import { FileDrop } from '../components/FileDrop.js';
import { focusWhenPresent } from '../components/focus-when-present.js';
import { repairEncoding } from '../../roadmap/repair-encoding.js';
import { statusOf } from '../state/source-changes.js';
import { SourceHeading } from './SourceHeading.js';

const plural = (count: number, one: string, many = `${one}s`) => `${count} ${count === 1 ? one : many}`;

/** Drop, choose or paste a roadmap; it is parsed in the browser by the same parser as the CLI. */
export function RoadmapSource({ handle, portfolio }: PageProps) {
  const textId = useId();
  const [problem, setProblem] = useState<string | null>(null);
  // What decoding and repairing noticed (the file's encoding, a BOM, mojibake): said once, not saved.
  const [decodeNotes, setDecodeNotes] = useState<string[]>([]);
  const status = statusOf(handle.state, 'roadmap');
  const source = handle.state.roadmap;
  const { roadmap } = portfolio;
  const counts = roadmap === null ? null : {
    done: roadmap.items.filter((item) => item.status === 'done').length,
    inProgress: roadmap.items.filter((item) => item.status === 'in_progress').length,
    notStarted: roadmap.items.filter((item) => item.status === 'not_started').length,
  };

  // The box shows the text the parser reads: mojibake repaired, line ends normalised, so what
  // the user sees and edits is what the coverage is built from.
  const repaired = (text: string) => {
    const result = repairEncoding(text);
    return { text: result.text, notes: result.warnings.map((warning) => warning.message) };
  };
  const bring = (fileName: string, text: string, notes: string[]) => {
    const fixed = repaired(text);
    setDecodeNotes([...notes, ...fixed.notes]);
    handle.bringOwn('roadmap', { fileName, text: fixed.text });
  };
  const type = (text: string) => {
    const fixed = repaired(text);
    if (fixed.notes.length > 0) setDecodeNotes(fixed.notes);
    if (status === 'user') handle.editOwn('roadmap', (current) => ({ ...current, text: fixed.text }));
    else handle.bringOwn('roadmap', { fileName: 'pasted', text: fixed.text });
  };

  return (
    <section aria-labelledby="roadmap-heading" className="card">
      <SourceHeading name="roadmap" title="Roadmap" handle={handle} />
      <FileDrop
        label={status === 'empty' ? 'Add your roadmap file (.md, .txt)' : 'Replace it with your roadmap file (.md, .txt)'}
        buttonText="Choose a roadmap file"
        accept=".md,.markdown,.txt,text/markdown,text/plain"
        testId="roadmap-drop"
        onFile={async (file) => {
          // The CLI's decoder: UTF-8 with or without BOM, UTF-16, Windows code pages; binary refused.
          // Loaded on the first drop: charset detection (chardet) is not needed to show the example.
          // The `?lazy` query makes it a module of its own, so the bundler cannot fold it (and
          // chardet) into the first screen's chunk, where src/roadmap/index.ts also imports it.
          const { decodeRoadmap, RoadmapInputError } = await (import('../../roadmap/decode-bytes.js?lazy') as Promise<typeof import('../../roadmap/decode-bytes.js')>);
          try {
            const decoded = decodeRoadmap(new Uint8Array(await file.arrayBuffer()));
            setProblem(null);
            bring(file.name, decoded.text, decoded.warnings.map((warning) => warning.message));
          } catch (error) {
            setProblem(`${file.name}: ${error instanceof RoadmapInputError ? error.message : 'could not be read as text'}`);
          }
        }}
      />
      {problem !== null && <p className="error" role="alert">{problem}</p>}
      {decodeNotes.map((note) => <p key={note} className="hint" role="status">{note}</p>)}
      {status === 'example' ? (
        <>
          <label htmlFor={textId}>The example's roadmap <span className="hint">({source?.fileName}; read-only)</span></label>
          <textarea id={textId} className="code-input" rows={6} readOnly value={source?.text ?? ''} />
          <button type="button" className="secondary" onClick={() => { handle.bringOwn('roadmap', { fileName: 'pasted', text: '' }); focusWhenPresent(`textarea[data-roadmap-box]`); }}>
            Write or paste my own instead
          </button>
        </>
      ) : (
        <>
          <label htmlFor={textId}>Your roadmap as markdown <span className="hint">({source?.fileName || 'paste or type it here'})</span></label>
          <textarea
            id={textId}
            data-roadmap-box=""
            className="code-input"
            rows={8}
            spellCheck={false}
            placeholder={'## Phase 1\n| Status | Course |\n| --- | --- |\n| ✅ | Python for Everybody |'}
            value={source?.text ?? ''}
            onChange={(event) => type(event.target.value)}
          />
        </>
      )}
      {roadmap !== null && counts !== null && (
        <div aria-live="polite" data-testid="roadmap-summary">
          <p>
            <strong>{plural(roadmap.items.length, 'item')}</strong> in <strong>{plural(roadmap.phases.length, 'phase')}</strong>:{' '}
            {counts.done} done, {counts.inProgress} in progress, {counts.notStarted} not started.
          </p>
          {roadmap.warnings.length > 0 && (
            <details open={roadmap.warnings.length <= 5}>
              <summary>{plural(roadmap.warnings.length, 'warning')}</summary>
              <ul className="warnings">
                {roadmap.warnings.map((warning, index) => (
                  <li key={index}>{warning.line > 0 && <span className="line-ref">{warning.endLine && warning.endLine > warning.line ? `lines ${warning.line}–${warning.endLine}` : `line ${warning.line}`}</span>} {warning.message}</li>
                ))}
              </ul>
            </details>
          )}
        </div>
      )}
    </section>
  );
}
