import type { Evidence, Profile, Repo, Roadmap } from '../model/index.js';
import { repoEvidence } from './from-github.js';
import { evidenceFromProfile } from './from-profile.js';
import { evidenceFromRoadmap } from './from-roadmap.js';

export { repoEvidence } from './from-github.js';
export { evidenceFromProfile } from './from-profile.js';
export { evidenceFromRoadmap, roadmapEvidenceId, roadmapItemEvidence } from './from-roadmap.js';

export interface EvidenceSources {
  roadmap?: Roadmap;
  /** The roadmap's file name, shown in each record's source (`roadmap.md:14`). */
  roadmapRef?: string;
  profile?: Profile;
  repos?: Repo[];
}

/**
 * All evidence from the user's sources, in a stable order: done roadmap items, then repos, then
 * the profile. Forked repos are left out: a fork holds someone else's work until the user adds to it.
 */
export function buildEvidence(sources: EvidenceSources): Evidence[] {
  return [
    ...(sources.roadmap ? evidenceFromRoadmap(sources.roadmap, sources.roadmapRef ?? 'roadmap.md') : []),
    ...(sources.repos ?? []).filter((repo) => !repo.fork).map(repoEvidence),
    ...(sources.profile ? evidenceFromProfile(sources.profile) : []),
  ];
}
