import type { PageProps } from './page-props.js';
import { ProjectBulletsCard, entryDomId } from '../bullets/ProjectBulletsCard.js';
import { CourseGroupsCard } from '../bullets/CourseGroupsCard.js';
import { HiddenEntries } from '../bullets/HiddenEntries.js';
import { PlacesToFill } from '../bullets/PlacesToFill.js';
import { withEntryOrder, moved, orderedByPosting } from '../bullets/override-edits.js';
import { announce } from '../components/announce.js';
import { cssString, focusWhenPresent } from '../components/focus-when-present.js';

export function BulletsPage({ handle, portfolio }: PageProps) {
  const result = portfolio.bullets;
  const template = portfolio.template;
  if (result === null || template === null) {
    return (
      <>
        <h1 tabIndex={-1}>Bullets</h1>
        <p role="status">No bullets yet: they are generated from done roadmap items and repos (add them on <a href="#/sources">Sources</a>).</p>
      </>
    );
  }
  const overrides = handle.state.profile?.profile.meta?.roadfolio?.overrides ?? {};
  // The saved order at once (a second move right after the first starts where the first left
  // it), the built order until the user has moved an entry.
  const projects = result.projects.every((entry) => overrides[entry.evidenceId]?.order !== undefined)
    ? [...result.projects].sort((a, b) => overrides[a.evidenceId]!.order! - overrides[b.evidenceId]!.order!)
    : result.projects;
  const ids = projects.map((entry) => entry.evidenceId);
  const moveEntry = (index: number, delta: -1 | 1) => {
    const id = ids[index]!;
    const target = index + delta;
    handle.changeProfile((profile) => withEntryOrder(profile, moved(ids, index, delta)));
    // Focus follows the moved entry (its other arrow when it reached the top or bottom).
    const atEdge = target === 0 || target === ids.length - 1;
    const action = atEdge ? (delta < 0 ? 'entry-down' : 'entry-up') : (delta < 0 ? 'entry-up' : 'entry-down');
    focusWhenPresent(() => {
      const cards = [...document.querySelectorAll<HTMLElement>('[data-entry]')];
      if (cards[target]?.dataset.entry !== id) return null;
      return cards[target]!.querySelector<HTMLElement>(`[data-action="${action}"]`);
    });
  };
  // A hidden entry's card goes: focus lands on the entry that takes its place, else the one
  // before it, else the list of hidden entries where it can be shown again.
  const afterHide = (index: number) => {
    const gone = ids[index]!;
    const next = ids[index + 1] ?? ids[index - 1];
    focusWhenPresent(() => {
      if (document.querySelector(`[data-entry="${cssString(gone)}"]`)) return null;
      return next === undefined ? document.getElementById('hidden-heading') : document.getElementById(entryDomId(next));
    });
  };
  const posting = (handle.state.posting?.text ?? '').trim() !== '';
  const userOrdered = Object.values(overrides).some((override) => override.order !== undefined || override.bullets !== undefined);
  return (
    <>
      <h1 tabIndex={-1}>Bullets</h1>
      <p className="lead">Generated from your evidence, never invented. Edit them into your own words, tick the ones you have checked, hide or reorder entries. Your order is the resume's order. Changes go into the preview and the PDFs.</p>
      {posting && portfolio.jobTerms !== undefined && (
        <div className="notice-inline posting-order">
          <p>
            {userOrdered
              ? 'You ordered entries or bullets yourself: the resume keeps your order. The posting can suggest one instead.'
              : 'Entries and bullets are ordered by what the posting asks for until you move one.'}
          </p>
          {userOrdered && (
            <button type="button" className="secondary" onClick={() => {
              handle.changeProfile((profile) => orderedByPosting(profile, result.projects, portfolio.jobTerms ?? []));
              announce('Entries and bullets ordered by the posting');
            }}>Order by this posting</button>
          )}
        </div>
      )}
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
      <h2 id="projects-heading" tabIndex={-1}>Projects</h2>
      {projects.length === 0 && <p>No done projects or repos yet: finish a roadmap project (✅) or add repos on <a href="#/sources">Sources</a>.</p>}
      {projects.map((entry, index) => (
        <ProjectBulletsCard
          key={entry.evidenceId}
          entry={entry}
          position={{ index, count: projects.length, move: (delta) => moveEntry(index, delta) }}
          handle={handle}
          lintFor={portfolio.lintBullet}
          limits={{ printed: index < template.maxProjects, maxBullets: template.maxBulletsPerEntry, maxProjects: template.maxProjects, templateName: template.name }}
          onHidden={() => afterHide(index)}
        />
      ))}
      <PlacesToFill result={result} leftOut={[...result.leftOut, ...portfolio.projectsPastLimit]} />
      <CourseGroupsCard groups={result.courseGroups} handle={handle} />
      <HiddenEntries handle={handle} portfolio={portfolio} />
    </>
  );
}
