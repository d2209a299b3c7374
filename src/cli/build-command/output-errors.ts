import { statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { displayPath } from '../../store/input-files.js';
import { UserError } from '../user-error.js';

/**
 * --out must be a directory, or a path where one can be made: a file there (or above it) is a
 * mistake the user can fix, said in one line before anything is rendered.
 */
export function checkOutDir(out: string): void {
  let path = resolve(out);
  for (;;) {
    let isDirectory: boolean | undefined;
    try {
      isDirectory = statSync(path).isDirectory();
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code !== 'ENOENT' && code !== 'ENOTDIR') throw new UserError(`--out ${out}: cannot use it (${code ?? 'error'}); give a directory you can write to`);
    }
    if (isDirectory === false) {
      throw new UserError(path === resolve(out)
        ? `--out ${out}: is a file; give a directory`
        : `--out ${out}: ${displayPath(path)} is a file, so no directory can be made under it; give a directory`);
    }
    if (isDirectory === true) return;
    const parent = dirname(path);
    if (parent === path) return;
    path = parent;
  }
}

const WRITE_ERRORS: Record<string, string> = {
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EROFS: 'read-only file system',
  ENOSPC: 'the disk is full',
  EDQUOT: 'over the disk quota',
  ENOTDIR: 'a file stands where a directory should be',
  EEXIST: 'a file stands where a directory should be',
  EISDIR: 'a directory stands where an output file should be',
};

/** A file-system error while writing the outputs, as one line (the previous outputs are intact). */
export function asOutputError(error: unknown, out: string): unknown {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  const reason = code ? WRITE_ERRORS[code] : undefined;
  if (!reason) return error;
  const where = (error as NodeJS.ErrnoException).path;
  return new UserError(`--out ${out}: cannot write the outputs (${reason}${where ? `: ${displayPath(where)}` : ''}); the previous files are unchanged`);
}
