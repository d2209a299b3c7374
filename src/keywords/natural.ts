// The one door to `natural`. Its package index prints dotenv lines on stdout, reads ./.env and
// loads database drivers, so we import single files by path (see src/types/natural.d.ts) and
// nothing else in the code base imports natural directly.
import PorterStemmer from 'natural/lib/natural/stemmers/porter_stemmer.js';
import { RegexpTokenizer } from 'natural/lib/natural/tokenizers/regexp_tokenizer.js';
import TfIdf from 'natural/lib/natural/tfidf/tfidf.js';
import NGrams from 'natural/lib/natural/ngrams/ngrams.js';
import JaroWinklerDistance from 'natural/lib/natural/distance/jaro-winkler_distance.js';
import { words as stopwordList } from 'natural/lib/natural/util/stopwords.js';

/**
 * Word tokens: letters and digits, with a trailing `++` or `#` kept (C++, C#, F#). Everything
 * else (hyphen, slash, dot, ampersand, space) separates tokens; the matcher looks at what stood
 * between two tokens to tell `CI/CD` and `U-Net` (joined) from `Python, R` (a list).
 */
const wordTokenizer = new RegexpTokenizer({ pattern: /[\p{L}\p{N}]+(?:\+\+|#)?/gu, gaps: false });

export function tokenizeWords(text: string): string[] {
  return wordTokenizer.tokenize(text) ?? [];
}

// Porter stemming costs ~1.4 ms per 600 words uncached and ~0.01 ms cached; vocabularies are
// small, so one cache for the life of the process (or browser tab) is the whole optimisation.
const stemCache = new Map<string, string>();
const STEM_CACHE_LIMIT = 200_000;

/** Porter stem of a lower-case token; tokens with digits or symbols, and short ones, stay as they are. */
export function stemToken(lower: string): string {
  const cached = stemCache.get(lower);
  if (cached !== undefined) return cached;
  const stem = lower.length > 3 && /^\p{Ll}+$/u.test(lower) ? PorterStemmer.stem(lower) : lower;
  if (stemCache.size >= STEM_CACHE_LIMIT) stemCache.clear();
  stemCache.set(lower, stem);
  return stem;
}

export function jaroWinkler(a: string, b: string): number {
  return JaroWinklerDistance(a, b, { ignoreCase: true });
}

export function ngrams(tokens: string[], n: number): string[][] {
  return NGrams.ngrams(tokens, n);
}

/** A TF-IDF index over documents given as token arrays or term-count maps ("a b" phrases are fine as terms). */
export function createTfIdf(documents: (string[] | Record<string, number>)[]): { idf(term: string): number } {
  const index = new TfIdf();
  for (const document of documents) index.addDocument(document);
  return { idf: (term) => index.idf(term) };
}

/** natural's English stopword list, as a set. */
export const STOPWORDS: ReadonlySet<string> = new Set(stopwordList);
