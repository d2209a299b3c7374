import { bundledPath } from './package-files.js';
import { existsSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { checkJsonDepth, InputFileError, readInputBytes } from './input-bytes.js';
import { join, relative } from 'node:path';
import type { EvidenceMap, KeywordSet, Lexicon } from '../model/index.js';
import { validateEvidenceMap } from '../keywords/evidence-map.js';
import { KeywordFileError, validateKeywordSet, validateLexicon } from '../keywords/lexicon.js';

/** The bundled `keyword-sets/` folder. */
export function bundledKeywordSetsDir(): string {
  return bundledPath('keyword-sets');
}

function shown(path: string): string {
  const fromCwd = relative(process.cwd(), path);
  return fromCwd.startsWith('..') ? path : fromCwd;
}

async function readJson(path: string): Promise<unknown> {
  let text: string;
  try {
    text = (await readInputBytes(path, 'keyword set')).toString('utf8');
  } catch (error) {
    throw error instanceof InputFileError ? new KeywordFileError(error.message) : error;
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new KeywordFileError(`${shown(path)}: not valid JSON (${(error as Error).message})`);
  }
  try {
    checkJsonDepth(json, shown(path));
  } catch (error) {
    throw new KeywordFileError((error as Error).message);
  }
  return json;
}

/** Names of the bundled keyword sets (every `*.json` but the lexicon). */
export async function listKeywordSets(dir = bundledKeywordSetsDir()): Promise<string[]> {
  const files = await readdir(dir);
  return files.filter((file) => file.endsWith('.json') && file !== 'lexicon.json').map((file) => file.slice(0, -5)).sort();
}

/**
 * A keyword set by bundled name (`medical-ai`) or by path to the user's own JSON file,
 * validated; a bad file throws KeywordFileError naming the file and the field.
 */
export async function loadKeywordSet(nameOrPath: string, dir = bundledKeywordSetsDir()): Promise<KeywordSet> {
  const isPath = nameOrPath.endsWith('.json') || nameOrPath.includes('/') || nameOrPath.includes('\\');
  if (!isPath && !/^[a-z0-9-]+$/.test(nameOrPath)) {
    throw new KeywordFileError(`keyword set "${nameOrPath}": a name is lower-case letters, digits and dashes (or give a path to a .json file)`);
  }
  const path = isPath ? nameOrPath : join(dir, `${nameOrPath}.json`);
  if (!isPath && !existsSync(path)) {
    const available = await listKeywordSets(dir);
    throw new KeywordFileError(`keyword set "${nameOrPath}" not found; bundled sets: ${available.join(', ')} (or give a path to a .json file)`);
  }
  return validateKeywordSet(await readJson(path), shown(path));
}

/** The bundled skills lexicon, validated. */
export async function loadLexicon(dir = bundledKeywordSetsDir()): Promise<Lexicon> {
  const path = join(dir, 'lexicon.json');
  return validateLexicon(await readJson(path), shown(path));
}

/** The bundled clinical-to-data evidence map (keyword-sets/evidence-map/clinical-to-data.json), validated. */
export async function loadEvidenceMap(dir = bundledKeywordSetsDir()): Promise<EvidenceMap> {
  const path = join(dir, 'evidence-map', 'clinical-to-data.json');
  return validateEvidenceMap(await readJson(path), shown(path));
}
