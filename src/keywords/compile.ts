import type { Keyword, KeywordSet, Lexicon, MatchForm, Tier } from '../model/index.js';
import { foldToken } from './tokens.js';
import { stemToken, tokenizeWords } from './natural.js';
import { generatedVariants, splitParenthesisedAcronym } from './inflections.js';

/** A keyword as the matcher knows it: the set's tier travels with it. */
export type MatchableKeyword = Keyword & { tier?: Tier };

/** One written form of a keyword (its term, an alias or its acronym) as a token sequence. */
export interface CompiledForm {
  keyword: MatchableKeyword;
  kind: Exclude<MatchForm, 'stem' | 'mapped'>;
  /** Tokens as written in the keyword set (for case-sensitive checks). */
  raw: string[];
  /** Folded tokens joined by a space: the text matched it literally when these are equal. */
  lowerKey: string;
  lower: string[];
  /** Must match letter case: acronyms, and single-token forms of case-sensitive keywords. */
  caseSensitive: boolean;
  /** Also an ordinary word (R, Go): counts only when the context says so. */
  needsContext: boolean;
  /** Generated from a listed form (analyses, deidentification, visualisation), not written in the keyword file. */
  generated?: boolean;
}

export interface TrieNode {
  next: Map<string, TrieNode> | undefined;
  forms: CompiledForm[] | undefined;
}

/** A keyword set or lexicon turned into a trie over stemmed token sequences, built once and reused. */
export interface Matcher {
  name: string;
  keywords: MatchableKeyword[];
  root: TrieNode;
}

/** Keyword by folded written form. */
export interface FormLookup { get(key: string): MatchableKeyword | undefined }

/**
 * Every written form of every known keyword, case-folded ("excel", "hl7 fhir"): "EXCEL" is
 * Excel, not a new skill. Looked up by walking the trie along the key's stems (a form's folded
 * words decide its path), so nothing is tokenised again and no table of all forms is built.
 */
export function knownFormsOf(matcher: Matcher): FormLookup {
  return {
    get(key) {
      let node: TrieNode | undefined = matcher.root;
      for (const word of key.split(' ')) {
        node = node.next?.get(stemToken(word));
        if (node === undefined) return undefined;
      }
      return node.forms?.find((form) => form.lowerKey === key)?.keyword;
    },
  };
}

export type MatcherSource = KeywordSet | Lexicon | Matcher;

function isMatcher(source: MatcherSource): source is Matcher {
  return 'root' in source;
}

/** Every keyword of a set or lexicon, set keywords tagged with their tier. */
export function keywordsOf(source: KeywordSet | Lexicon): MatchableKeyword[] {
  if ('terms' in source) return source.terms;
  return [
    ...source.mustHave.map((keyword) => ({ ...keyword, tier: 'mustHave' as const })),
    ...source.goodToHave.map((keyword) => ({ ...keyword, tier: 'goodToHave' as const })),
  ];
}

/** An alias written in capitals ("DOE", "SAP", "HCC") is an acronym: it matches only in its case ("does" is not DOE). */
const ACRONYM_LIKE = /^[A-Z][A-Z0-9&]{1,5}s?$/;

function compileForm(keyword: MatchableKeyword, written: string, kind: CompiledForm['kind'], generated = false): CompiledForm | undefined {
  const raw = tokenizeWords(written);
  if (raw.length === 0) return undefined;
  const lower = raw.map(foldToken);
  const single = raw.length === 1;
  return {
    keyword,
    kind,
    raw,
    lower,
    lowerKey: lower.join(' '),
    caseSensitive: kind === 'acronym' || (keyword.caseSensitive && single) || (kind === 'alias' && single && ACRONYM_LIKE.test(written)),
    // Aliases are specific spellings (Golang, Apache Spark); only the bare term and acronym are ambiguous.
    needsContext: keyword.context !== undefined && single && kind !== 'alias',
    ...(generated ? { generated } : {}),
  };
}

/**
 * Every written form of a keyword: its term, aliases and acronym as listed, plus the forms
 * generated from them (inflections.ts): "Time-to-Event Analysis" also matches "time-to-event
 * analyses", "De-identification" also "deidentify". A "(HCC)" ending gives the acronym.
 */
function formsOf(keyword: MatchableKeyword): CompiledForm[] {
  const listed: [string, CompiledForm['kind']][] = [[keyword.term, 'exact'], ...keyword.aliases.map((alias) => [alias, 'alias'] as [string, CompiledForm['kind']])];
  const forms: (CompiledForm | undefined)[] = [];
  const seen = new Set<string>();
  const add = (written: string, kind: CompiledForm['kind'], generated: boolean) => {
    const form = compileForm(keyword, written, kind, generated);
    if (!form || seen.has(`${form.lowerKey}|${form.caseSensitive}`)) return;
    seen.add(`${form.lowerKey}|${form.caseSensitive}`);
    forms.push(form);
  };
  for (const [written, kind] of listed) {
    const split = splitParenthesisedAcronym(written);
    add(split ? split.full : written, kind, false);
    if (split) add(split.acronym, 'acronym', true);
  }
  if (keyword.acronym !== undefined) add(keyword.acronym, 'acronym', false);
  // Forms that are also ordinary words count only in context ("Dice", "Clarity", "PK").
  if (keyword.context !== undefined) {
    for (const written of keyword.ambiguous ?? []) {
      const form = compileForm(keyword, written, 'alias');
      if (!form) continue;
      forms.push({ ...form, caseSensitive: /\p{Lu}/u.test(written), needsContext: true });
    }
  }
  for (const [written, kind] of listed) {
    const base = splitParenthesisedAcronym(written)?.full ?? written;
    // A case-sensitive one-word term (R, Go, Segment) has no inflections worth guessing.
    if (keyword.caseSensitive && tokenizeWords(base).length === 1) continue;
    for (const variant of generatedVariants(base)) add(variant, kind === 'exact' ? 'alias' : kind, true);
  }
  return forms.filter((form): form is CompiledForm => form !== undefined);
}

function insert(root: TrieNode, form: CompiledForm): void {
  let node = root;
  for (const token of form.lower) {
    const stem = stemToken(token);
    node.next ??= new Map();
    let child = node.next.get(stem);
    if (!child) {
      child = { next: undefined, forms: undefined };
      node.next.set(stem, child);
    }
    node = child;
  }
  node.forms ??= [];
  // The same keyword written twice (term and alias that stem alike) keeps its first, more exact form first.
  node.forms.push(form);
}

const compiled = new WeakMap<object, Matcher>();

/**
 * Compile a keyword set or lexicon into a matcher (cached per object, so passing the same set
 * again costs nothing). A compiled matcher passes through unchanged.
 */
export function compileMatcher(source: MatcherSource): Matcher {
  if (isMatcher(source)) return source;
  const cached = compiled.get(source);
  if (cached) return cached;
  const keywords = keywordsOf(source);
  const root: TrieNode = { next: undefined, forms: undefined };
  for (const keyword of keywords) for (const form of formsOf(keyword)) insert(root, form);
  const matcher: Matcher = { name: source.name, keywords, root };
  compiled.set(source, matcher);
  return matcher;
}
