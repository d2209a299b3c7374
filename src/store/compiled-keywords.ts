import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { KeywordSet } from '../model/index.js';
import { COMPILED_FORMAT, deserializeMatcher, type CompiledLexiconFile } from '../keywords/compiled-cache.js';
import type { Matcher } from '../keywords/compile.js';
import { bundledPath } from './package-files.js';

// Where `npm run build` leaves the compiled lexicon of each bundled keyword set, and how a new
// process reads it back without zod or the compiler. Only bundled sets are cached: a set given
// as a path is the user's file and is validated and compiled on every run.

/** The compiled file for a bundled keyword set: dist/keyword-cache/<name>.json. */
export function compiledKeywordsPath(setName: string): string {
  return bundledPath('dist', 'keyword-cache', `${setName}.json`);
}

/** sha256 over the compiler format and the bytes of the lexicon and the set: any edit makes the cache stale. */
export function compiledInputsHash(setName: string): string {
  const dir = bundledPath('keyword-sets');
  const hash = createHash('sha256').update(`roadfolio-compiled-lexicon-${COMPILED_FORMAT}\0`);
  hash.update(readFileSync(join(dir, 'lexicon.json'))).update('\0').update(readFileSync(join(dir, `${setName}.json`)));
  return hash.digest('hex');
}

/**
 * The bundled set `name` and the lexicon extended with it, compiled, read from the build's cache;
 * undefined when `name` is a path, or the cache is missing, stale or unreadable (the caller then
 * validates and compiles the JSON files as usual).
 */
export function loadCompiledKeywords(name: string): { keywordSet: KeywordSet; matcher: Matcher } | undefined {
  if (!/^[a-z0-9-]+$/.test(name)) return undefined;
  try {
    const file = JSON.parse(readFileSync(compiledKeywordsPath(name), 'utf8')) as CompiledLexiconFile;
    if (file.format !== COMPILED_FORMAT || file.inputsHash !== compiledInputsHash(name)) return undefined;
    return { keywordSet: file.keywordSet, matcher: deserializeMatcher(file) };
  } catch {
    return undefined;
  }
}
