import { useState } from 'react';
import type { GithubSnapshot } from '../../model/github.js';
import { JSON_INPUTS } from '../../model/json-input.js';
import type { PageProps } from '../pages/page-props.js';
import { FileDrop } from '../components/FileDrop.js';
import { readJsonImport } from './read-json-import.js';
import { GithubTokenSync } from './GithubTokenSync.js';
import { SourceHeading } from './SourceHeading.js';
import { statusOf } from '../state/source-changes.js';

/** Repos as evidence: a snapshot file from `roadfolio github sync`, or a sync from here. */
export function GithubSource({ handle }: PageProps) {
  const [problem, setProblem] = useState<string | null>(null);
  const github = handle.state.github;
  const status = statusOf(handle.state, 'github');
  const setSnapshot = (fileName: string, snapshot: GithubSnapshot) => {
    setProblem(null);
    handle.bringOwn('github', { fileName, snapshot });
  };

  const importFile = async (file: File) => {
    const read = readJsonImport(await file.text(), file.name, JSON_INPUTS.githubSnapshot);
    if (!read.ok) {
      setProblem(read.problems.length === 0 ? read.summary : `${read.summary} ${read.problems.join('; ')}.`);
      return;
    }
    setSnapshot(file.name, read.value);
  };

  const count = github?.snapshot.repos.length ?? 0;
  return (
    <section aria-labelledby="github-heading" className="card">
      <SourceHeading name="github" title="GitHub repos" handle={handle} />
      {github === null ? <p>No repos yet: import a snapshot or sync from GitHub below.</p> : (
        <p data-testid="github-summary">
          <strong>{count}</strong> {count === 1 ? 'repo' : 'repos'} of <strong>{github.snapshot.user}</strong>{' '}
          <span className="hint">(from {github.fileName}, fetched {github.snapshot.fetchedAt.slice(0, 10)})</span>
          {status === 'example' && <span className="hint">: the example's repos, not yours</span>}
        </p>
      )}
      <FileDrop
        label={github === null ? 'Import a snapshot file (github-snapshot.json)' : 'Replace them with a snapshot file (github-snapshot.json)'}
        buttonText="Choose a snapshot file"
        accept=".json,application/json"
        onFile={importFile}
        testId="snapshot-drop"
      />
      {problem !== null && <p className="error" role="alert">{problem}</p>}
      <GithubTokenSync onSnapshot={(snapshot) => setSnapshot(`synced from ${snapshot.apiUrl}`, snapshot)} />
    </section>
  );
}
