import { GithubSnapshot } from '../../model/github.js';
import { Profile } from '../../model/resume.js';
import { SAVED_STATE_VERSION, type SavedState } from './saved-state.js';
import exampleRoadmap from '../../../examples/roadmap.md?raw';
import exampleProfile from '../../../examples/profile.json';

// The snapshot is optional at build time (a glob, not an import), so the app builds whether
// or not examples/github-snapshot.json is present.
const snapshotFiles = import.meta.glob<unknown>('../../../examples/github-snapshot.json', { eager: true, import: 'default' });

/** What a first visit shows: the bundled example, the same files `npm start` uses. */
export function exampleState(): SavedState {
  const snapshot = Object.values(snapshotFiles)[0];
  return {
    version: SAVED_STATE_VERSION,
    roadmap: { fileName: 'examples/roadmap.md', text: exampleRoadmap },
    github: snapshot === undefined ? null : { fileName: 'examples/github-snapshot.json', snapshot: GithubSnapshot.parse(snapshot) },
    profile: Profile.parse(exampleProfile),
    jobDescription: '',
    keywordSet: 'medical-ai',
    template: 'classic',
  };
}
