import type { MatchForm } from '../model/index.js';
import { compileMatcher, type CompiledForm, type MatchableKeyword, type MatcherSource, type TrieNode } from './compile.js';
import { hasToolNeighbour, judgeContext, nearWordAround, type ContextVerdict } from './context.js';
import { isInflection } from './inflections.js';
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

/**
 * A stemmed match must still be the same word inflected: Porter maps "community" and
 * "communication", "specifications" and "specificity", "stack" and "stacking" to one stem.
 */
function stemVariantPlausible(form: CompiledForm, stream: TokenStream, first: number): boolean {
  for (let k = 0; k < form.lower.length; k++) {
    if (!isInflection(stream.lower[first + k]!, form.lower[k]!)) return false;
  }
  return true;
}

/** The text has exactly this form's words (case aside): compared token by token, no string built. */
function literallyEqual(form: CompiledForm, stream: TokenStream, first: number): boolean {
  for (let k = 0; k < form.lower.length; k++) if (stream.lower[first + k] !== form.lower[k]) return false;
  return true;
}

interface Candidate {
  form: CompiledForm;
  literal: boolean;
  /** Other keywords written the same way (GCP: Google Cloud Platform or Good Clinical Practice), told apart by context. */
  senses?: CompiledForm[];
}

function literalCandidate(form: CompiledForm, stream: TokenStream, first: number): boolean {
  if (form.caseSensitive && !caseMatches(form, stream, first)) return false;
  // "CNNs" for CNN: the acronym as written counts as literal.
  return form.caseSensitive || literallyEqual(form, stream, first);
}

/** The best form ending at this trie node for tokens first..last: a literal form beats a stem variant. */
function pickForm(forms: CompiledForm[], stream: TokenStream, first: number): Candidate | undefined {
  let variant: CompiledForm | undefined;
  for (let index = 0; index < forms.length; index++) {
    const form = forms[index]!;
    if (form.caseSensitive && !caseMatches(form, stream, first)) continue;
    if (literalCandidate(form, stream, first)) {
      if (!form.needsContext) return { form, literal: true };
      const senses = forms.slice(index + 1).filter((other) => other.keyword !== form.keyword && other.needsContext && literalCandidate(other, stream, first));
      return senses.length > 0 ? { form, literal: true, senses } : { form, literal: true };
    }
    if (variant === undefined && stemVariantPlausible(form, stream, first)) variant = form;
  }
  return variant === undefined ? undefined : { form: variant, literal: false };
}

interface Found { candidate: Candidate; first: number; last: number }

const FUNCTION_WORDS = new Set(['and', 'or', 'the', 'a', 'an', 'by', 'with', 'using', 'in', 'at', 'for', 'to', 'from', 'on', 'as', 'via', 'before', 'after', 'into']);

/**
 * "the de-identified MIMIC-IV dataset", "normalized values": a participle in front of a noun
 * describes the data, it is not the process the keyword names (De-identification, Normalization).
 */
function attributiveParticiple(form: CompiledForm, stream: TokenStream, last: number): boolean {
  if (!/(?:tion|sion)$/i.test(form.keyword.term) || !stream.lower[last]!.endsWith('ed')) return false;
  const next = last + 1;
  return next < stream.raw.length && stream.gap[next] === Gap.SPACE && !FUNCTION_WORDS.has(stream.lower[next]!);
}

