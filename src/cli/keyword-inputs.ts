import { asUserError } from './as-user-error.js';
import { extendLexicon } from '../keywords/lexicon.js';
import { loadKeywordSet, loadLexicon } from '../store/keyword-sets.js';
import type { KeywordSet, Lexicon } from '../model/index.js';

export { asUserError };

/** The chosen keyword set and the lexicon extended with it (what JD extraction recognises). */
export async function loadKeywords(name: string): Promise<{ keywordSet: KeywordSet; lexicon: Lexicon }> {
  return asUserError(async () => {
    const keywordSet = await loadKeywordSet(name);
    const lexicon = extendLexicon(await loadLexicon(), keywordSet);
    return { keywordSet, lexicon };
  });
}
