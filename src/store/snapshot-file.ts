import { readInputBytes } from '../store/input-bytes.js';
import { GithubSnapshot } from '../model/index.js';
import { writeFileAtomic } from './atomic-write.js';

/** The last good snapshot at `path`, or null when there is none or it no longer validates. */
export async function readSnapshotIfValid(path: string): Promise<GithubSnapshot | null> {
  try {
    const parsed = GithubSnapshot.safeParse(JSON.parse((await readInputBytes(path, 'GitHub snapshot')).toString('utf8')));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/** Replace the snapshot whole or not at all (temp file + rename), so a failed sync leaves the old one. */
export async function writeSnapshot(path: string, snapshot: GithubSnapshot): Promise<void> {
  await writeFileAtomic(path, `${JSON.stringify(GithubSnapshot.parse(snapshot), null, 2)}\n`);
}
