import { closeSync, constants, fstatSync, openSync, readSync, statSync, type Stats } from 'node:fs';
import { open, stat } from 'node:fs/promises';
import { relative } from 'node:path';
import { InputFileError } from '../model/input-file-error.js';

/**
 * The one gate every input file passes before a byte is read: regular files and `-` (standard
 * input) only, and a size limit per kind of input checked before reading. A FIFO would hang the
 * read until someone writes to it, /dev/zero would be read until memory runs out, a directory or
 * socket cannot be read at all; each is refused at once, in one line naming the path.
 * Every reader (text inputs, JSON inputs, the roadmap, keyword sets, templates) calls this.
 */
export type InputKind = 'roadmap' | 'job description' | 'resume text' | 'profile' | 'GitHub snapshot' | 'roadmap JSON' | 'keyword set' | 'template' | 'resume PDF';

/** Decimal megabytes, as file managers show sizes (and as the roadmap's own limit was always said). */
const MB = 1_000_000;

/**
 * Far above any real input (the seed roadmap is 12 KB, a posting 10 KB, the example snapshot
 * 60 KB, 1,000 synced repos with READMEs cut at 1 MB a few hundred MB at the very worst), far
 * below what would take minutes or gigabytes to process. Documented in docs/architecture.md.
 */
export const INPUT_SIZE_LIMITS: Record<InputKind, number> = {
  'roadmap': 2 * MB, // the roadmap parser's own MAX_ROADMAP_BYTES
  'job description': 2 * MB,
  'resume text': 2 * MB,
  'profile': 10 * MB,
  'GitHub snapshot': 256 * MB,
  'roadmap JSON': 10 * MB,
  'keyword set': 5 * MB,
  'template': 1 * MB,
  'resume PDF': 20 * MB,
};

/** Deepest JSON nesting accepted: a JSON Resume is ~6 levels; 5,000 levels crashed JSON.stringify. */
export const MAX_JSON_DEPTH = 64;

// An input file the user can fix: missing, not a regular file, too large, unreadable, not JSON, of
// the wrong kind. One class for Node and the browser (the web app reads dropped files with the same
// JSON reader), so it lives with that reader in src/model.
export { InputFileError };

export function displayPath(path: string): string {
  const fromCwd = relative(process.cwd(), path);
  return fromCwd === '' || fromCwd.startsWith('..') ? path : fromCwd;
}

function sizeText(bytes: number): string {
  return bytes >= MB ? `${(bytes / MB).toFixed(1)} MB` : `${Math.ceil(bytes / 1000)} KB`;
}

function tooLarge(name: string, kind: InputKind, size: string): InputFileError {
  return new InputFileError(`${name}: ${size}, over the ${sizeText(INPUT_SIZE_LIMITS[kind])} a ${kind} may be; give the ${kind} itself, not a larger file`);
}

function notRegular(stats: Stats): string | undefined {
  if (stats.isFile()) return undefined;
  if (stats.isDirectory()) return 'a folder, not a file';
  if (stats.isFIFO()) return 'a named pipe (FIFO), not a file; pass - and pipe it to standard input instead';
  if (stats.isSocket()) return 'a socket, not a file';
  if (stats.isCharacterDevice() || stats.isBlockDevice()) return 'a device, not a file';
  return 'not a regular file';
}

function unreadable(name: string, error: unknown): InputFileError {
  const code = (error as NodeJS.ErrnoException).code;
  const reason = code === 'ENOENT' ? 'no such file'
    : code === 'EACCES' || code === 'EPERM' ? 'permission denied'
    : code === 'ENOTDIR' ? 'a file stands where a folder should be in the path'
    : code === 'EISDIR' ? 'a folder, not a file'
    : code === 'ELOOP' ? 'too many symbolic links'
    : code ?? String(error);
  return new InputFileError(`${name}: cannot read it (${reason})`);
}

/** stat, then refuse anything but a regular file under the kind's limit; never opens the path. */
function checkStats(stats: Stats, name: string, kind: InputKind): void {
  const wrong = notRegular(stats);
  if (wrong) throw new InputFileError(`${name}: ${wrong}`);
  if (stats.size > INPUT_SIZE_LIMITS[kind]) throw tooLarge(name, kind, sizeText(stats.size));
}

