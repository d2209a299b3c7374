import { z } from 'zod';
import { ApplicationRecord, formatIssues, Resume } from '../../model/index.js';
import { readEnvelope } from '../state/browser-storage.js';

/**
 * Applications kept in the browser, as the rest of the web state is (localStorage, one key per
 * thing, each value `{ "version": N, "value": … }`), and split the way the CLI's folder is: the
 * record (application.json, the one part the user edits) under one key, the version's files under
 * another. A status change rewrites the small record only; the files are written once.
 *
 *   roadfolio.application.<folder>        { version: 1, value: application.json }
 *   roadfolio.application-files.<folder>  { version: 1, value: { posting, resume, coverage, report } }
 *
 * The PDF, DOCX and TXT are not stored: they are made from resume.json and the template on
 * download, with the version's build day, as `roadfolio apply` makes them.
 */
export const APPLICATIONS_STORAGE_VERSION = 1;
const RECORD_PREFIX = 'roadfolio.application.';
const FILES_PREFIX = 'roadfolio.application-files.';
export const recordKey = (folder: string) => RECORD_PREFIX + folder;
export const filesKey = (folder: string) => FILES_PREFIX + folder;

/** The Web Storage calls used here, so the store can be tested without a browser. */
export type ApplicationStorage = Pick<Storage, 'getItem' | 'setItem' | 'key' | 'length'>;

/** A version's files as kept: the posting as pasted, resume.json, coverage.json and report.md. */
export const VersionFiles = z.object({
  posting: z.string(),
  resume: Resume,
  /** coverage.json as `roadfolio apply` writes it (coverage and the job report): downloaded as it is. */
  coverage: z.record(z.string(), z.unknown()),
  report: z.string(),
});
export type VersionFiles = z.infer<typeof VersionFiles>;

export interface KeptApplication { folder: string; record: ApplicationRecord }

/** A saved record that does not read back: said in plain words, never rewritten or removed. */
export interface DamagedApplication { folder: string; key: string; problem: string; raw: string }

function readApplicationEnvelope<T>(raw: string, schema: z.ZodType<T>): { ok: true; value: T } | { ok: false; problem: string } {
  return readEnvelope(raw, schema, {
    newest: APPLICATIONS_STORAGE_VERSION,
    notJson: 'it is not valid JSON (the text was cut or edited)',
    // The CLI's one formatter, with the wrapper's own name taken off the path.
    describe: (error) => formatIssues(error).replace(/(^|; )value\.?/g, '$1') || 'its fields do not match an application',
  });
}

/**
 * Every application kept in this browser, oldest first (by day made, then folder), and the
 * records that did not read back. A damaged record stays where it is: its folder name counts
 * as taken, so a new application never writes over it.
 */
export function loadApplications(storage: ApplicationStorage): { applications: KeptApplication[]; damaged: DamagedApplication[] } {
  const applications: KeptApplication[] = [];
  const damaged: DamagedApplication[] = [];
  const keys: string[] = [];
  for (let index = 0; index < storage.length; index++) {
    const key = storage.key(index);
    if (key !== null && key.startsWith(RECORD_PREFIX)) keys.push(key);
  }
  for (const key of keys.sort()) {
    const folder = key.slice(RECORD_PREFIX.length);
    const raw = storage.getItem(key) ?? '';
    const read = readApplicationEnvelope(raw, ApplicationRecord);
    if (read.ok) applications.push({ folder, record: read.value });
    else damaged.push({ folder, key, problem: read.problem, raw });
  }
  applications.sort((a, b) => a.record.created.localeCompare(b.record.created) || a.folder.localeCompare(b.folder));
  return { applications, damaged };
}

/** A version's files, or why they cannot be read (the record is kept either way). */
export function loadVersionFiles(storage: ApplicationStorage, folder: string): { ok: true; files: VersionFiles } | { ok: false; problem: string } {
  const raw = storage.getItem(filesKey(folder));
  if (raw === null) return { ok: false, problem: 'its files are not in this browser\'s storage (they were removed, or saved in another browser)' };
  const read = readApplicationEnvelope(raw, VersionFiles);
  return read.ok ? { ok: true, files: read.value } : { ok: false, problem: read.problem };
}

const envelope = (value: unknown) => JSON.stringify({ version: APPLICATIONS_STORAGE_VERSION, value });

function describeRefusal(error: unknown): string {
  const name = error instanceof DOMException ? error.name : '';
  return name === 'QuotaExceededError' || /quota/i.test(String(error))
    ? 'the browser\'s storage for this page is full'
    : `the browser refused (${error instanceof Error ? error.message : String(error)})`;
}

/**
 * Save a new or rebuilt version: files first, record last, so a record never points at files
 * that are not there. When the browser refuses (storage full), what was saved before is put
 * back and the reason comes back in plain words; nothing half-written is left.
 */
export function saveVersion(storage: ApplicationStorage & Pick<Storage, 'removeItem'>, folder: string, record: ApplicationRecord, files: VersionFiles): string | null {
  const before = { files: storage.getItem(filesKey(folder)), record: storage.getItem(recordKey(folder)) };
  try {
    storage.setItem(filesKey(folder), envelope(files));
    storage.setItem(recordKey(folder), envelope(record));
    return null;
  } catch (error) {
    for (const [key, value] of [[filesKey(folder), before.files], [recordKey(folder), before.record]] as const) {
      try {
        if (value === null) storage.removeItem(key);
        else storage.setItem(key, value);
      } catch {
        // Putting back a value that fitted before cannot run out of room; nothing else to do.
      }
    }
    return `${describeRefusal(error)}: the application was not saved`;
  }
}

/** A status change: only the record's key is rewritten. */
export function saveRecord(storage: ApplicationStorage, folder: string, record: ApplicationRecord): string | null {
  try {
    storage.setItem(recordKey(folder), envelope(record));
    return null;
  } catch (error) {
    return `${describeRefusal(error)}: the new status was not saved`;
  }
}
