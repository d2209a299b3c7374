import { GithubSnapshot } from '../../model/github.js';
import { Profile } from '../../model/resume.js';
import { SAVED_STATE_VERSION, type SavedState } from './saved-state.js';
import exampleRoadmap from '../../../examples/roadmap-progress.md?raw';
import exampleProfile from '../../../examples/profile.json';

import exampleSnapshot from '../../../examples/github-snapshot.json';

/** What a first visit shows: the bundled example, the same files `npm start` (roadfolio build) uses. */
export function exampleState(): SavedState {
  return {
    version: SAVED_STATE_VERSION,
    roadmap: { fileName: 'roadmap-progress.md', text: exampleRoadmap },
    github: { fileName: 'github-snapshot.json', snapshot: GithubSnapshot.parse(exampleSnapshot) },
    profile: Profile.parse(exampleProfile),
    jobDescription: '',
    keywordSet: 'medical-ai',
    template: 'classic',
  };
}
