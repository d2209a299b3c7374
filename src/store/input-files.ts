import { readFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { z } from 'zod';
import { GithubSnapshot, Profile, Roadmap, formatIssues } from '../model/index.js';

/** An input file the user can fix: missing, unreadable, not JSON, or not fitting its schema. */
export class InputFileError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'InputFileError';
  }
}

export function displayPath(path: string): string {
  const fromCwd = relative(process.cwd(), path);
  return fromCwd === '' || fromCwd.startsWith('..') ? path : fromCwd;
}

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

/** A text file (`.txt`, `.md`), or standard input when the path is `-`. A BOM and CRLF line ends are removed. */
export async function readTextInput(path: string): Promise<string> {
  let text: string;
  if (path === '-') {
    text = await readStdin();
  } else {
    try {
      text = await readFile(path, 'utf8');
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      throw new InputFileError(`${displayPath(path)}: cannot read it (${code === 'ENOENT' ? 'no such file' : code ?? 'error'})`);
    }
  }
  return text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
}

async function readJsonFile<T extends z.ZodType>(path: string, schema: T): Promise<z.infer<T>> {
  const text = await readTextInput(path);
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new InputFileError(`${displayPath(path)}: not valid JSON (${(error as Error).message})`);
  }
  const result = schema.safeParse(data);
  if (!result.success) throw new InputFileError(`${displayPath(path)}: ${formatIssues(result.error)}`);
  return result.data;
}

/** A JSON Resume profile, validated (path and field on error). */
export function readProfile(path: string): Promise<Profile> {
  return readJsonFile(path, Profile);
}

/** A `roadfolio github sync` snapshot, validated. */
export function readGithubSnapshot(path: string): Promise<GithubSnapshot> {
  return readJsonFile(path, GithubSnapshot);
}

/** A roadmap already parsed to JSON (`roadfolio roadmap FILE --json > roadmap.json`), validated. */
export function readRoadmapJson(path: string): Promise<Roadmap> {
  return readJsonFile(path, Roadmap);
}

/** The package's `examples/` folder (the bundled example the CLI falls back to). */
export function bundledExamplesDir(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let depth = 0; depth < 6; depth++) {
    if (existsSync(join(dir, 'examples', 'profile.json'))) return join(dir, 'examples');
    dir = dirname(dir);
  }
  throw new Error('examples/ not found above ' + fileURLToPath(import.meta.url));
}
