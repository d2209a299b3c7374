import type { BulletResult } from '../bullets/index.js';
import type { Coverage, KeywordSet, Profile, Resume } from '../model/index.js';
import { skillGroups } from './skills.js';

export const JSON_RESUME_SCHEMA = 'https://raw.githubusercontent.com/jsonresume/resume-schema/v1.0.0/schema.json';
/** Name of the education entry that holds the roadmap's completed courses. */
export const PROGRAMME_INSTITUTION = 'Self-directed study';

export interface AssembleOptions {
  /** Print `[add result]` markers (a draft for the user to fill), instead of the clean text. */
  draft: boolean;
  /** Most bullets per project in the resume; the rest are kept under meta. */
  maxBulletsPerEntry: number;
  /** Most generated projects in the resume (entries come best-evidenced first). */
  maxProjects?: number;
  jobTerms?: readonly string[];
  /** Where the build's inputs came from, for meta. */
  sources?: Record<string, string>;
}

function profileEvidenceIds(profile: Profile): string[] {
  const ids: string[] = ['profile:basics'];
  (profile.work ?? []).forEach((_, index) => ids.push(`profile:work[${index}]`));
  (profile.education ?? []).forEach((_, index) => ids.push(`profile:education[${index}]`));
  (profile.certificates ?? []).forEach((_, index) => ids.push(`profile:certificates[${index}]`));
  (profile.skills ?? []).forEach((_, index) => ids.push(`profile:skills[${index}]`));
  (profile.projects ?? []).forEach((_, index) => ids.push(`profile:projects[${index}]`));
  return ids;
}

/**
 * The JSON Resume document: the profile's basics, work, education and certificates as the user
 * wrote them; projects from our bullets; completed courses as an education entry's `courses`;
 * skills from the covered keywords. Everything of ours that the schema has no place for
 * (evidence ids, coverage, placeholders) goes under `meta.roadfolioBuild`.
 */
export function assembleResume(profile: Profile, bullets: BulletResult, coverage: Coverage, keywordSet: KeywordSet, options: AssembleOptions): Resume {
  const generatedProjects = bullets.projects.slice(0, options.maxProjects ?? Infinity).map((entry) => {
    const shown = entry.bullets.slice(0, options.maxBulletsPerEntry);
    return {
      name: entry.name,
      ...(entry.description ? { description: entry.description } : {}),
      highlights: shown.map((bullet) => (options.draft ? bullet.draft : bullet.text)),
      keywords: entry.keywords,
      ...(entry.url ? { url: entry.url } : {}),
      type: entry.kind === 'repo' ? 'GitHub repository' : 'Project',
    };
  });

  // The user's own projects come first, in their words; ours follow.
  const projects = [...(profile.projects ?? []), ...generatedProjects];

  const courses = bullets.courseGroups.map((group) => group.line);
  const programme = courses.length === 0 ? [] : [{ institution: PROGRAMME_INSTITUTION, studyType: 'Independent coursework', courses }];
  const existingProgramme = (profile.education ?? []).some((entry) => entry.institution === PROGRAMME_INSTITUTION);

  const shownEvidence = new Set([
    ...profileEvidenceIds(profile),
    ...bullets.projects.slice(0, options.maxProjects ?? Infinity).flatMap((entry) => [entry.evidenceId, ...entry.linkedEvidenceIds]),
    ...bullets.courseGroups.flatMap((group) => group.courses.map((course) => course.evidenceId)),
  ]);
  const skills = [
    ...(profile.skills ?? []),
    ...skillGroups(coverage, keywordSet, shownEvidence, new Set(options.jobTerms ?? [])),
  ];

  const { meta: profileMeta, ...profileRest } = profile;
  return {
    ...profileRest,
    $schema: profile.$schema ?? JSON_RESUME_SCHEMA,
    ...(skills.length > 0 ? { skills } : {}),
    ...(projects.length > 0 ? { projects } : {}),
    education: [...(profile.education ?? []), ...(existingProgramme ? [] : programme)],
    meta: {
      ...profileMeta,
      roadfolioBuild: {
        keywordSet: coverage.keywordSet,
        score: Math.round(coverage.score * 10) / 10,
        mustHaveScore: Math.round(coverage.mustHave.score * 10) / 10,
        goodToHaveScore: Math.round(coverage.goodToHave.score * 10) / 10,
        projects: bullets.projects.map((entry) => ({
          name: entry.name,
          evidenceIds: [entry.evidenceId, ...entry.linkedEvidenceIds],
          bullets: entry.bullets,
        })),
        courses: bullets.courseGroups,
        placeholders: bullets.placeholders,
        ...(options.sources ? { sources: options.sources } : {}),
      },
    },
  };
}
