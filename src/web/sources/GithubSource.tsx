import { useState } from 'react';
import type { GithubSnapshot } from '../../model/github.js';
import { InputFileError, JSON_INPUTS, readJsonText } from '../../model/json-input.js';
import type { PageProps } from '../pages/page-props.js';
import { FileDrop } from '../components/FileDrop.js';
import { GithubTokenSync } from './GithubTokenSync.js';

/** Repos as evidence: a snapshot file from `roadfolio github sync`, or a sync from here. */
export function GithubSource({ handle }: PageProps) {
  const [problem, setProblem] = useState<string | null>(null);
  const github = handle.state.github;
  const setSnapshot = (fileName: string, snapshot: GithubSnapshot) => {
    setProblem(null);
    handle.update((state) => ({ ...state, github: { fileName, snapshot } }));
  };

  const importFile = async (file: File) => {
    let snapshot: GithubSnapshot;
    try {
      // The CLI's reader: line:column for a syntax error, a profile named as one, every field at fault.
      snapshot = readJsonText(await file.text(), file.name, JSON_INPUTS.githubSnapshot);
    } catch (error) {
      if (!(error instanceof InputFileError)) throw error;
      setProblem(error.message);
      return;
    }
    setSnapshot(file.name, snapshot);
  };

  return (
    <section aria-labelledby="github-heading" className="card">
      <h2 id="github-heading">GitHub repos</h2>
      {github === null ? <p>No repos linked yet.</p> : (
        <p data-testid="github-summary">
          <strong>{github.snapshot.repos.length}</strong> repos of <strong>{github.snapshot.user}</strong>{' '}
          <span className="hint">(from {github.fileName}, fetched {github.snapshot.fetchedAt.slice(0, 10)})</span>{' '}
          <button type="button" className="link-button" onClick={() => handle.update((state) => ({ ...state, github: null }))}>Unlink</button>
        </p>
      )}
      <FileDrop label="Import a snapshot file (github-snapshot.json)" accept=".json,application/json" onFile={importFile} testId="snapshot-drop" />
      {problem !== null && <p className="error" role="alert">{problem}</p>}
      <GithubTokenSync onSnapshot={(snapshot) => setSnapshot(`synced from ${snapshot.apiUrl}`, snapshot)} />
    </section>
  );
}

