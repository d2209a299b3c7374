import { GithubSnapshot } from '../../model/github.js';
import { Profile } from '../../model/resume.js';
import type { ExampleSources } from './saved-state.js';
import exampleRoadmap from '../../../examples/roadmap-progress.md?raw';
import exampleProfile from '../../../examples/profile.json';
import exampleSnapshot from '../../../examples/github-snapshot.json';

/** The bundled example, the same files `npm start` (roadfolio build) uses, marked as the example's. */
export function exampleSources(): ExampleSources {
  return {
    roadmap: { origin: 'example', fileName: 'roadmap-progress.md', text: exampleRoadmap },
    github: { origin: 'example', fileName: 'github-snapshot.json', snapshot: GithubSnapshot.parse(exampleSnapshot) },
    profile: { origin: 'example', profile: Profile.parse(exampleProfile) },
  };
}
