import { mentionedTerms } from '../bullets/keyword-mentions.js';
import type { Coverage, KeywordSet } from '../model/index.js';

/**
 * The keyword-set terms a posting asks for: analyze's reading of it (required ones first) when
 * it has one, else the set's terms the text names. Shared by `roadfolio build` and the web app.
 */
export function jobTermsOf(coverage: Coverage, jobText: string, keywordSet: KeywordSet): string[] {
  const known = (coverage.jd?.keywords ?? []).filter((keyword) => keyword.tier !== undefined);
  if (known.length === 0) return mentionedTerms(jobText, keywordSet);
  const required = known.filter((keyword) => keyword.section === 'required');
  return [...required, ...known.filter((keyword) => keyword.section !== 'required')].map((keyword) => keyword.term);
}
