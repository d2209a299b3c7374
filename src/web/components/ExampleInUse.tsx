import type { SavedState } from '../state/saved-state.js';

const NAMES = { roadmap: 'roadmap', github: 'repos', profile: 'profile' } as const;

/**
 * Says, on every page and after every reload, which sources are the bundled example's: the
 * coverage, bullets and PDFs built from them describe someone else. Not dismissible: it stays
 * true until the user replaces or removes those sources.
 */
export function ExampleInUse({ state }: { state: SavedState }) {
  const fromExample = (['roadmap', 'github', 'profile'] as const).filter((name) => state[name]?.origin === 'example').map((name) => NAMES[name]);
  if (fromExample.length === 0) return null;
  const list = fromExample.length === 1 ? fromExample[0] : `${fromExample.slice(0, -1).join(', ')} and ${fromExample.at(-1)}`;
  return (
    <div className="notice notice-example" role="status" data-testid="example-in-use">
      <p>
        <strong>Example data:</strong> the {list} shown here {fromExample.length === 1 && list !== 'repos' ? 'is' : 'are'} the bundled example's (a physician
        retraining as a medical data scientist), not yours. <a href="#/sources">Replace or remove {fromExample.length === 1 ? 'it' : 'them'} on Sources</a>.
      </p>
    </div>
  );
}
