// `npm run build` runs this (node dist/src/store/write-compiled-keywords.js): every bundled
// keyword set, with the lexicon extended by it, compiled once and written to dist/keyword-cache/.
import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { pathToFileURL } from 'node:url';
import { compileMatcher } from '../keywords/compile.js';
import { serializeMatcher } from '../keywords/compiled-cache.js';
import { extendLexicon } from '../keywords/lexicon.js';
import { compiledInputsHash, compiledKeywordsPath } from './compiled-keywords.js';
import { listKeywordSets, loadKeywordSet, loadLexicon } from './keyword-sets.js';

/** Compile and write the cache of one bundled set (atomically: a reader never sees half a file). */
export async function writeCompiledKeywords(setName: string): Promise<string> {
  const keywordSet = await loadKeywordSet(setName);
  const matcher = compileMatcher(extendLexicon(await loadLexicon(), keywordSet));
  const path = compiledKeywordsPath(setName);
  mkdirSync(dirname(path), { recursive: true });
  const temporary = `${path}.${process.pid}.tmp`;
  writeFileSync(temporary, JSON.stringify(serializeMatcher(matcher, keywordSet, compiledInputsHash(setName))));
  renameSync(temporary, path);
  return path;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  for (const name of await listKeywordSets()) await writeCompiledKeywords(name);
}
