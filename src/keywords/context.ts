import type { KeywordContext } from '../model/index.js';
import { Gap, gapText, type TokenStream } from './tokens.js';

// Ambiguous terms (R, Go, Excel, Spark) are also ordinary words. ATS users lose trust the moment
// "R&D" counts as R, so a bare ambiguous term needs a reason to count: its case, no veto word
// next to it, and either a cue word or another tool named in the same list or clause.

/** Words before a term that introduce a tool: "written in Go", "experience with R". */
const CUES_BEFORE = new Set(['in', 'with', 'using', 'use', 'uses', 'used', 'via', 'including', 'includes', 'include', 'like', 'and/or']);
/** Words after a term that make it a tool: "R programming", "Go developer", "Excel skills". */
const CUES_AFTER = new Set([
  'programming', 'language', 'languages', 'code', 'coding', 'script', 'scripts', 'scripting', 'package', 'packages',
  'library', 'libraries', 'developer', 'developers', 'development', 'skills', 'experience', 'proficiency', 'ecosystem',
]);
/** A modal or pronoun right before makes a verb: "you will excel", "we go". */
const VETO_BEFORE = new Set(['to', 'will', 'can', 'could', 'should', 'would', 'may', 'might', 'must', 'you', 'we', 'they', 'i', 'who', 'always', 'also']);
/** An article right after makes a verb or a name: "go the extra mile", "spark a conversation". */
const VETO_AFTER = new Set(['the', 'a', 'an', 'your', 'our', 'their', 'my', 'his', 'her', 'its', 'this', 'that']);

/** How far (in tokens, within a clause or list) another named tool vouches for an ambiguous one. */
export const NEIGHBOUR_WINDOW = 3;

function wordBefore(stream: TokenStream, first: number): string | undefined {
  return first > 0 && stream.gap[first]! < Gap.HARD ? stream.lower[first - 1] : undefined;
}

function wordAfter(stream: TokenStream, last: number): string | undefined {
  const next = last + 1;
  return next < stream.raw.length && stream.gap[next]! < Gap.HARD ? stream.lower[next] : undefined;
}

export type ContextVerdict = 'tool' | 'word' | 'unsure';

/** How far (in tokens, either side, across lines) a `near` word names the meaning of a shared form. */
export const NEAR_WINDOW = 25;

export function nearWordAround(stream: TokenStream, first: number, last: number, near: readonly string[]): boolean {
  if (near.length === 0) return false;
  const from = Math.max(0, first - NEAR_WINDOW);
  const to = Math.min(stream.raw.length - 1, last + NEAR_WINDOW);
  for (let index = from; index <= to; index++) {
    if (index >= first && index <= last) continue;
    if (near.includes(stream.lower[index]!) || near.includes(stream.stem[index]!)) return true;
  }
  return false;
}

/** Before a name: "Dr. Ruby Okafor", "La Scala". */
const NAME_BEFORE = new Set(['dr', 'la', 'mr', 'mrs', 'ms', 'prof', 'st', 'saint', 'lake', 'mount', 'mt']);

/** "Julia Moreno", "Ruby Tanaka": a capitalised word (not in capitals) right after, with a space between. */
function followedByName(stream: TokenStream, last: number): boolean {
  const next = last + 1;
  if (next >= stream.raw.length || stream.gap[next] !== Gap.SPACE) return false;
  return /^\p{Lu}\p{Ll}+$/u.test(stream.raw[next]!);
}

/**
 * Judge a bare ambiguous term at tokens first..last from the words around it alone:
 * 'word' (veto), 'tool' (cue) or 'unsure' (the caller looks for a neighbouring tool).
 */
export function judgeContext(stream: TokenStream, first: number, last: number, context: KeywordContext): ContextVerdict {
  const before = wordBefore(stream, first);
  const after = wordAfter(stream, last);
  // "R&D", "AT&T": an ampersand joins two letters into one word.
  if (after !== undefined && gapText(stream, last + 1).trim() === '&') return 'word';
  // "Dr. Ruby Okafor", "La Scala", "Julia Moreno" (but "Java Developer" is the language).
  if (context.name) {
    const cueAfter = after !== undefined && (CUES_AFTER.has(after) || context.after.includes(after));
    if ((before !== undefined && NAME_BEFORE.has(before)) || (!cueAfter && followedByName(stream, last))) return 'word';
  }
  // The word before decides first: "will excel" is a verb, "with Excel in practice" the tool.
  if (before !== undefined && (VETO_BEFORE.has(before) || context.notBefore.includes(before))) return 'word';
  // A term told apart by the words around it (Precision near "recall", HCC near "risk adjustment")
  // takes no generic cue: "with precision" and "patients with HCC" say nothing about the meaning.
  const generic = context.near.length === 0;
  if (before !== undefined && ((generic && CUES_BEFORE.has(before)) || context.before.includes(before))) return 'tool';
  if (after !== undefined && (VETO_AFTER.has(after) || context.notAfter.includes(after))) return 'word';
  if (after !== undefined && ((generic && CUES_AFTER.has(after)) || context.after.includes(after))) return 'tool';
  if (nearWordAround(stream, first, last, context.near)) return 'tool';
  return context.cueRequired === false ? 'tool' : 'unsure';
}

/** True when another accepted tool match lies within the window, with no sentence break between. */
export function hasToolNeighbour(stream: TokenStream, first: number, last: number, toolAt: Uint8Array): boolean {
  for (let index = first - 1, steps = 0; index >= 0 && steps < NEIGHBOUR_WINDOW; index--, steps++) {
    if (stream.gap[index + 1]! >= Gap.HARD) break;
    if (toolAt[index] === 1) return true;
  }
  for (let index = last + 1, steps = 0; index < stream.raw.length && steps < NEIGHBOUR_WINDOW; index++, steps++) {
    if (stream.gap[index]! >= Gap.HARD) break;
    if (toolAt[index] === 1) return true;
  }
  return false;
}
