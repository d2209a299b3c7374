import type { z } from 'zod';
import { PhraseBook, ResumeTemplate } from './bullet.js';
import { formatIssues, issueLines } from './format-issues.js';
import { GithubSnapshot } from './github.js';
import { KeywordSet, Lexicon } from './keyword-set.js';
import { Profile } from './resume.js';
import { Roadmap } from './roadmap.js';

/**
 * JSON inputs, read one way everywhere (src/store/json-file.ts for files in Node, the web app for
 * dropped files): a BOM is ignored, syntax errors say `file:line:column`, a file of another kind is
 * named as such, and every schema problem is listed with its path in plain words.
 */

import { InputFileError } from './input-file-error.js';
export { InputFileError };

/** The kinds of JSON file Roadfolio reads, told apart by their top-level keys. */
export type JsonKind = 'profile' | 'github-snapshot' | 'keyword-set' | 'lexicon' | 'phrase-book' | 'resume-template' | 'roadmap' | 'coverage';

interface KindSignature { kind: JsonKind; description: string; flag?: string; test: (keys: ReadonlySet<string>) => boolean }

const has = (keys: ReadonlySet<string>, ...wanted: string[]) => wanted.every((key) => keys.has(key));

// Most specific first: coverage.json has `keywordSet` and `mustHave`, like nothing else.
const SIGNATURES: KindSignature[] = [
  { kind: 'github-snapshot', description: 'a GitHub snapshot (from `roadfolio github sync`)', flag: '--github-snapshot', test: (keys) => has(keys, 'repos', 'fetchedAt') },
  { kind: 'coverage', description: 'a coverage report (coverage.json from `roadfolio build` or `analyze --json`)', test: (keys) => has(keys, 'keywordSet', 'mustHave', 'score') },
  { kind: 'keyword-set', description: 'a keyword set', flag: '--keywords', test: (keys) => has(keys, 'mustHave', 'goodToHave') },
  { kind: 'lexicon', description: 'a skills lexicon', test: (keys) => has(keys, 'terms') && !keys.has('basics') },
  { kind: 'roadmap', description: 'a roadmap (from `roadfolio roadmap --json`)', flag: '--roadmap', test: (keys) => has(keys, 'phases', 'items') },
  { kind: 'phrase-book', description: 'a phrase template file', test: (keys) => has(keys, 'verbs', 'templates') },
  { kind: 'resume-template', description: 'a resume template', flag: '--template', test: (keys) => has(keys, 'sections', 'maxBulletsPerEntry') },
  { kind: 'profile', description: 'a JSON Resume profile', flag: '--profile', test: (keys) => ['basics', 'work', 'education', 'skills', 'projects'].some((key) => keys.has(key)) },
];

/** What a parsed JSON value looks like, or undefined when it looks like none of our kinds. */
export function jsonKindOf(data: unknown): { kind: JsonKind; description: string; flag?: string } | undefined {
  if (data === null || typeof data !== 'object' || Array.isArray(data)) return undefined;
  const keys = new Set(Object.keys(data));
  const found = SIGNATURES.find((signature) => signature.test(keys));
  return found === undefined ? undefined : { kind: found.kind, description: found.description, ...(found.flag ? { flag: found.flag } : {}) };
}

/** 1-based line and column of a character offset. */
export function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, Math.max(0, Math.min(offset, text.length)));
  const lines = before.split('\n');
  return { line: lines.length, column: (lines[lines.length - 1]?.length ?? 0) + 1 };
}

/**
 * JSON.parse's error as `name:line:column: not valid JSON: what`. V8 reports a character offset
 * ("at position 254"), which nobody can find in an editor; an unexpected end has no offset and is
 * placed at the end of the text.
 */
export function describeJsonSyntaxError(text: string, name: string, error: Error): string {
  const position = /at position (\d+)/.exec(error.message)?.[1];
  const offset = position !== undefined ? Number(position) : text.length;
  const { line, column } = lineAndColumn(text, offset);
  if (offset >= text.trimEnd().length) return `${name}:${line}:${column}: not valid JSON: the file ends too early (a missing } or ]?)`;
  const what = error.message
    .replace(/^Unexpected token '(.)', ".*" is not valid JSON$/s, 'unexpected $1')
    .replace(/ in JSON at position \d+( \(line \d+ column \d+\))?$/, '');
  return `${name}:${line}:${column}: not valid JSON: ${what}`;
}

export interface JsonFileKind<T extends z.ZodType> {
  kind: JsonKind;
  schema: T;
  /** What to do when the file does not fit (appended to the message). */
  hint?: string;
}

/** Every kind of JSON input, with its schema and what to do when it does not fit. */
export const JSON_INPUTS = {
  profile: { kind: 'profile', schema: Profile },
  githubSnapshot: { kind: 'github-snapshot', schema: GithubSnapshot, hint: 'sync it again with `roadfolio github sync`' },
  roadmap: { kind: 'roadmap', schema: Roadmap, hint: 'make it again with `roadfolio roadmap FILE --json`' },
  keywordSet: { kind: 'keyword-set', schema: KeywordSet },
  lexicon: { kind: 'lexicon', schema: Lexicon },
  phraseBook: { kind: 'phrase-book', schema: PhraseBook },
  resumeTemplate: { kind: 'resume-template', schema: ResumeTemplate },
} as const satisfies Record<string, JsonFileKind<z.ZodType>>;

const KIND_NAMES: Record<JsonKind, string> = {
  profile: 'a JSON Resume profile',
  'github-snapshot': 'a GitHub snapshot',
  'keyword-set': 'a keyword set',
  lexicon: 'a skills lexicon',
  'phrase-book': 'a phrase template file',
  'resume-template': 'a resume template',
  roadmap: 'a roadmap (roadfolio roadmap --json)',
  coverage: 'a coverage report',
};

/** Parse JSON text read from `name` (a BOM is ignored): syntax errors name the line and column. */
export function parseJsonText(text: string, name: string): unknown {
  const clean = text.replace(/^\uFEFF/, '');
  try {
    return JSON.parse(clean);
  } catch (error) {
    throw new InputFileError(describeJsonSyntaxError(clean, name, error as Error));
  }
}

/** Validate parsed JSON as the kind of input it should be; `name` starts every message. */
export function validateJson<T extends z.ZodType>(data: unknown, name: string, expected: JsonFileKind<T>): z.infer<T> {
  const found = jsonKindOf(data);
  if (found !== undefined && found.kind !== expected.kind) {
    throw new InputFileError(`${name}: this is ${found.description}, not ${KIND_NAMES[expected.kind]}${found.flag ? `; pass it with ${found.flag}` : ''}`);
  }
  const result = expected.schema.safeParse(data);
  if (!result.success) {
    throw new InputFileError(`${name}: ${formatIssues(result.error)}${expected.hint ? `; ${expected.hint}` : ''}`, issueLines(result.error));
  }
  return result.data;
}

/** JSON text of a known kind, parsed and validated. */
export function readJsonText<T extends z.ZodType>(text: string, name: string, expected: JsonFileKind<T>): z.infer<T> {
  return validateJson(parseJsonText(text, name), name, expected);
}
