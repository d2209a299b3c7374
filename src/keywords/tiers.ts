import type { Keyword, KeywordSet, Tier } from '../model/index.js';
import { keywordsOf } from './compile.js';

/** Which tier of a set a lexicon keyword belongs to, by any shared written form (term, alias, acronym). */
export function tierLookup(set: KeywordSet): (keyword: Keyword) => Tier | undefined {
  const tierByForm = new Map<string, Tier>();
  for (const keyword of keywordsOf(set)) {
    for (const form of [keyword.term, ...keyword.aliases, keyword.acronym]) {
      if (form !== undefined && !tierByForm.has(form.toLowerCase())) tierByForm.set(form.toLowerCase(), keyword.tier!);
    }
  }
  return (keyword) => {
    const byTerm = tierByForm.get(keyword.term.toLowerCase());
    if (byTerm) return byTerm;
    if (keyword.acronym !== undefined) return tierByForm.get(keyword.acronym.toLowerCase());
    return undefined;
  };
}
