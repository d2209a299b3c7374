import { useEffect, useMemo, useState } from 'react';
import { compileMatcher, type Matcher } from '../../keywords/compile.js';
import { extendLexicon, validateLexicon } from '../../keywords/lexicon.js';
import type { KeywordSet, Lexicon } from '../../model/index.js';

/**
 * The skills lexicon `roadfolio analyze` reads a job description with (keyword-sets/lexicon.json,
 * extended with the chosen set), loaded the first time a posting is entered: it is not needed to
 * show a score, so it stays off the first screen. Until it is in, postings are read with the set.
 */
export function useJobLexicon(keywordSet: KeywordSet | null, wanted: boolean): Matcher | undefined {
  const [lexicon, setLexicon] = useState<Lexicon | null>(null);
  useEffect(() => {
    if (!wanted || lexicon !== null) return;
    let cancelled = false;
    import('../../../keyword-sets/lexicon.json')
      .then((module) => { if (!cancelled) setLexicon(validateLexicon(module.default, 'keyword-sets/lexicon.json')); })
      .catch(() => undefined); // Without it, postings are read with the keyword set, as `roadfolio build` does.
    return () => { cancelled = true; };
  }, [wanted, lexicon]);
  // Compiled once per keyword set, not on every keystroke.
  return useMemo(() => (lexicon === null || keywordSet === null ? undefined : compileMatcher(extendLexicon(lexicon, keywordSet))), [lexicon, keywordSet]);
}