function longestAt(root: TrieNode, stream: TokenStream, first: number): Found | undefined {
  let node = root.next?.get(stream.stem[first]!);
  let best: Found | undefined;
  let last = first;
  while (node) {
    if (node.forms) {
      const candidate = pickForm(node.forms, stream, first);
      if (candidate && !(candidate.form.generated || !candidate.literal ? attributiveParticiple(candidate.form, stream, last) : false)) best = { candidate, first, last };
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

const COORDINATORS = new Set(['and', 'or']);

/**
 * "software or data engineering", "medical and pharmacy claims": two modifiers share one head
 * noun, so the first modifier with the head is a phrase too (Software Engineering, medical claims
 * → Claims Data). Tried only where a phrase of two or more words (data engineering) follows a
 * word and "and"/"or"; the first modifier must begin a known phrase that the shared words complete.
 */
function coordinatedAt(root: TrieNode, stream: TokenStream, hit: Found): Found | undefined {
  const joiner = hit.first - 1;
  const modifier = hit.first - 2;
  if (hit.last === hit.first || modifier < 0 || !COORDINATORS.has(stream.lower[joiner]!)) return undefined;
  if (stream.gap[joiner] !== Gap.SPACE || stream.gap[hit.first] !== Gap.SPACE) return undefined;
  let node = root.next?.get(stream.stem[modifier]!);
  let best: Found | undefined;
  for (let index = hit.first + 1; node && index < stream.raw.length; index++) {
    if (index > hit.first + 1 && stream.gap[index]! > Gap.SPACE) break;
    node = node.next?.get(stream.stem[index]!);
    if (!node?.forms) continue;
    // Compare the written words with the form, the modifier then the shared words.
    const written = [modifier, ...Array.from({ length: index - hit.first }, (_, k) => hit.first + 1 + k)];
    const form = node.forms.find((candidate) => !candidate.needsContext && candidate.lower.length === written.length &&
      candidate.lower.every((word, k) => isInflection(stream.lower[written[k]!]!, word)) &&
      (!candidate.caseSensitive || candidate.raw.every((word, k) => stream.raw[written[k]!] === word)));
    // The match covers the modifier alone, so matches never overlap ("software" of "software or data engineering").
    if (form && form.keyword !== hit.candidate.form.keyword) best = { candidate: { form, literal: true }, first: modifier, last: modifier };
  }
  return best;
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
    // The modifier of "software or data engineering" was passed over as no keyword of its own.
    const coordinated = coordinatedAt(root, stream, hit);
    if (coordinated && (found.length === 0 || found[found.length - 1]!.last < coordinated.first)) found.push(coordinated);
    found.push(hit);
    if (hit.candidate.form.needsContext) hasAmbiguous = true;
    index = hit.last + 1;
  }
  if (!hasAmbiguous) return found.map((hit) => toMatch(hit, stream));
  return resolveAmbiguous(found, stream).map((hit) => toMatch(hit, stream));
}

/** A form shared by several keywords takes the first sense its context names; else the first unsure one. */
function chooseSense(hit: Found, stream: TokenStream): ContextVerdict {
  const senses = [hit.candidate.form, ...(hit.candidate.senses ?? [])];
  // The words around name the meaning first ("GCP" near "ICH" and "trial"); a cue like "with" cannot.
  const named = senses.filter((sense) => nearWordAround(stream, hit.first, hit.last, sense.keyword.context!.near));
  if (named.length === 1) {
    hit.candidate = { form: named[0]!, literal: true };
    return judgeContext(stream, hit.first, hit.last, named[0]!.keyword.context!) === 'word' ? 'word' : 'tool';
  }
  let unsure: CompiledForm | undefined;
  for (const sense of senses) {
    const verdict = judgeContext(stream, hit.first, hit.last, sense.keyword.context!);
    if (verdict === 'tool') { hit.candidate = { form: sense, literal: true }; return 'tool'; }
    if (verdict === 'unsure' && unsure === undefined) unsure = sense;
  }
  if (unsure === undefined) return 'word';
  hit.candidate = { form: unsure, literal: true };
  return 'unsure';
}

function resolveAmbiguous(found: Found[], stream: TokenStream): Found[] {
  const verdicts = found.map((hit): ContextVerdict => {
    const { form } = hit.candidate;
    if (!form.needsContext || !form.keyword.context) return 'tool';
    return hit.candidate.senses ? chooseSense(hit, stream) : judgeContext(stream, hit.first, hit.last, form.keyword.context);
  });
  // Tools named for sure vouch for unsure neighbours ("Python or R"); soft skills vouch for nothing.
  // A term told apart by the words around it (ACL near "EMNLP") takes no vouching: "ACL
  // reconstruction surgery" is not a conference.
  const toolAt = new Uint8Array(stream.raw.length);
  found.forEach((hit, index) => {
    if (verdicts[index] === 'tool' && hit.candidate.form.keyword.category !== 'soft-skill') {
      for (let k = hit.first; k <= hit.last; k++) toolAt[k] = 1;
    }
  });
  const vouchable = (hit: Found) => (hit.candidate.form.keyword.context?.near.length ?? 0) === 0;
  const accepted = found.map((hit, index) => verdicts[index] === 'tool' || (verdicts[index] === 'unsure' && vouchable(hit) && hasToolNeighbour(stream, hit.first, hit.last, toolAt)));
  // Two unsure terms joined as a list ("Go or Rust", "R, Julia") vouch for each other.
  for (let index = 1; index < found.length; index++) {
    if (verdicts[index] !== 'unsure' || verdicts[index - 1] !== 'unsure' || !vouchable(found[index]!) || !vouchable(found[index - 1]!)) continue;
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
