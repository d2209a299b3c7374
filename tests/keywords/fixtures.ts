import { readFileSync } from 'node:fs';
import { extendLexicon, validateKeywordSet, validateLexicon } from '../../src/keywords/lexicon.js';
import type { KeywordSet, Lexicon } from '../../src/model/index.js';

const read = (name: string): unknown => JSON.parse(readFileSync(new URL(`../../keyword-sets/${name}.json`, import.meta.url), 'utf8'));

export const medicalAi: KeywordSet = validateKeywordSet(read('medical-ai'), 'medical-ai.json');
export const dataScience: KeywordSet = validateKeywordSet(read('data-science'), 'data-science.json');
export const lexicon: Lexicon = extendLexicon(validateLexicon(read('lexicon'), 'lexicon.json'), medicalAi, dataScience);
