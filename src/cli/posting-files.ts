import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { InputFileError } from '../store/input-files.js';

/**
 * The postings named on the command line: files as given, a folder as its .txt and .md files (in
 * name order), `-` as stdin once. A folder without postings is an error naming it.
 */
export async function postingFiles(inputs: string[]): Promise<string[]> {
  const files: string[] = [];
  for (const input of inputs) {
    if (input === '-') { files.push(input); continue; }
    const info = await stat(input).catch(() => undefined);
    if (!info?.isDirectory()) { files.push(input); continue; }
    const inside = (await readdir(input)).filter((name) => /\.(txt|md)$/i.test(name) && !/^readme\.md$/i.test(name)).sort();
    if (inside.length === 0) throw new InputFileError(`${input}: a folder with no .txt or .md postings`);
    files.push(...inside.map((name) => join(input, name)));
  }
  if (files.filter((file) => file === '-').length > 1) throw new InputFileError('- (stdin) can be given once');
  return files;
}
