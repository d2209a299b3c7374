import { open, readdir, rename, rm } from 'node:fs/promises';
import { dirname, basename, join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { makeDirectory } from './output-path.js';

/**
 * `.NAME.PID.RANDOM.tmp`: the writer's process id is in the name, so a later run can tell the
 * temp file of a process that was killed (gone) from one still being written (alive).
 */
export function tempNameFor(path: string, suffix = 'tmp'): string {
  return join(dirname(path), `.${basename(path)}.${process.pid}.${randomBytes(6).toString('hex')}.${suffix}`);
}

function processAlive(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Remove what killed runs left beside `path`: temp files (and folders) named by tempNameFor
 * whose process is gone. Best effort: a file another process removes first is no error.
 */
export async function removeStaleTemps(path: string): Promise<number> {
  const prefix = `.${basename(path)}.`;
  let names: string[];
  try {
    names = await readdir(dirname(path));
  } catch {
    return 0;
  }
  let removed = 0;
  for (const name of names) {
    if (!name.startsWith(prefix)) continue;
    const match = /^(\d+)\.[0-9a-f]{12}\.(tmp|bak|old|new)$/.exec(name.slice(prefix.length));
    if (!match || processAlive(Number(match[1]))) continue;
    await rm(join(dirname(path), name), { recursive: true, force: true }).catch(() => undefined);
    removed++;
  }
  return removed;
}

/**
 * Write a file so a reader only ever sees the old content or the whole new content:
 * write a temp file beside it, fsync, then rename over. A crash or a thrown error
 * mid-write leaves the previous file untouched; a killed run's temp file is removed by the next.
 */
export async function writeFileAtomic(path: string, data: string | Uint8Array, mode?: number): Promise<void> {
  await makeDirectory(dirname(path));
  await removeStaleTemps(path);
  const temp = tempNameFor(path);
  try {
    const handle = await open(temp, 'w', mode ?? 0o644);
    try {
      await handle.writeFile(data);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temp, path);
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
}
