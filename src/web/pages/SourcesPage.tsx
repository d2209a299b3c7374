import type { PageProps } from './page-props.js';
import { RoadmapSource } from '../sources/RoadmapSource.js';
import { GithubSource } from '../sources/GithubSource.js';
import { ProfileForm } from '../sources/ProfileForm.js';

export function SourcesPage({ handle, portfolio }: PageProps) {
  return (
    <>
      <h1 tabIndex={-1}>Sources</h1>
      <p className="lead">Your roadmap, your GitHub repos and your profile: everything the coverage, bullets and PDFs are built from. It stays in this browser.</p>
      <RoadmapSource handle={handle} portfolio={portfolio} />
      <GithubSource handle={handle} portfolio={portfolio} />
      <ProfileForm handle={handle} portfolio={portfolio} />
      <section aria-labelledby="reset-heading">
        <h2 id="reset-heading">Start over</h2>
        <p>Replace everything above with the bundled example.</p>
        <button type="button" onClick={() => { if (window.confirm('Replace your roadmap, repos and profile with the example?')) handle.resetToExample(); }}>Load the example</button>
      </section>
    </>
  );
}
