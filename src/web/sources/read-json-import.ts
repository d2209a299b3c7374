import type { z } from 'zod';
import { InputFileError, jsonKindOf, parseJsonText, validateJson, type JsonFileKind, type JsonKind } from '../../model/json-input.js';

/** What a dropped JSON file was read as: its value, or every problem in it, in words. */
export type JsonImport<T> = { ok: true; value: T } | { ok: false; summary: string; problems: string[] };

/** Where each kind of file goes in the app, said when one is dropped in the wrong place. */
const PLACE: Partial<Record<JsonKind, string>> = {
  profile: 'import it under Profile',
  'github-snapshot': 'import it under GitHub repos',
  roadmap: 'the Roadmap box takes the roadmap itself (markdown), not its JSON',
  coverage: 'it is an output of Roadfolio, not an input',
};

const NAMES: Partial<Record<JsonKind, string>> = { profile: 'a JSON Resume (resume.json)', 'github-snapshot': 'a GitHub snapshot (github-snapshot.json)' };

/**
 * A dropped JSON file read by the CLI's own reader (src/model/json-input.ts: a BOM ignored,
 * syntax errors with line and column, every schema problem with its field path in plain words),
 * worded for the web app: a file of another kind is named with where it goes here, not a CLI flag.
 */
export function readJsonImport<T extends z.ZodType>(text: string, name: string, expected: JsonFileKind<T>): JsonImport<z.infer<T>> {
  const wanted = NAMES[expected.kind] ?? expected.kind;
  if (text.replace(/^\uFEFF/, '').trim() === '') return { ok: false, summary: `${name} is empty: choose ${wanted}.`, problems: [] };
  try {
    const data = parseJsonText(text, name);
    const found = jsonKindOf(data);
    if (found !== undefined && found.kind !== expected.kind) {
      const place = PLACE[found.kind];
      return { ok: false, summary: `${name} is ${found.description}, not ${wanted}${place ? `: ${place}` : ''}.`, problems: [] };
    }
    return { ok: true, value: validateJson(data, name, expected) };
  } catch (error) {
    if (!(error instanceof InputFileError)) throw error;
    if (error.problems.length > 1 || error.problems[0] !== error.message) {
      const count = error.problems.length;
      return { ok: false, summary: `${name} has ${count === 1 ? 'a problem' : `${count} problems`}; fix ${count === 1 ? 'it' : 'them'} and import it again:`, problems: error.problems };
    }
    return { ok: false, summary: error.message, problems: [] };
  }
}
