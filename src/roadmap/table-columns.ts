import { readStatus } from './status-words.js';

// What each column of a roadmap table holds, read from its header and, where headers say nothing
// useful (a Trello "List Name", a "Completed" over "6/6"), from its cells.

export type ColumnRole = 'status' | 'track' | 'title' | 'link';

/** Header words per role, tried in this order, so "Course Type" is a track and "Source / Link" a link. */
const ROLE_PATTERNS: [ColumnRole, RegExp][] = [
  ['status', /\b(?:status|state|progress|done|complete[d]?|completion)\b|^[✅✔☑✓]|^%|%$/iu],
  ['link', /\b(?:source|link|url|resource|reference|where)s?\b/i],
  ['track', /\b(?:track|type|category|kind|area|domain|tag|label)s?\b/i],
  ['title', /\b(?:course|name|title|item|task|project|skill|topic|subject|module|goal|milestone|activity|focus|what|card)s?\b/i],
];

/** A column whose cells are statuses whatever its header says: Trello's "List Name", a "Lane", a "Column". */
function readsAsStatuses(cells: readonly string[]): boolean {
  const filled = cells.filter((cell) => cell !== '');
  return filled.length >= 2 && filled.every((cell) => {
    const reading = readStatus(cell);
    // "Yes" / "x" / "-" are statuses only in a column that says it holds statuses.
    return reading !== undefined && reading.marker !== '' && !/^(?:x|y|yes|n|no|[-–—])$/iu.test(cell.trim());
  });
}

export function assignColumns(headers: string[], rows: readonly string[][]): Map<ColumnRole, number> {
  const columns = new Map<ColumnRole, number>();
  headers.forEach((header, index) => {
    const role = ROLE_PATTERNS.find(([candidate, pattern]) => !columns.has(candidate) && pattern.test(header))?.[0];
    if (role) columns.set(role, index);
  });
  // A header that says "Completed" over "6/6" counts, beside a "List Name" of Done / Doing / To Do:
  // the column whose cells are all statuses is the status column.
  const cellsOf = (index: number) => rows.map((row) => row[index] ?? '');
  const statusColumn = columns.get('status');
  if (statusColumn === undefined || !cellsOf(statusColumn).some((cell) => cell !== '' && readStatus(cell) !== undefined)) {
    const taken = new Set([...columns].filter(([role]) => role !== 'status' && role !== 'title').map(([, index]) => index));
    const byValues = headers.findIndex((_header, index) => !taken.has(index) && index !== columns.get('title') && readsAsStatuses(cellsOf(index)));
    if (byValues !== -1) columns.set('status', byValues);
  }
  // "| Resource | Status |": the resource column is what the table lists.
  const linkColumn = columns.get('link');
  if (!columns.has('title') && linkColumn !== undefined) {
    columns.delete('link');
    columns.set('title', linkColumn);
  }
  // A table without a title-like header still lists things: its first free column names them.
  if (!columns.has('title')) {
    const taken = new Set(columns.values());
    const first = headers.findIndex((header, index) => !taken.has(index) && header !== '');
    if (first !== -1) columns.set('title', first);
  }
  return columns;
}

/**
 * Title (or resource) headers of a learning table: its rows are things to learn from, so courses.
 * "Task", "Goal", "Milestone", "Focus" tables list other work: their rows are items.
 */
export const LEARNING_HEADER = /\b(?:courses?|class(?:es)?|lectures?|modules?|lessons?|trainings?|topics?|skills?|subjects?|resources?|books?|tutorials?|materials?|readings?|certifications?)\b/i;

export const LEARNING_PLACE_HEADER = /\b(?:platform|provider|instructor|institution|school|university)s?\b/i;
export const ARCHIVED_HEADER = /^(?:archived|closed)\??$/iu;
