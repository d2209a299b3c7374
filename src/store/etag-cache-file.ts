import { EtagCache } from '../github/etag-cache.js';
import { writeFileAtomic } from './atomic-write.js';
import { readInputBytes } from './input-bytes.js';

/**
 * Where the GitHub ETag cache lives on disk. The cache itself (src/github/etag-cache.ts) only
 * talks HTTP; this file reads and writes it, so the github adapter does no file I/O.
 */

/** `snapshot.json` → `snapshot.json.etags.json`: the cache travels with the snapshot it fed. */
export function etagCachePathFor(snapshotPath: string): string {
  return `${snapshotPath}.etags.json`;
}

/**
 * The cache saved at `path`; empty when there is none or it is damaged (that only costs full
 * requests). Read through the input gate: a FIFO or device standing there must not hang a sync.
 */
export async function loadEtagCache(path: string): Promise<EtagCache> {
  const text = await readInputBytes(path, 'GitHub snapshot').then((bytes) => bytes.toString('utf8'), () => '');
  return EtagCache.parse(text);
}

/** Replace the cache file whole (temp file + rename). */
export async function saveEtagCache(path: string, cache: EtagCache): Promise<void> {
  await writeFileAtomic(path, cache.serialize());
}
