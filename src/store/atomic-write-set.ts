import { copyFile, link, mkdir, open, rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { randomBytes } from 'node:crypto';

export interface OutputFile { path: string; data: string | Uint8Array }

async function writeSynced(path: string, data: string | Uint8Array): Promise<void> {
  const handle = await open(path, 'w', 0o644);
  try {
    await handle.writeFile(data);
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/**
 * Replace several files as one change, so a build never leaves a new resume.pdf beside an old
 * resume.json: every new file is written and fsynced beside its target first; only then are they
 * renamed over the old ones. If a rename fails, the files already replaced get their old content
 * back from hard-link backups. Any failure leaves the previous files byte-identical.
 */
export async function writeFilesAtomic(files: readonly OutputFile[]): Promise<void> {
  const tag = randomBytes(6).toString('hex');
  const staged = files.map((file) => ({
    ...file,
    temp: join(dirname(file.path), `.${basename(file.path)}.${tag}.tmp`),
    backup: join(dirname(file.path), `.${basename(file.path)}.${tag}.bak`),
    hasBackup: false,
    replaced: false,
  }));
  try {
    for (const file of staged) {
      await mkdir(dirname(file.path), { recursive: true });
      await writeSynced(file.temp, file.data);
    }
    for (const file of staged) {
      try {
        await link(file.path, file.backup);
        file.hasBackup = true;
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code;
        if (code === 'ENOENT') continue;
        // Some file systems (network shares, FAT) have no hard links: a copy does the same job.
        await copyFile(file.path, file.backup);
        file.hasBackup = true;
      }
    }
    for (const file of staged) {
      await rename(file.temp, file.path);
      file.replaced = true;
    }
  } catch (error) {
    for (const file of staged.filter((entry) => entry.replaced)) {
      if (file.hasBackup) await rename(file.backup, file.path).catch(() => undefined);
      else await rm(file.path, { force: true });
    }
    throw error;
  } finally {
    for (const file of staged) {
      await rm(file.temp, { force: true, recursive: false }).catch(() => undefined);
      await rm(file.backup, { force: true }).catch(() => undefined);
    }
  }
}
