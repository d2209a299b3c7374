import type { RepoReadme } from '../model/index.js';
import { utf8Bytes, utf8Length, utf8Text } from './utf8.js';

/** READMEs over this size are cut: nobody reads past it, and the snapshot stays small. */
export const README_LIMIT_BYTES = 1024 * 1024;

/**
 * GitHub shows any root file named README (any case, any extension) as the README.
 * When several exist, prefer markdown, the way github.com does.
 */
export function pickReadmeName(fileNames: string[]): string | null {
  const readmes = fileNames.filter((name) => /^readme(\.[\w.-]+)?$/i.test(name));
  const rank = (name: string): number => {
    const extension = name.slice(6).toLowerCase();
    if (extension === '.md') return 0;
    if (extension === '.markdown' || extension === '.mdown') return 1;
    if (extension === '') return 3;
    return 2;
  };
  return readmes.sort((a, b) => rank(a) - rank(b) || a.localeCompare(b))[0] ?? null;
}

/** A README as stored in the snapshot, cut at 1 MB with a marker a reader can see. */
export function snapshotReadme(path: string, text: string, totalBytes = utf8Length(text)): RepoReadme {
  const bytes = utf8Bytes(text);
  if (bytes.length <= README_LIMIT_BYTES && totalBytes <= bytes.length) return { path, text, truncated: false };
  // Cutting bytes can split a character; drop the half character rather than keep a U+FFFD.
  const kept = utf8Text(bytes.subarray(0, README_LIMIT_BYTES)).replace(/\uFFFD+$/, '');
  const marker = `\n\n[README truncated by Roadfolio at 1 MB; the file has ${totalBytes} bytes]\n`;
  return { path, text: kept + marker, truncated: true };
}
