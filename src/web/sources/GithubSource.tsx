import { useState } from 'react';
import { GithubSnapshot } from '../../model/github.js';
import type { PageProps } from '../pages/page-props.js';
import { FileDrop } from '../components/FileDrop.js';
import { describeZodProblem } from './describe-zod-problem.js';
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
    let json: unknown;
    try {
      json = JSON.parse(await file.text());
    } catch {
      setProblem(`${file.name}: not JSON; export a snapshot with \`roadfolio github sync --out FILE\``);
      return;
    }
    const parsed = GithubSnapshot.safeParse(json);
    if (!parsed.success) {
      setProblem(`${file.name}: ${describeZodProblem(parsed.error)}; this is not a snapshot written by \`roadfolio github sync\``);
      return;
    }
    setSnapshot(file.name, parsed.data);
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

