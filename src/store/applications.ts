import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { RECORD_FILE } from '../applications/record.js';
import { ApplicationRecord, formatIssues } from '../model/index.js';
import { writeFileAtomic } from './atomic-write.js';
import { lockOutputFolder, recoverOutputFolder, replaceOutputFolder, type OutputFile } from './output-folder.js';
import { displayPath } from './input-files.js';

export { RECORD_FILE };

export function sha256(data: string | Uint8Array): string {
  return createHash('sha256').update(data).digest('hex');
}

export interface StoredApplication { folder: string; path: string; record: ApplicationRecord }

/** An application.json that cannot be read: named by path, never rewritten or removed. */
export interface DamagedApplication { path: string; problem: string }

/** application.json, validated; a problem as one line naming the file (the file is left as it is). */
export async function readApplicationRecord(path: string): Promise<ApplicationRecord> {
  const text = (await readFile(path, 'utf8')).replace(/^\uFEFF/, '');
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new Error(`not valid JSON (${(error as Error).message})`);
  }
  const result = ApplicationRecord.safeParse(data);
  if (!result.success) throw new Error(formatIssues(result.error));
  return result.data;
}

/**
 * Every application kept under `dir` (one folder each, holding application.json), oldest first,
 * and the folders whose application.json is damaged. A folder without one is not an application
 * and is passed over; a missing `dir` is no applications yet.
 */
export async function listApplications(dir: string): Promise<{ applications: StoredApplication[]; damaged: DamagedApplication[] }> {
  let names: string[];
  try {
    names = (await readdir(dir, { withFileTypes: true })).filter((entry) => entry.isDirectory() && !entry.name.startsWith('.')).map((entry) => entry.name).sort();
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { applications: [], damaged: [] };
    throw error;
  }
  const applications: StoredApplication[] = [];
  const damaged: DamagedApplication[] = [];
  for (const folder of names) {
    const path = join(dir, folder, RECORD_FILE);
    try {
      applications.push({ folder, path, record: await readApplicationRecord(path) });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') continue;
      damaged.push({ path: displayPath(path), problem: (error as Error).message });
    }
  }
  applications.sort((a, b) => a.record.created.localeCompare(b.record.created) || a.folder.localeCompare(b.folder));
  return { applications, damaged };
}

/**
 * Write an application's files as one change, with the mechanism `build` uses for --out
 * (src/store/output-folder.ts): the folder is filled under a hidden sibling name and swapped in,
 * under a lock, so `applications` never lists half an application and a killed run leaves the
 * previous version whole.
 */
export async function writeApplicationFolder(folderPath: string, files: readonly OutputFile[]): Promise<void> {
  const lock = await lockOutputFolder(folderPath);
  try {
    await recoverOutputFolder(folderPath);
    await replaceOutputFolder(folderPath, files);
  } finally {
    await lock.release();
  }
}

/** Only application.json changes (a new status): a small edit, the resume files are not touched. */
export async function writeApplicationRecord(path: string, record: ApplicationRecord): Promise<void> {
  await writeFileAtomic(path, `${JSON.stringify(record, null, 2)}\n`);
}
