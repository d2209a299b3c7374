import { lazy, Suspense, useId, useState } from 'react';
import type { PageProps } from './page-props.js';
import { ReadmeChecklistCard } from '../readmes/ReadmeChecklistCard.js';

// The markdown stack (remark, rehype, parse5) is only needed here: load it when this page opens.
const ReadmePreview = lazy(() => import('../components/ReadmePreview.js'));

export function ReadmesPage({ handle, portfolio }: PageProps) {
  const selectId = useId();
  const repos = handle.state.github?.snapshot.repos ?? [];
  const [selected, setSelected] = useState(() => repos.find((repo) => repo.readme !== null)?.fullName ?? repos[0]?.fullName ?? '');
  const repo = repos.find((candidate) => candidate.fullName === selected) ?? repos[0];

  if (repo === undefined) {
    return (
      <>
        <h1 tabIndex={-1}>READMEs</h1>
        <p>No repos yet: import a GitHub snapshot or sync on <a href="#/sources">Sources</a>.</p>
      </>
    );
  }
  return (
    <>
      <h1 tabIndex={-1}>READMEs</h1>
      <div className="field">
        <label htmlFor={selectId}>Repository</label>
        <select id={selectId} value={repo.fullName} onChange={(event) => setSelected(event.target.value)}>
          {repos.map((candidate) => (
            <option key={candidate.fullName} value={candidate.fullName}>
              {candidate.name}{candidate.readme === null ? ' (no README)' : ''}{candidate.fork ? ' (fork)' : ''}{candidate.archived ? ' (archived)' : ''}
            </option>
          ))}
        </select>
      </div>
      <div className="readme-layout">
      <ReadmeChecklistCard repo={repo} coverage={portfolio.coverage} />
      <article className="card readme" aria-label={`README of ${repo.name}`}>
        {repo.readme === null ? <p>This repo has no README. A README is the first thing a reviewer opens: add one.</p> : (
          <Suspense fallback={<p role="status">Loading the README…</p>}>
            <ReadmePreview markdown={repo.readme.text} repoUrl={repo.url} />
          </Suspense>
        )}
      </article>
      </div>
    </>
  );
}
