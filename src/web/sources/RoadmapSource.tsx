import { useId, useState } from 'react';
import type { PageProps } from '../pages/page-props.js';
import { FileDrop } from '../components/FileDrop.js';

/** Drop, choose or paste a roadmap; it is parsed in the browser by the same parser as the CLI. */
export function RoadmapSource({ handle, portfolio }: PageProps) {
  const textId = useId();
  const [problem, setProblem] = useState<string | null>(null);
  // What decoding the dropped file's bytes noticed (its encoding, a BOM): said once, not saved.
  const [decodeNotes, setDecodeNotes] = useState<string[]>([]);
  const { roadmap } = portfolio;
  const counts = roadmap === null ? null : {
    done: roadmap.items.filter((item) => item.status === 'done').length,
    inProgress: roadmap.items.filter((item) => item.status === 'in_progress').length,
    notStarted: roadmap.items.filter((item) => item.status === 'not_started').length,
  };
  const setRoadmap = (fileName: string, text: string) => handle.update((state) => ({ ...state, roadmap: { fileName, text } }));

  return (
    <section aria-labelledby="roadmap-heading" className="card">
      <h2 id="roadmap-heading">Roadmap</h2>
      <FileDrop
        label="Drop a roadmap file (.md, .txt) here, or choose one"
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
            setDecodeNotes(decoded.warnings.map((warning) => warning.message));
            setRoadmap(file.name, decoded.text);
          } catch (error) {
            setProblem(`${file.name}: ${error instanceof RoadmapInputError ? error.message : String(error)}`);
          }
        }}
      />
      {problem !== null && <p className="error" role="alert">{problem}</p>}
      {decodeNotes.map((note) => <p key={note} className="hint" role="status">{note}</p>)}
      <label htmlFor={textId}>Roadmap markdown <span className="hint">({handle.state.roadmap.fileName || 'pasted'}; edit or paste here)</span></label>
      <textarea
        id={textId}
        className="code-input"
        rows={8}
        spellCheck={false}
        value={handle.state.roadmap.text}
        onChange={(event) => setRoadmap('pasted', event.target.value)}
      />
      {roadmap !== null && counts !== null && (
        <div aria-live="polite" data-testid="roadmap-summary">
          <p>
            <strong>{roadmap.items.length}</strong> items in <strong>{roadmap.phases.length}</strong> phases:{' '}
            {counts.done} done, {counts.inProgress} in progress, {counts.notStarted} not started.
          </p>
          {roadmap.warnings.length > 0 && (
            <details open={roadmap.warnings.length <= 5}>
              <summary>{roadmap.warnings.length} warning{roadmap.warnings.length === 1 ? '' : 's'}</summary>
              <ul className="warnings">
                {roadmap.warnings.map((warning, index) => (
                  <li key={index}><span className="line-ref">{warning.line === 0 ? 'file' : warning.endLine && warning.endLine > warning.line ? `lines ${warning.line}–${warning.endLine}` : `line ${warning.line}`}</span> {warning.message}</li>
                ))}
              </ul>
            </details>
          )}
        </div>
      )}
    </section>
  );
}
