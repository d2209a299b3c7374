import { useId } from 'react';
import type { PageProps } from '../pages/page-props.js';
import { FileDrop } from '../components/FileDrop.js';
import { readTextFile } from './read-text-file.js';

/** Drop, choose or paste a roadmap; it is parsed in the browser by the same parser as the CLI. */
export function RoadmapSource({ handle, portfolio }: PageProps) {
  const textId = useId();
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
        onFile={async (file) => setRoadmap(file.name, await readTextFile(file))}
      />
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
                  <li key={index}><span className="line-ref">line {warning.line}</span> {warning.message}</li>
                ))}
              </ul>
            </details>
          )}
        </div>
      )}
    </section>
  );
}
