import { useId } from 'react';
import type { PageProps } from '../pages/page-props.js';
import { FileDrop } from '../components/FileDrop.js';
import { readTextFile } from '../sources/read-text-file.js';
import { JobDescriptionResult } from './JobDescriptionResult.js';

/** Paste or drop a job posting: its required and preferred skills, covered and missing. */
export function JobDescriptionPanel({ handle, portfolio }: PageProps) {
  const id = useId();
  const setText = (text: string) => handle.setPosting(text);
  const posting = handle.state.posting?.text ?? '';
  return (
    <section aria-labelledby="jd-heading" className="card">
      <h2 id="jd-heading">Against a job description</h2>
      <label htmlFor={id}>Job description <span className="hint">(paste the posting's text)</span></label>
      <textarea id={id} rows={6} value={posting} onChange={(event) => setText(event.target.value)} />
      <div className="button-row">
        <FileDrop label="…or add a posting from a file (.txt, .md)" buttonText="Choose a posting file" accept=".txt,.md,text/plain,text/markdown" onFile={async (file) => setText(await readTextFile(file))} testId="jd-drop" />
        {posting !== '' && <button type="button" className="secondary" onClick={() => setText('')}>Clear</button>}
      </div>
      {portfolio.coverage !== null && posting.trim() !== '' && <JobDescriptionResult coverage={portfolio.coverage} />}
    </section>
  );
}
