import type { Matcher } from '../keywords/compile.js';
import type { KeywordSet } from '../model/index.js';
import { loadCompiledKeywords } from '../store/compiled-keywords.js';

/**
 * The keyword set and the compiled lexicon for extraction: from the build's cache for a bundled
 * set (no zod, no compiling: what keeps `roadfolio jd` cold start short), else validated and
 * compiled from the JSON files (a set given as a path, or a checkout without a fresh build).
 */
export async function loadKeywordMatcher(name: string): Promise<{ keywordSet: KeywordSet; matcher: Matcher }> {
  const cached = loadCompiledKeywords(name);
  if (cached) return cached;
  const [{ loadKeywords }, { compileMatcher }] = await Promise.all([import('./keyword-inputs.js'), import('../keywords/compile.js')]);
  const { keywordSet, lexicon } = await loadKeywords(name);
  return { keywordSet, matcher: compileMatcher(lexicon) };
}
