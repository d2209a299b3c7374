import type { ApplicationRecord, ApplicationStatus } from '../model/index.js';

/** The record file of an application folder: the one file the user edits (its status). */
export const RECORD_FILE = 'application.json';

/** The files of one version, in the order `roadfolio apply` lists them in application.json. */
export function versionFiles(postingFile: string): string[] {
  return [postingFile, 'resume.pdf', 'resume.docx', 'resume.txt', 'resume.json', 'coverage.json', 'report.md', RECORD_FILE];
}

/** `posting.md` for a markdown posting, else `posting.txt`: the posting is kept as given. */
export function postingFileName(name: string): string {
  return /\.(md|markdown)$/i.test(name) ? 'posting.md' : 'posting.txt';
}

/** What a version is made from, by content: the same sources, overrides and Roadfolio version rebuild the same bytes. */
export type VersionSources = Pick<ApplicationRecord, 'sources' | 'overrides' | 'roadfolio'>;

export function sameVersionSources(record: ApplicationRecord, inputs: VersionSources): boolean {
  return JSON.stringify(record.sources) === JSON.stringify(inputs.sources) &&
    JSON.stringify(record.overrides) === JSON.stringify(inputs.overrides) &&
    record.roadfolio === inputs.roadfolio;
}

/**
 * The application made earlier for this posting (the same text, company and role), whatever day
 * it was made: applying again updates it instead of starting another.
 */
export function sameApplication<T extends { record: ApplicationRecord }>(kept: readonly T[], posting: { sha256: string; company: string; role: string }): T | undefined {
  return kept.find(({ record }) => record.posting.sha256 === posting.sha256 && record.company === posting.company && record.role === posting.role);
}

/** The dates and status of a version about to be built: a new application, or the next build of `previous`. */
export type VersionDates = Pick<ApplicationRecord, 'created' | 'built' | 'status' | 'history'>;

/**
 * A new application is made and built today, `applied` unless told otherwise. Built again, it
 * keeps its day of creation and history; unchanged sources rebuilt on purpose keep their build
 * day too, and so their bytes (the day is stamped in the PDF and DOCX).
 */
export function nextVersionDates(previous: ApplicationRecord | undefined, options: { day: string; status?: ApplicationStatus; sameSources: boolean }): VersionDates {
  const status = options.status ?? previous?.status ?? 'applied';
  if (previous === undefined) return { created: options.day, built: options.day, status, history: [{ status, date: options.day }] };
  return {
    created: previous.created,
    built: options.sameSources ? previous.built : options.day,
    status,
    history: status !== previous.status ? [...previous.history, { status, date: options.day }] : previous.history,
  };
}

/** A status change: a small edit of the record (its history grows by one), no file is rebuilt. */
export function withStatus(record: ApplicationRecord, status: ApplicationStatus, day: string): ApplicationRecord {
  if (record.status === status) return record;
  return { ...record, status, history: [...record.history, { status, date: day }] };
}

/** The skills a posting asks for that no evidence backs, first ones first: what a list of applications shows. */
export function topGaps(record: ApplicationRecord, count = 3): string[] {
  return record.gaps.slice(0, count).map((gap) => gap.term);
}
