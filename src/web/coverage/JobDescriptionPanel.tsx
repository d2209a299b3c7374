import { useId } from 'react';
import type { PageProps } from '../pages/page-props.js';
import { FileDrop } from '../components/FileDrop.js';
import { readTextFile } from '../sources/read-text-file.js';
import { JobDescriptionResult } from './JobDescriptionResult.js';

/** Paste or drop a job posting: its required and preferred skills, covered and missing. */
export function JobDescriptionPanel({ handle, portfolio }: PageProps) {
  const id = useId();
  const setText = (jobDescription: string) => handle.update((state) => ({ ...state, jobDescription }));
  return (
    <section aria-labelledby="jd-heading" className="card">
      <h2 id="jd-heading">Against a job description</h2>
      <label htmlFor={id}>Job description <span className="hint">(paste the posting's text)</span></label>
      <textarea id={id} rows={6} value={handle.state.jobDescription} onChange={(event) => setText(event.target.value)} />
      <div className="button-row">
        <FileDrop label="…or drop a posting (.txt, .md)" accept=".txt,.md,text/plain,text/markdown" onFile={async (file) => setText(await readTextFile(file))} testId="jd-drop" />
        {handle.state.jobDescription !== '' && <button type="button" className="secondary" onClick={() => setText('')}>Clear</button>}
      </div>
      {portfolio.coverage !== null && handle.state.jobDescription.trim() !== '' && <JobDescriptionResult coverage={portfolio.coverage} />}
    </section>
  );
}
