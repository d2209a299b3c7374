import type { ItemStatus } from '../model/index.js';
import { readStatus } from './status-words.js';

/**
 * What a heading (or the short line over a list) says about the items under it: a stage of the
 * plan (a phase), a kanban lane (a status), or a place for notes. Pure text tests, shared by
 * find-items and its tests.
 */

const MONTH = '(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?';
const STAGE_WORD = '(?:phase|stage|part|step|level|module|unit|block|sprint|milestone|semester|term|trimester|quarter|month|week|year|day|round|chapter|tier|wave|period|année|annee|mois|semaine|étape|etape|partie|jahr|monat|woche|stufe|teil|año|mes|semana|etapa|fase|parte|anno|mese|settimana)s?';
const ORDINAL = '(?:\\d+|[ivx]+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|first|second|third|fourth|fifth|final|[a-e])';

/**
 * Headings that group items into stages of a plan: "Phase 2", "Stage 1 ‑ Python", "PART 3 — Job hunt",
 * "Months 1–3", "Year one", "Q1 — Foundations", "2026 H1", "Summer 2026", "Jan–Mar 2026",
 * "1. Mathematics", "Foundations (Months 1–6)". "Courses", "Projects", "Done" or a document title are not.
 */
const STAGE_PATTERNS: RegExp[] = [
  new RegExp(`^${STAGE_WORD}[\\s#*_]*${ORDINAL}(?![\\p{L}])`, 'iu'),
  /^\d{1,3}[.)]\s+\S/u,
  /^\d{1,3}\s*[-–—:]\s+\S/u,
  /^(?:q[1-4]|h[12])(?![\p{L}\p{N}])/iu,
  /^(?:19|20)\d\d\s*(?:[-–—/:]\s*)?(?:q[1-4]|h[12]|spring|summer|fall|autumn|winter)(?![\p{L}\p{N}])/iu,
  /^(?:spring|summer|fall|autumn|winter)\s+(?:(?:term|semester|quarter)\s+)?(?:19|20)?\d\d(?!\d)/iu,
  new RegExp(`^${MONTH}\\s*(?:(?:19|20)\\d\\d\\s*)?(?:[-–—]|to|through|until)\\s*${MONTH}`, 'iu'),
  new RegExp(`\\((?:[^()]*?(?<![\\p{L}])(?:${STAGE_WORD}|${MONTH}|q[1-4]|ongoing)(?![\\p{L}])[^()]*)\\)$`, 'iu'),
];

export function isStage(title: string): boolean {
  const text = title.trim();
  return STAGE_PATTERNS.some((pattern) => pattern.test(text));
}

/** A kanban lane: the heading is only a status ("Done", "Doing", "To do (3)", "🟡 In progress:"). */
const LANE = /^(?:done|completed?|finished|doing|in[\s_-]*progress|wip|ongoing|now|active|in[\s_-]*review|review|blocked|waiting|on[\s_-]*hold|to[\s_-]*do|not[\s_-]*started|backlog|next|up[\s_-]*next|later|planned|icebox|someday)$/iu;

function laneText(title: string): string {
  return title.replace(/^[^\p{L}\p{N}]+/u, '').replace(/\s*(?:\(\d+\)|\[\d+\]|\d+)?\s*:?\s*[^\p{L}\p{N})\]]*$/u, '').trim();
}

export function isLane(title: string): boolean {
  return LANE.test(laneText(title));
}

/** The status a lane heading gives its cards. */
export function laneStatus(title: string): ItemStatus | undefined {
  const text = laneText(title);
  return LANE.test(text) ? readStatus(text)?.status : undefined;
}

/** "Notes to self", "Resources", "Useful links", "Ideas", "Tips": bullets there are notes, not plan items. */
const NOTES = /^(?:\d{1,3}[.)]\s*)?(?:(?:my|some|useful|key|other|extra|more|additional|helpful|free|random|open)\s+)?(?:notes?|tips?|ideas?|resources?|links|references?|questions?|reminders?|thoughts|misc(?:ellaneous)?|parking lot)(?![\p{L}])/iu;

export function isNotesSection(title: string): boolean {
  return NOTES.test(title.trim());
}

/** A source line that looks like a list item or task: "- x", "* [ ] x", "12. x", "> - x" (not a "* * *" rule). */
export const LIST_ITEM_LINE = /^\s*(?:>\s*)*(?:[-*+•◦▪●○]|\d{1,3}[.)])[ \t]+(?![-*_\s]*$)\S/u;
/** A source line that looks like a table row: "| a | b |". */
export const TABLE_ROW_LINE = /^\s*(?:>\s*)*\|.*\|/u;
