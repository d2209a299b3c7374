import { access, constants, mkdir, open, rm, stat } from 'node:fs/promises';
import { randomBytes } from 'node:crypto';
import { dirname, join, resolve } from 'node:path';
import { errnoCode, errnoReason } from './file-errors.js';
import { displayPath } from './input-files.js';

/** An output path the user can fix (a file where a folder must be, a folder that cannot be made). */
export class OutputPathError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'OutputPathError';
  }
}

/**
 * `mkdir -p` without Node's recursive mkdir, which spins forever on paths such as /proc/x
 * (mkdir answers ENOENT there and Node retries the parent, which exists, without end; Node 20.20).
 * Each missing level is made once; any refusal is thrown as is.
 */
export async function makeDirectory(path: string): Promise<void> {
  const missing: string[] = [];
  let current = resolve(path);
  for (;;) {
    try {
      if ((await stat(current)).isDirectory()) break;
      throw Object.assign(new Error(`ENOTDIR: not a directory, mkdir '${current}'`), { code: 'ENOTDIR', path: current });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    }
    missing.push(current);
    const parent = dirname(current);
    if (parent === current) break;
    current = parent;
  }
  for (const directory of missing.reverse()) {
    try {
      await mkdir(directory);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'EEXIST' && (await stat(directory)).isDirectory()) continue;
      throw error;
    }
  }
}

/**
 * Check, before any long work, that `path` can receive an output: a file (`kind: 'file'`) or a
 * folder of outputs (`kind: 'directory'`). Missing folders are made and a probe file is written
 * and removed, so a read-only mount, a full disk, a /proc path or a folder the user may not write
 * fails now, in one line, instead of after a whole sync or build.
 */
export async function prepareOutputPath(path: string, kind: 'file' | 'directory', flag: string): Promise<void> {
  if (path.trim() === '') throw new OutputPathError(`${flag} is empty; give a ${kind === 'file' ? 'file name' : 'folder'}`);
  const target = resolve(path);
  const existing = await stat(target).catch(() => undefined);
  if (existing && kind === 'file' && !existing.isFile()) {
    throw new OutputPathError(`${flag} ${path}: is ${existing.isDirectory() ? 'a folder' : 'not a regular file'}; give a file name`);
  }
  if (existing && kind === 'directory' && !existing.isDirectory()) throw new OutputPathError(`${flag} ${path}: is a file; give a directory`);
  // A folder of outputs is replaced whole by a sibling (src/store/output-folder.ts): its parent must take new entries.
  const folder = dirname(target);
  try {
    // The output folder itself is made by the swap that fills it, so a run that fails leaves none behind.
    await makeDirectory(folder);
    await access(folder, constants.W_OK);
    const probe = join(folder, `.roadfolio-probe-${randomBytes(4).toString('hex')}`);
    const handle = await open(probe, 'wx');
    await handle.close();
    await rm(probe, { force: true });
  } catch (error) {
    const code = errnoCode(error);
    if (!code) throw error;
    const where = (error as NodeJS.ErrnoException).path;
    if (code === 'ENOTDIR' && where) {
      throw new OutputPathError(`${flag} ${path}: ${displayPath(where)} is a file, so no folder can be made under it; give a ${kind === 'file' ? 'file name' : 'directory'} elsewhere`);
    }
    throw new OutputPathError(`${flag} ${path}: cannot write there (${errnoReason(code)}${where && resolve(where) !== target ? `: ${displayPath(where)}` : ''}); nothing was written`);
  }
}