/** The bytes of `path` (or standard input for `-`), as a Buffer, within the kind's size limit. */
export async function readInputBytes(path: string, kind: InputKind): Promise<Buffer> {
  const limit = INPUT_SIZE_LIMITS[kind];
  if (path === '-') return readStdinWithin(limit, kind);
  const name = displayPath(path);
  let stats: Stats;
  try {
    stats = await stat(path);
  } catch (error) {
    throw unreadable(name, error);
  }
  checkStats(stats, name, kind);
  let handle;
  try {
    // O_NONBLOCK: should the path have become a FIFO since the stat, open returns at once.
    handle = await open(path, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (error) {
    throw unreadable(name, error);
  }
  try {
    checkStats(await handle.stat(), name, kind);
    const chunks: Buffer[] = [];
    let total = 0;
    for (;;) {
      const buffer = Buffer.allocUnsafe(64 * 1024);
      const { bytesRead } = await handle.read(buffer, 0, buffer.length, null);
      if (bytesRead === 0) break;
      total += bytesRead;
      // The file grew while we read it: the limit holds for what is read, not only for the stat.
      if (total > limit) throw tooLarge(name, kind, `over ${sizeText(limit)}`);
      chunks.push(buffer.subarray(0, bytesRead));
    }
    return Buffer.concat(chunks, total);
  } catch (error) {
    if (error instanceof InputFileError) throw error;
    throw unreadable(name, error);
  } finally {
    await handle.close();
  }
}

async function readStdinWithin(limit: number, kind: InputKind): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of process.stdin) {
    const bytes = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer);
    total += bytes.length;
    if (total > limit) {
      process.stdin.destroy();
      throw tooLarge('standard input', kind, `over ${sizeText(limit)}`);
    }
    chunks.push(bytes);
  }
  return Buffer.concat(chunks, total);
}

/** The same gate for the synchronous readers (the roadmap parser, templates). */
export function readInputBytesSync(path: string, kind: InputKind): Buffer {
  const limit = INPUT_SIZE_LIMITS[kind];
  const name = path === '-' ? 'standard input' : displayPath(path);
  let fd: number;
  if (path === '-') {
    fd = 0;
  } else {
    try {
      checkStats(statSync(path), name, kind);
      fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
    } catch (error) {
      if (error instanceof InputFileError) throw error;
      throw unreadable(name, error);
    }
  }
  try {
    if (fd !== 0) checkStats(fstatSync(fd), name, kind);
    const chunks: Buffer[] = [];
    let total = 0;
    for (;;) {
      const buffer = Buffer.allocUnsafe(64 * 1024);
      let bytesRead: number;
      try {
        bytesRead = readSync(fd, buffer, 0, buffer.length, null);
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code;
        if (code === 'EAGAIN') {
          // A non-blocking standard input with nothing yet: wait a little, as readFileSync(0) would block.
          Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 10);
          continue;
        }
        if (code === 'EOF') break;
        throw error;
      }
      if (bytesRead === 0) break;
      total += bytesRead;
      if (total > limit) throw tooLarge(name, kind, `over ${sizeText(limit)}`);
      chunks.push(buffer.subarray(0, bytesRead));
    }
    return Buffer.concat(chunks, total);
  } catch (error) {
    if (error instanceof InputFileError) throw error;
    throw unreadable(name, error);
  } finally {
    if (fd !== 0) closeSync(fd);
  }
}

/**
 * Refuse JSON nested deeper than MAX_JSON_DEPTH (counted without recursion, so the check itself
 * cannot overflow the stack): validators and JSON.stringify recurse once per level.
 */
export function checkJsonDepth(value: unknown, name: string, max = MAX_JSON_DEPTH): void {
  const stack: Array<{ value: unknown; depth: number }> = [{ value, depth: 0 }];
  while (stack.length > 0) {
    const { value: current, depth } = stack.pop()!;
    if (current === null || typeof current !== 'object') continue;
    if (depth >= max) throw new InputFileError(`${name}: nested more than ${max} levels deep; no file Roadfolio reads needs that many, so this is not the file meant`);
    for (const child of Array.isArray(current) ? current : Object.values(current)) {
      if (child !== null && typeof child === 'object') stack.push({ value: child, depth: depth + 1 });
    }
  }
}
