import { STOPWORDS, stemToken, tokenizeWords } from './natural.js';
import { foldToken } from './tokens.js';

// Word beginnings survive both spelling variants and inflection ("visualisation"/"visualization",
// "deploying models"/"model deployment") where Porter stems do not ("deploi"/"deploy").
const PREFIX = 5;

function wordStarts(text: string): Set<string> {
  return new Set(tokenizeWords(text).map(foldToken).filter((token) => !STOPWORDS.has(token)).map((token) => token.slice(0, PREFIX)));
}

/**
 * Whether two phrasings are the same words in another form (a spelling, an inflection, another
 * order) rather than a different term (a synonym or acronym). Only then is "use the posting's
 * words" advice the user can follow honestly.
 */
export function sameWordsOtherForm(yours: string, theirs: string): boolean {
  // One word in another inflection ("presented" / "present", "dashboards" / "dashboard") is no
  // advice worth giving: ATS stemming matches it, and the rewrite often reads wrong.
  const yourWords = tokenizeWords(yours).map(foldToken);
  const theirWords = tokenizeWords(theirs).map(foldToken);
  if (yourWords.length === 1 && theirWords.length === 1 && stemToken(yourWords[0]!) === stemToken(theirWords[0]!)) return false;
  const a = wordStarts(yours);
  const b = wordStarts(theirs);
  if (a.size === 0 || b.size === 0) return false;
  let shared = 0;
  for (const start of a) if (b.has(start)) shared++;
  return shared / Math.max(a.size, b.size) >= 2 / 3;
}
