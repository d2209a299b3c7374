import { bundledPath } from './package-files.js';
import { existsSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { EvidenceMap, KeywordSet, Lexicon } from '../model/index.js';
import { validateEvidenceMap } from '../keywords/evidence-map.js';
import { KeywordFileError } from '../keywords/lexicon.js';
import { JSON_INPUTS, parseJsonText } from '../model/json-input.js';
import { checkJsonDepth, displayPath, readInputBytes } from './input-bytes.js';
import { readJsonFile } from './json-file.js';

/** The bundled `keyword-sets/` folder. */
export function bundledKeywordSetsDir(): string {
  return bundledPath('keyword-sets');
}

/** Names of the bundled keyword sets (every `*.json` but the lexicon). */
export async function listKeywordSets(dir = bundledKeywordSetsDir()): Promise<string[]> {
  const files = await readdir(dir);
  return files.filter((file) => file.endsWith('.json') && file !== 'lexicon.json').map((file) => file.slice(0, -5)).sort();
}

/**
 * A keyword set by bundled name (`medical-ai`) or by path to the user's own JSON file,
 * validated; a bad file throws InputFileError naming the file and every field at fault.
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
  return readJsonFile(path, JSON_INPUTS.keywordSet);
}

/** The bundled skills lexicon, validated. */
export async function loadLexicon(dir = bundledKeywordSetsDir()): Promise<Lexicon> {
  return readJsonFile(join(dir, 'lexicon.json'), JSON_INPUTS.lexicon);
}

/** The bundled clinical-to-data evidence map (keyword-sets/evidence-map/clinical-to-data.json), validated. */
export async function loadEvidenceMap(dir = bundledKeywordSetsDir()): Promise<EvidenceMap> {
  const path = join(dir, 'evidence-map', 'clinical-to-data.json');
  const name = displayPath(path);
  const data = parseJsonText((await readInputBytes(path, 'keyword set')).toString('utf8'), name);
  checkJsonDepth(data, name);
  return validateEvidenceMap(data, name);
}
