import { stemToken, tokenizeWords } from './natural.js';

/** What stands between a token and the one before it. Phrases may only run across SPACE and TIGHT. */
export const Gap = { TIGHT: 0, SPACE: 1, LIST: 2, HARD: 3 } as const;
export type Gap = (typeof Gap)[keyof typeof Gap];

/**
 * A text as parallel arrays of tokens (arrays rather than token objects: matching a 1,000-word
 * posting has a budget of a fraction of a millisecond, and this is the inner loop).
 */
export interface TokenStream {
  text: string;
  /** The token as written. */
  raw: string[];
  /** Lower case, Unicode-folded (naïve → naive, ﬁ → fi). */
  lower: string[];
  stem: string[];
  start: number[];
  end: number[];
  /** gap[i]: what separates token i from token i-1 (HARD for the first token). */
  gap: Gap[];
}

const ASCII = /^[\x00-\x7f]*$/;

/** Case- and accent-fold one token; ASCII tokens (nearly all) skip the Unicode work. */
export function foldToken(raw: string): string {
  const lower = raw.toLowerCase();
  return ASCII.test(lower) ? lower : lower.normalize('NFKD').replace(/\p{M}+/gu, '');
}

// "U-Net", "CI/CD", "Node.js", "R&D", "Crohn's": joined without a space.
const TIGHT_GAP = /^[-‐‑‒–/.&'’_()]$/;
const SENTENCE_END = /[.!?;:]/;

/** One line break with nothing else: a wrapped line (a PDF read back, a markdown soft break). */
const SOFT_LINE_BREAK = /^[ \t]*\n[ \t]*$/;

function classifyGap(gap: string): Gap {
  if (gap.length === 0) return Gap.TIGHT;
  // "Clinical\nInformatics" is one phrase wrapped at the margin, as markdown reads a single line
  // break; a blank line, a list marker or punctuation at the break keeps it a hard break.
  if (SOFT_LINE_BREAK.test(gap)) return Gap.SPACE;
  if (gap.includes('\n')) return Gap.HARD;
  if (gap.trim() === '') return Gap.SPACE;
  if (TIGHT_GAP.test(gap)) return Gap.TIGHT;
  // "Weights & Biases", "Research & Development": an ampersand between spaces joins a name.
  if (gap.trim() === '&') return Gap.SPACE;
  if (SENTENCE_END.test(gap)) return Gap.HARD;
  return Gap.LIST;
}

// Folding and stemming depend only on the token as written, and postings reuse a small
// vocabulary, so one lookup per token replaces lower-casing, a Unicode check and a stem lookup.
const foldedCache = new Map<string, { lower: string; stem: string }>();
const FOLDED_CACHE_LIMIT = 200_000;

function folded(raw: string): { lower: string; stem: string } {
  let entry = foldedCache.get(raw);
  if (entry === undefined) {
    const lower = foldToken(raw);
    entry = { lower, stem: stemToken(lower) };
    if (foldedCache.size >= FOLDED_CACHE_LIMIT) foldedCache.clear();
    foldedCache.set(raw, entry);
  }
  return entry;
}

const SPACE_CODE = 32;

/** Tokenise with natural, then locate each token in the text so matches keep character offsets. */
export function tokenizeText(text: string): TokenStream {
  const words = tokenizeWords(text);
  const count = words.length;
  const stream: TokenStream = { text, raw: words, lower: new Array(count), stem: new Array(count), start: new Array(count), end: new Array(count), gap: new Array(count) };
  let cursor = 0;
  for (let index = 0; index < count; index++) {
    const word = words[index]!;
    const start = text.indexOf(word, cursor);
    const end = start + word.length;
    const entry = folded(word);
    stream.lower[index] = entry.lower;
    stream.stem[index] = entry.stem;
    stream.start[index] = start;
    stream.end[index] = end;
    // Most gaps are one space: skip slicing the text for them.
    stream.gap[index] = index === 0 ? Gap.HARD : start === cursor + 1 && text.charCodeAt(cursor) === SPACE_CODE ? Gap.SPACE : classifyGap(text.slice(cursor, start));
    cursor = end;
  }
  return stream;
}

/** The text between two tokens' edges, for the few rules that read punctuation (R&D). */
export function gapText(stream: TokenStream, index: number): string {
  if (index <= 0 || index >= stream.raw.length) return '';
  return stream.text.slice(stream.end[index - 1], stream.start[index]);
}
