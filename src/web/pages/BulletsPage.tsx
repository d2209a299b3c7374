import type { PageProps } from './page-props.js';
import { ProjectBulletsCard } from '../bullets/ProjectBulletsCard.js';
import { CourseGroupsCard } from '../bullets/CourseGroupsCard.js';
import { HiddenEntries } from '../bullets/HiddenEntries.js';
import { PlacesToFill } from '../bullets/PlacesToFill.js';
import { projectsPastLimit } from '../../bullets/index.js';
import { withEntryOrder, moved } from '../bullets/override-edits.js';

export function BulletsPage({ handle, portfolio }: PageProps) {
  const result = portfolio.bullets;
  if (result === null) {
    return (
      <>
        <h1 tabIndex={-1}>Bullets</h1>
        <p role="status">No bullets yet: they are generated from done roadmap items and repos (add them on <a href="#/sources">Sources</a>).</p>
      </>
    );
  }
  const ids = result.projects.map((entry) => entry.evidenceId);
  const moveEntry = (index: number, delta: -1 | 1) => handle.update((state) => ({ ...state, profile: withEntryOrder(state.profile, moved(ids, index, delta)) }));
  return (
    <>
      <h1 tabIndex={-1}>Bullets</h1>
      <p className="lead">Generated from your evidence, never invented. Edit them into your own words, accept the ones you have checked, hide or reorder entries. Changes go into the PDFs.</p>
      {result.placeholders.length > 0 && (
        <p className="notice-inline" role="note">
          {result.placeholders.filter((place) => !place.question).length} bullet{result.placeholders.filter((place) => !place.question).length === 1 ? ' asks' : 's ask'} for a number only you know (marked <mark>[add result]</mark>); the PDF leaves the marker out until you fill it in.
        </p>
      )}
      {portfolio.resumeWideLint.length > 0 && (
        <section className="card" aria-labelledby="resume-lint-heading">
          <h2 id="resume-lint-heading">Across the whole resume</h2>
          <ul className="lint">
            {portfolio.resumeWideLint.map((issue) => <li key={`${issue.rule}-${issue.term ?? issue.message}`}>{issue.message}</li>)}
          </ul>
        </section>
      )}
      <h2>Projects</h2>
      {result.projects.length === 0 && <p>No done projects or repos yet.</p>}
      {result.projects.map((entry, index) => (
        <ProjectBulletsCard
          key={entry.evidenceId}
          entry={entry}
          position={{ index, count: result.projects.length, move: (delta) => moveEntry(index, delta) }}
          handle={handle}
          lintFor={portfolio.lintBullet}
        />
      ))}
      <PlacesToFill result={result} leftOut={[...result.leftOut, ...projectsPastLimit(result.projects, portfolio.template?.maxProjects ?? result.projects.length)]} />
      <CourseGroupsCard groups={result.courseGroups} handle={handle} />
      <HiddenEntries handle={handle} portfolio={portfolio} />
    </>
  );
}
