import { mkdir, open, readdir, readFile, rename, rm, stat } from 'node:fs/promises';
import { randomBytes } from 'node:crypto';
import { basename, dirname, join, resolve } from 'node:path';
import { makeDirectory, OutputPathError } from './output-path.js';

/**
 * A build's outputs replaced as one unit, so the files in --out always come from one run, even
 * when a run is killed (kill -9) at any instruction:
 *
 *   1. every file is written and fsynced into a fresh sibling folder `.OUT.PID.TAG.new`;
 *   2. `OUT` is renamed to `.OUT.PID.TAG.old`, then `.new` is renamed to `OUT`;
 *   3. `.old` is removed.
 *
 * Killed before step 2: OUT is the old run, whole. Killed between the two renames: OUT is missing
 * and the `.old`/`.new` pair of one tag lies beside it; the next run finishes the swap (the `.new`
 * was complete before `.old` was made). Killed after: only garbage is left, removed next time.
 * A lock file beside OUT (with the writer's pid) makes a second build to the same OUT stop with a
 * clear line instead of mixing its files with the first's.
 */
export interface OutputFile { name: string; data: string | Uint8Array }


function siblings(out: string): { parent: string; prefix: string } {
  const target = resolve(out);
  return { parent: dirname(target), prefix: `.${basename(target)}.` };
}

function processAlive(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Test hook: a pause before each rename, so a kill lands between them (ROADFOLIO_TEST_SLOW_RENAME_MS). */
async function slowRename(from: string, to: string): Promise<void> {
  const pause = Number(process.env.ROADFOLIO_TEST_SLOW_RENAME_MS);
  if (pause > 0) await new Promise((done) => setTimeout(done, pause));
  await rename(from, to);
}

export interface OutputLock { release(): Promise<void> }

/**
 * Take the lock of an output folder, or say who holds it. A lock whose process is gone (killed)
 * is taken over.
 */
export async function lockOutputFolder(out: string): Promise<OutputLock> {
  const { parent, prefix } = siblings(out);
  await makeDirectory(parent);
  const lockPath = join(parent, `${prefix}lock`);
  for (let attempt = 0; attempt < 5; attempt++) {
    try {
      const handle = await open(lockPath, 'wx', 0o644);
      await handle.writeFile(String(process.pid));
      await handle.close();
      return { release: () => rm(lockPath, { force: true }) };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    const holder = Number((await readFile(lockPath, 'utf8').catch(() => '')).trim());
    if (Number.isInteger(holder) && holder > 0 && processAlive(holder)) {
      throw new OutputPathError(`--out ${out}: another roadfolio build (process ${holder}) is writing there; wait for it to finish or give another folder`);
    }
    // The holder was killed: move its lock out of the way under a name of our own (only one taker
    // wins the rename), then try again to create ours.
    const stale = `${lockPath}.${process.pid}.${randomBytes(6).toString('hex')}.old`;
    if (await rename(lockPath, stale).then(() => true, () => false)) await rm(stale, { force: true });
  }
  throw new OutputPathError(`--out ${out}: could not take the lock ${lockPath}; remove it if no build is running`);
}

/**
 * Finish or clean up what killed runs left beside `out`: a swap cut between its two renames is
 * finished; staging and old folders of dead processes are removed. Call with the lock held.
 */
export async function recoverOutputFolder(out: string): Promise<void> {
  const target = resolve(out);
  const { parent, prefix } = siblings(out);
  const names = await readdir(parent).catch(() => [] as string[]);
  const leftovers = names
    .filter((name) => name.startsWith(prefix))
    .map((name) => ({ name, match: /^(\d+)\.([0-9a-f]{12})\.(new|old)$/.exec(name.slice(prefix.length)) }))
    .filter((entry): entry is { name: string; match: RegExpExecArray } => entry.match !== null && !processAlive(Number(entry.match[1])));
  let outExists = await stat(target).then(() => true, () => false);
  // An empty --out beside a pair of a killed swap was made after the kill (by hand, or an older
  // roadfolio): the pair holds the outputs, so it wins.
  if (outExists && leftovers.some((entry) => entry.match[3] === 'old') && (await readdir(target).catch(() => ['?'])).length === 0) {
    await rm(target, { recursive: true, force: true });
    outExists = false;
  }
  if (!outExists) {
    // A swap killed between its renames: `.old` exists, so its `.new` of the same tag was complete.
    const old = leftovers.find((entry) => entry.match[3] === 'old');
    const fresh = old && leftovers.find((entry) => entry.match[3] === 'new' && entry.match[2] === old.match[2]);
    if (fresh) await rename(join(parent, fresh.name), target);
    else if (old) await rename(join(parent, old.name), target);
  }
  for (const entry of leftovers) await rm(join(parent, entry.name), { recursive: true, force: true }).catch(() => undefined);
  // The lock of a killed run (ours, when the caller holds the lock, names a live process and stays).
  const lockPath = join(parent, `${prefix}lock`);
  const holder = Number((await readFile(lockPath, 'utf8').catch(() => '')).trim());
  if (Number.isInteger(holder) && holder > 0 && !processAlive(holder)) await rm(lockPath, { force: true });
}

async function writeSynced(path: string, data: string | Uint8Array): Promise<void> {
  const handle = await open(path, 'wx', 0o644);
  try {
    await handle.writeFile(data);
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/** fsync a folder, so the renames inside it survive a power cut (not every file system allows it). */
async function syncFolder(path: string): Promise<void> {
  const handle = await open(path, 'r').catch(() => undefined);
  if (!handle) return;
  await handle.sync().catch(() => undefined);
  await handle.close();
}

/**
 * Replace the folder `out` with one holding exactly `files`. Files in `out` other than the build's
 * own outputs are carried over (hard-linked, or copied where links are not allowed); a subfolder
 * cannot be carried atomically, so its presence is refused before anything is written.
 */
export async function replaceOutputFolder(out: string, files: readonly OutputFile[]): Promise<void> {
  const target = resolve(out);
  const { parent, prefix } = siblings(out);
  const tag = `${process.pid}.${randomBytes(6).toString('hex')}`;
  const staging = join(parent, `${prefix}${tag}.new`);
  const old = join(parent, `${prefix}${tag}.old`);
  const existing = await stat(target).catch(() => undefined);
  if (existing && !existing.isDirectory()) throw new OutputPathError(`--out ${out}: is a file; give a folder`);
  const entries = existing ? await readdir(target, { withFileTypes: true }) : [];
  const others = entries.filter((entry) => !files.some((file) => file.name === entry.name));
  // A folder (even one named like an output) cannot be carried into the new folder atomically.
  const folders = entries.filter((entry) => !entry.isFile());
  if (folders.length > 0) {
    throw new OutputPathError(`--out ${out}: holds ${folders[0]!.isDirectory() ? 'the folder' : 'the special file'} ${folders[0]!.name}, and the outputs are replaced as one folder; give a folder of their own (e.g. --out ${join(out, 'roadfolio-out')}); nothing was written`);
  }
  await makeDirectory(parent);
  try {
    await mkdir(staging, { mode: 0o755 });
    for (const file of files) await writeSynced(join(staging, file.name), file.data);
    for (const entry of others) {
      const data = await readFile(join(target, entry.name));
      await writeSynced(join(staging, entry.name), data);
    }
    await syncFolder(staging);
  } catch (error) {
    await rm(staging, { recursive: true, force: true });
    throw error;
  }
  if (existing) await slowRename(target, old);
  await slowRename(staging, target);
  await syncFolder(parent);
  await rm(old, { recursive: true, force: true });
}
