/**
 * Resume bullets from evidence. The algorithm is generateBullets (generate-bullets.ts); the steps it
 * runs live in files named for them (evidence-facts, verb-picker, project-bullets, overrides,
 * project-rank, course-groups, bullet-lint). This file only names what other layers use.
 */
export { generateBullets, projectsPastLimit, type BulletInput, type BulletResult, type ProjectEntry, type PlaceholderToFill } from './generate-bullets.js';
export { groupCourses, type CourseGroup } from './course-groups.js';
export { mentionedTerms, mentions, keywordEntries } from './keyword-mentions.js';
export { findMetric, findDatasetSize } from './numbers.js';
export { KeywordNamer, joinList } from './keyword-names.js';
export { lintBullet, lintEntry, evidenceLintContext, MAX_BULLET_LINES, type BulletLintContext } from './bullet-lint.js';
export { bulletLineWidth, wrappedLines } from './text-width.js';
export { THIN_EVIDENCE_QUESTION } from './project-bullets.js';
export type { Substance } from './project-rank.js';
