import type { PageProps } from './page-props.js';
import { RoadmapSource } from '../sources/RoadmapSource.js';
import { GithubSource } from '../sources/GithubSource.js';
import { ProfileForm } from '../sources/ProfileForm.js';
import { PostingSource } from '../sources/PostingSource.js';
import { focusPageHeading } from '../components/focus-when-present.js';

export function SourcesPage({ handle, portfolio }: PageProps) {
  return (
    <>
      <h1 tabIndex={-1}>Sources</h1>
      <p className="lead">Your roadmap, your GitHub repos, your profile and a job posting: everything the coverage, bullets and PDFs are built from. Each says whose it is. It stays in this browser.</p>
      <RoadmapSource handle={handle} portfolio={portfolio} />
      <GithubSource handle={handle} portfolio={portfolio} />
      <ProfileForm handle={handle} portfolio={portfolio} />
      <PostingSource handle={handle} portfolio={portfolio} />
      <section className="card" aria-labelledby="reset-heading">
        <h2 id="reset-heading">Start over</h2>
        <p>Replace every source above with the bundled example, or empty them all.</p>
        <div className="button-row">
          <button type="button" className="secondary" onClick={() => { if (window.confirm('Replace your roadmap, repos and profile with the example?')) { handle.startWithExample(); focusPageHeading(); } }}>Load the whole example</button>
          <button type="button" className="danger" onClick={() => { if (window.confirm('Remove every source?')) { handle.startWithMyData(); focusPageHeading(); } }}>Empty every source</button>
        </div>
      </section>
    </>
  );
}
