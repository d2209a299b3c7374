import type { BulletResult } from '../bullets/generate-bullets.js';
import type { Coverage, KeywordSet, Profile, Resume } from '../model/index.js';
import { LEARNING_SKILL, skillGroups } from './skills.js';

export const JSON_RESUME_SCHEMA = 'https://raw.githubusercontent.com/jsonresume/resume-schema/v1.0.0/schema.json';
/** Name of the education entry that holds the roadmap's completed courses. */
export const PROGRAMME_INSTITUTION = 'Self-directed study';
/** What that entry is: courses the user took on their own, not a degree programme. */
export const PROGRAMME_STUDY_TYPE = 'Self-paced courses';

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
  /** Print a labelled "Currently learning" line for in-progress roadmap items (the template's option, on by default). */
  currentlyLearning?: boolean;
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
/**
 * A resume.json we wrote, fed back as the profile: drop what the last build generated (its projects,
 * skill groups and coursework entry) so this build does not print them twice.
 */
function withoutLastBuild(profile: Profile): Profile {
  const last = (profile.meta as { roadfolioBuild?: { projects?: Array<{ name?: string }>; skillGroups?: string[] } } | undefined)?.roadfolioBuild;
  if (!last) return profile;
  const projects = new Set((last.projects ?? []).map((project) => project.name));
  const skills = new Set(last.skillGroups ?? []);
  return {
    ...profile,
    ...(profile.projects ? { projects: profile.projects.filter((project) => !projects.has(project.name)) } : {}),
    ...(profile.skills ? { skills: profile.skills.filter((skill) => !skills.has(skill.name ?? '')) } : {}),
    ...(profile.education ? { education: profile.education.filter((entry) => entry.institution !== PROGRAMME_INSTITUTION) } : {}),
  };
}

export function assembleResume(givenProfile: Profile, bullets: BulletResult, coverage: Coverage, keywordSet: KeywordSet, options: AssembleOptions): Resume {
  const profile = withoutLastBuild(givenProfile);
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
  const programme = courses.length === 0 ? [] : [{ institution: PROGRAMME_INSTITUTION, studyType: PROGRAMME_STUDY_TYPE, courses }];
  const existingProgramme = (profile.education ?? []).some((entry) => entry.institution === PROGRAMME_INSTITUTION);

  const shownEvidence = new Set([
    ...profileEvidenceIds(profile),
    ...bullets.projects.slice(0, options.maxProjects ?? Infinity).flatMap((entry) => [entry.evidenceId, ...entry.linkedEvidenceIds]),
    ...bullets.courseGroups.flatMap((group) => group.courses.map((course) => course.evidenceId)),
  ]);
  // An entry in the user's own words shows only the keywords those words name.
  const ownWords = new Map(bullets.projects.filter((entry) => entry.ownWords)
    .flatMap((entry) => [entry.evidenceId, ...entry.linkedEvidenceIds].map((id) => [id, new Set(entry.keywords)] as const)));
  const skillLimits = { inProgress: new Set(bullets.learningTerms), datasets: new Set(bullets.datasetTerms), toolsUsed: bullets.toolsUsed };
  const learning = options.currentlyLearning === false || bullets.learning.length === 0 ? [] : [{
    name: LEARNING_SKILL,
    level: 'In progress',
    keywords: bullets.learning.map((item) => (item.provider ? `${item.name} (${item.provider})` : item.name)),
  }];
  const generatedSkills = [...skillGroups(coverage, keywordSet, shownEvidence, new Set(options.jobTerms ?? []), ownWords, skillLimits), ...learning];
  const skills = [...(profile.skills ?? []), ...generatedSkills];

  const { meta: givenMeta, ...profileRest } = profile;
  const { roadfolioBuild: _lastBuild, ...profileMeta } = givenMeta ?? {};
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
        skillGroups: generatedSkills.map((group) => group.name),
        placeholders: bullets.placeholders,
        ...(options.sources ? { sources: options.sources } : {}),
      },
    },
  };
}
