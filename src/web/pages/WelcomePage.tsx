import type { SavedStateHandle } from '../state/use-saved-state.js';
import { focusPageHeading } from '../components/focus-when-present.js';

/**
 * The first screen: the user says whose data to start with. The example is a real person's kind
 * of data (a physician retraining as a medical data scientist), not theirs: it is never used once
 * they bring their own, unless they pick it again on Sources.
 */
export function WelcomePage({ handle }: { handle: SavedStateHandle }) {
  const go = (page: string, start: () => void) => {
    start();
    window.location.hash = `#/${page}`;
    focusPageHeading();
  };
  return (
    <div className="welcome">
      <h1 tabIndex={-1}>Your roadmap and repos, as a resume recruiters' software can read</h1>
      <p className="lead">Roadfolio reads your learning roadmap, your GitHub repos and your profile, shows which recruiter keywords your work backs, and writes bullets, a resume PDF and a portfolio PDF from them. Everything stays in this browser.</p>
      <div className="welcome-choices">
        <section className="card welcome-choice" aria-labelledby="choice-example">
          <h2 id="choice-example">See how it works</h2>
          <p>Load the bundled example: a physician retraining as a medical data scientist, with a roadmap, 8 repos and a profile.</p>
          <button type="button" onClick={() => go('coverage', handle.startWithExample)}>Try the example</button>
        </section>
        <section className="card welcome-choice" aria-labelledby="choice-own">
          <h2 id="choice-own">Use your own</h2>
          <p>Start empty and add your roadmap, repos and profile. Nothing of the example is mixed in.</p>
          <button type="button" onClick={() => go('sources', handle.startWithMyData)}>Start with my data</button>
        </section>
      </div>
    </div>
  );
}
