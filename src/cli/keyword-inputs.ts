import { UserError } from './user-error.js';
import { KeywordFileError, extendLexicon } from '../keywords/index.js';
import { InputFileError } from '../store/input-files.js';
import { loadKeywordSet, loadLexicon } from '../store/keyword-sets.js';
import type { KeywordSet, Lexicon } from '../model/index.js';

/** Run an input-reading step; a file the user can fix becomes a one-line UserError (exit 1). */
export async function asUserError<T>(step: () => Promise<T>): Promise<T> {
  try {
    return await step();
  } catch (error) {
    if (error instanceof InputFileError || error instanceof KeywordFileError) throw new UserError(error.message);
    throw error;
  }
}

/** The chosen keyword set and the lexicon extended with it (what JD extraction recognises). */
export async function loadKeywords(name: string): Promise<{ keywordSet: KeywordSet; lexicon: Lexicon }> {
  return asUserError(async () => {
    const keywordSet = await loadKeywordSet(name);
    const lexicon = extendLexicon(await loadLexicon(), keywordSet);
    return { keywordSet, lexicon };
  });
}
