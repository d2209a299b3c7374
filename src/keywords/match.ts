import type { MatchForm } from '../model/index.js';
import { compileMatcher, type CompiledForm, type MatchableKeyword, type MatcherSource, type TrieNode } from './compile.js';
import { hasToolNeighbour, judgeContext } from './context.js';
import { Gap, gapText, tokenizeText, type TokenStream } from './tokens.js';

/** One keyword found in a text: which form matched and exactly where. */
export interface KeywordMatch {
  keyword: MatchableKeyword;
  /** Canonical term of the keyword. */
  term: string;
  form: MatchForm;
  /** The words as written in the text. */
  matched: string;
  /** Character offsets in the text. */
  start: number;
  end: number;
  /** Token indexes (inclusive) in the text's token stream. */
  firstToken: number;
  lastToken: number;
}

// A stemmed match must still look like the same word: Porter maps "community" and "communication"
// (and "organ"/"organization") to one stem, but inflections differ from the form by a few letters.
const MAX_STEM_LENGTH_DIFFERENCE = 3;

function caseMatches(form: CompiledForm, stream: TokenStream, first: number): boolean {
  for (let k = 0; k < form.raw.length; k++) {
    const written = stream.raw[first + k]!;
    const expected = form.raw[k]!;
    if (written === expected) continue;
    // Plural acronyms and names: "CNNs", "LLMs", "EHRs".
    if (k === form.raw.length - 1 && written === `${expected}s`) continue;
    return false;
  }
  return true;
}

function stemVariantPlausible(form: CompiledForm, stream: TokenStream, first: number): boolean {
  for (let k = 0; k < form.lower.length; k++) {
    const written = stream.lower[first + k]!;
    if (Math.abs(written.length - form.lower[k]!.length) > MAX_STEM_LENGTH_DIFFERENCE) return false;
  }
  return true;
}

/** The text has exactly this form's words (case aside): compared token by token, no string built. */
function literallyEqual(form: CompiledForm, stream: TokenStream, first: number): boolean {
  for (let k = 0; k < form.lower.length; k++) if (stream.lower[first + k] !== form.lower[k]) return false;
  return true;
}

interface Candidate { form: CompiledForm; literal: boolean }

/** The best form ending at this trie node for tokens first..last: a literal form beats a stem variant. */
function pickForm(forms: CompiledForm[], stream: TokenStream, first: number): Candidate | undefined {
  let variant: CompiledForm | undefined;
  for (const form of forms) {
    if (form.caseSensitive && !caseMatches(form, stream, first)) continue;
    if (literallyEqual(form, stream, first)) return { form, literal: true };
    if (form.caseSensitive) return { form, literal: true }; // "CNNs" for CNN: the acronym as written
    if (variant === undefined && stemVariantPlausible(form, stream, first)) variant = form;
  }
  return variant === undefined ? undefined : { form: variant, literal: false };
}

interface Found { candidate: Candidate; first: number; last: number }

function longestAt(root: TrieNode, stream: TokenStream, first: number): Found | undefined {
  let node = root.next?.get(stream.stem[first]!);
  let best: Found | undefined;
  let last = first;
  while (node) {
    if (node.forms) {
      const candidate = pickForm(node.forms, stream, first);
      if (candidate) best = { candidate, first, last };
    }
    last++;
    // A phrase runs across spaces and joiners (U-Net, CI/CD), never across a comma or a full stop.
    if (last >= stream.raw.length || stream.gap[last]! > Gap.SPACE) break;
    node = node.next?.get(stream.stem[last]!);
  }
  return best;
}

function toMatch(found: Found, stream: TokenStream): KeywordMatch {
  const { form, literal } = found.candidate;
  const start = stream.start[found.first]!;
  const end = stream.end[found.last]!;
  return {
    keyword: form.keyword,
    term: form.keyword.term,
    form: literal ? form.kind : 'stem',
    matched: stream.text.slice(start, end),
    start,
    end,
    firstToken: found.first,
    lastToken: found.last,
  };
}

/**
 * Every keyword in a token stream, in one left-to-right pass over a trie of stemmed token
 * sequences. At each token the longest phrase wins and its tokens are consumed, so "machine
 * learning engineer" is never also "learning". Bare ambiguous terms are kept only when
 * their context, or another tool named beside them, says they are the tool.
 */
export function findKeywordsInStream(stream: TokenStream, source: MatcherSource): KeywordMatch[] {
  const { root } = compileMatcher(source);
  const found: Found[] = [];
  let hasAmbiguous = false;
  for (let index = 0; index < stream.raw.length; ) {
    const hit = longestAt(root, stream, index);
    if (!hit) { index++; continue; }
    found.push(hit);
    if (hit.candidate.form.needsContext) hasAmbiguous = true;
    index = hit.last + 1;
  }
  if (!hasAmbiguous) return found.map((hit) => toMatch(hit, stream));
  return resolveAmbiguous(found, stream).map((hit) => toMatch(hit, stream));
}

function resolveAmbiguous(found: Found[], stream: TokenStream): Found[] {
  const verdicts = found.map((hit) => {
    const { form } = hit.candidate;
    return form.needsContext && form.keyword.context ? judgeContext(stream, hit.first, hit.last, form.keyword.context) : 'tool';
  });
  // Tools named for sure vouch for unsure neighbours ("Python or R"); soft skills vouch for nothing.
  const toolAt = new Uint8Array(stream.raw.length);
  found.forEach((hit, index) => {
    if (verdicts[index] === 'tool' && hit.candidate.form.keyword.category !== 'soft-skill') {
      for (let k = hit.first; k <= hit.last; k++) toolAt[k] = 1;
    }
  });
  const accepted = found.map((hit, index) => verdicts[index] === 'tool' || (verdicts[index] === 'unsure' && hasToolNeighbour(stream, hit.first, hit.last, toolAt)));
  // Two unsure terms joined as a list ("Go or Rust", "R, Julia") vouch for each other.
  for (let index = 1; index < found.length; index++) {
    if (verdicts[index] !== 'unsure' || verdicts[index - 1] !== 'unsure') continue;
    if (joinedAsList(stream, found[index - 1]!.last, found[index]!.first)) accepted[index - 1] = accepted[index] = true;
  }
  return found.filter((_hit, index) => accepted[index]);
}

const LIST_WORDS = new Set(['or', 'and']);

/** Tokens `left` and `right` are neighbours in a list: nothing between but a comma, slash or "or"/"and". */
function joinedAsList(stream: TokenStream, left: number, right: number): boolean {
  if (right === left + 1) return stream.gap[right] === Gap.LIST || gapText(stream, right).trim() === '/';
  return right === left + 2 && LIST_WORDS.has(stream.lower[left + 1]!) && stream.gap[left + 1] === Gap.SPACE && stream.gap[right] === Gap.SPACE;
}

/** Every keyword of a set, lexicon or compiled matcher found in a text. */
export function findKeywords(text: string, source: MatcherSource): KeywordMatch[] {
  return findKeywordsInStream(tokenizeText(text), source);
}
