import type { Keyword, KeywordSet, Tier } from '../model/index.js';

export interface KeywordEntry { keyword: Keyword; tier: Tier; rank: number }

/** Every keyword of a set with its tier and its place in the set (must-haves first). */
export function keywordEntries(keywordSet: KeywordSet): KeywordEntry[] {
  let entries = entriesCache.get(keywordSet);
  if (!entries) {
    entries = entriesOf(keywordSet);
    entriesCache.set(keywordSet, entries);
  }
  return entries;
}

const entriesCache = new WeakMap<KeywordSet, KeywordEntry[]>();

function entriesOf(keywordSet: KeywordSet): KeywordEntry[] {
  return [
    ...keywordSet.mustHave.map((keyword) => ({ keyword, tier: 'mustHave' as const })),
    ...keywordSet.goodToHave.map((keyword) => ({ keyword, tier: 'goodToHave' as const })),
  ].map((entry, rank) => ({ ...entry, rank }));
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

// Letters (Latin with accents), digits, `+` and `#` count as word characters (C++, C#). Written as a
// plain class, not \p{L}: V8 compiles case-insensitive Unicode-property patterns very slowly
// (over a second for a 170-keyword set on first use).
const WORD = '[A-Za-z0-9\\u00C0-\\u024F+#]';

/** Word-boundary pattern for one form. */
function formPattern(form: string, caseSensitive: boolean): RegExp {
  const body = escape(form).replace(/[\s-]+/g, '[\\s-]+');
  return new RegExp(`(?<!${WORD})${body}(?!${WORD})`, caseSensitive ? '' : 'i');
}

const patternCache = new WeakMap<Keyword, RegExp[]>();

function patternsOf(keyword: Keyword): RegExp[] {
  let patterns = patternCache.get(keyword);
  if (!patterns) {
    const forms = [keyword.term, ...keyword.aliases, ...(keyword.acronym ? [keyword.acronym] : [])];
    // An acronym is always matched with its case: "ML" is a keyword, "ml" in "5 ml" is not.
    patterns = forms.map((form) => formPattern(form, keyword.caseSensitive || form === keyword.acronym));
    patternCache.set(keyword, patterns);
  }
  return patterns;
}

/** Does the text name this keyword, by its term, an alias or its acronym? */
export function mentions(text: string, keyword: Keyword): boolean {
  return patternsOf(keyword).some((pattern) => pattern.test(text));
}

/**
 * Canonical terms of the keywords a text names. The ATS read-back check runs this on resume.json's
 * text and on the text extracted from the PDF: the two sets must be equal.
 */
export function mentionedTerms(text: string, keywordSet: KeywordSet): string[] {
  return keywordEntries(keywordSet).filter((entry) => mentions(text, entry.keyword)).map((entry) => entry.keyword.term);
}

/** Where a text names this keyword: [start, end) character spans of every form found. */
export function mentionSpans(text: string, keyword: Keyword): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  const patterns = patternsOf(keyword);
  // Most texts name few of the set's keywords: test first, and only search a form that is there.
  if (!patterns.some((pattern) => pattern.test(text))) return spans;
  for (const global of globalPatternsOf(keyword)) {
    for (const match of text.matchAll(global)) spans.push([match.index, match.index + match[0].length]);
  }
  return spans;
}

const globalCache = new WeakMap<Keyword, RegExp[]>();

/** The same patterns with the `g` flag, made once per keyword (matchAll clones them, so sharing is safe). */
function globalPatternsOf(keyword: Keyword): RegExp[] {
  let patterns = globalCache.get(keyword);
  if (!patterns) {
    patterns = patternsOf(keyword).map((pattern) => new RegExp(pattern.source, `${pattern.flags}g`));
    globalCache.set(keyword, patterns);
  }
  return patterns;
}
