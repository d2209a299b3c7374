import { readFile } from 'node:fs/promises';
import type { z } from 'zod';
import type { GithubSnapshot, Profile, Roadmap } from '../model/index.js';
import { InputFileError, JSON_INPUTS, parseJsonText, validateJson, type JsonFileKind, type JsonKind } from '../model/json-input.js';
import { checkJsonDepth, displayPath, readInputBytesSync, type InputKind } from './input-bytes.js';
import { readTextInput } from './input-files.js';

/** The size limit (src/store/input-bytes.ts) each kind of JSON input is read under. */
const SIZE_KIND: Record<JsonKind, InputKind> = {
  profile: 'profile', 'github-snapshot': 'GitHub snapshot', roadmap: 'roadmap JSON', 'keyword-set': 'keyword set', lexicon: 'keyword set',
  'phrase-book': 'template', 'resume-template': 'template', coverage: 'profile',
};

/** Text to a value of the expected kind: empty file, syntax, depth, kind and schema checked, in that order. */
function fromText<T extends z.ZodType>(text: string, name: string, expected: JsonFileKind<T>): z.infer<T> {
  if (text.trim() === '') throw new InputFileError(`${name}: the file is empty; ${SIZE_KIND[expected.kind]} files are JSON objects`);
  const data = parseJsonText(text, name);
  checkJsonDepth(data, name);
  return validateJson(data, name, expected);
}

/**
 * The one reader for every JSON input file (profile, snapshot, keyword set, lexicon, templates,
 * roadmap JSON): bytes through readTextInput (BOM, UTF-16, binary refused), then
 * src/model/json-input.ts (line:column syntax errors, wrong kind named, every field at fault).
 * Each failure is one InputFileError line.
 */
export async function readJsonFile<T extends z.ZodType>(path: string, expected: JsonFileKind<T>): Promise<z.infer<T>> {
  const text = await readTextInput(path, SIZE_KIND[expected.kind]);
  return fromText(text, path === '-' ? 'standard input' : displayPath(path), expected);
}

/** The same, synchronously, for the small template files read while a command starts. */
export function readJsonFileSync<T extends z.ZodType>(path: string, expected: JsonFileKind<T>): z.infer<T> {
  const text = readInputBytesSync(path, SIZE_KIND[expected.kind]).toString('utf8');
  return fromText(text, displayPath(path), expected);
}

/**
 * A file we wrote ourselves (a cache, the token file, the last snapshot): its value, or null when
 * it is missing, damaged or from another version. Never an error: such a file is rebuilt.
 */
export async function readOwnJsonFile<T extends z.ZodType>(path: string, schema: T): Promise<z.infer<T> | null> {
  try {
    const parsed = schema.safeParse(JSON.parse((await readFile(path, 'utf8')).replace(/^\uFEFF/, '')));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/** A JSON Resume profile. */
export function readProfile(path: string): Promise<Profile> {
  return readJsonFile(path, JSON_INPUTS.profile);
}

/** A `roadfolio github sync` snapshot. */
export function readGithubSnapshot(path: string): Promise<GithubSnapshot> {
  return readJsonFile(path, JSON_INPUTS.githubSnapshot);
}

/** A roadmap already parsed to JSON (`roadfolio roadmap FILE --json > roadmap.json`). */
export function readRoadmapJson(path: string): Promise<Roadmap> {
  return readJsonFile(path, JSON_INPUTS.roadmap);
}
