import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { compileMatcher, extractJobKeywords, findKeywords } from '../../src/keywords/index.js';
import { deserializeMatcher, serializeMatcher, type CompiledLexiconFile } from '../../src/keywords/compiled-cache.js';
import { loadCompiledKeywords } from '../../src/store/compiled-keywords.js';
import { lexicon, medicalAi } from './fixtures.js';

// The compiled lexicon that `npm run build` writes (dist/keyword-cache/) must match exactly what
// compiling the JSON gives, and the jd command must not load the heavy modules.
const fixtures = ['postings-unseen', 'postings-unseen-2'].flatMap((folder) => {
  const dir = fileURLToPath(new URL(`../fixtures/${folder}`, import.meta.url));
  return readdirSync(dir).filter((file) => /\.(md|txt)$/.test(file) && !/^README/.test(file)).map((file) => readFileSync(join(dir, file), 'utf8'));
});

describe('compiled lexicon file', () => {
  const compiled = compileMatcher(lexicon);
  // Through JSON text, as the file is read: nothing of the compiled objects survives.
  const stored = deserializeMatcher(JSON.parse(JSON.stringify(serializeMatcher(compiled, medicalAi, 'test'))) as CompiledLexiconFile);

  it('gives the same skills, sections and unknown candidates as compiling the JSON, on every fixture posting', () => {
    for (const text of fixtures) {
      expect(extractJobKeywords(text, stored, { keywordSet: medicalAi })).toEqual(extractJobKeywords(text, compiled, { keywordSet: medicalAi }));
    }
    expect(findKeywords('Python or R, HL7 FHIR, ICD-10 and Tableau; go the extra mile', stored)).toEqual(findKeywords('Python or R, HL7 FHIR, ICD-10 and Tableau; go the extra mile', compiled));
    expect(stored.keywords.map((keyword) => keyword.term)).toEqual(compiled.keywords.map((keyword) => keyword.term));
  });

  it('a file of another format is refused, and a set given as a path is never read from the cache', () => {
    expect(() => deserializeMatcher({ format: 1 } as unknown as CompiledLexiconFile)).toThrow(/not this format/);
    expect(loadCompiledKeywords('./my-set.json')).toBeUndefined();
  });

  it('roadfolio jd loads neither zod nor react nor react-pdf (what keeps its cold start short)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'roadfolio-jd-modules-'));
    try {
      const hooks = join(dir, 'hooks.mjs');
      writeFileSync(hooks, `import { register } from 'node:module';\nregister('data:text/javascript,' + encodeURIComponent("export async function resolve(s, c, n) { const r = await n(s, c); process.stderr.write('LOADED ' + r.url + '\\\\n'); return r; }"));\n`);
      const posting = join(dir, 'posting.txt');
      writeFileSync(posting, 'Data Analyst\n\nRequirements\n- SQL and Python\n');
      const bin = fileURLToPath(new URL('../../bin/roadfolio.js', import.meta.url));
      const result = spawnSync(process.execPath, ['--import', hooks, bin, 'jd', posting, '--json'], { encoding: 'utf8', timeout: 60_000 });
      expect(result.status, result.stderr).toBe(0);
      const loaded = result.stderr.split('\n').filter((line) => line.startsWith('LOADED '));
      expect(loaded.length).toBeGreaterThan(5);
      expect(loaded.filter((line) => /node_modules\/(zod|react|react-dom|@react-pdf|docx|unpdf|octokit)\//.test(line))).toEqual([]);
      expect(JSON.parse(result.stdout).keywords.map((keyword: { term: string }) => keyword.term)).toEqual(expect.arrayContaining(['SQL', 'Python']));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 90_000);
});
