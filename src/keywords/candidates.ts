import { BACKGROUND_DOCUMENTS } from './background-corpus.js';
import { STOPWORDS, createTfIdf, ngrams, tokenizeWords } from './natural.js';
import { Gap, foldToken, type TokenStream } from './tokens.js';

/** A skill-like phrase the lexicon does not know, with its TF-IDF against general text. */
export interface UnknownCandidate {
  key: string;
  written: string;
  count: number;
  score: number;
  firstOffset: number;
}

// Words that fill every posting; they are not skills even when rare in the background.
const POSTING_WORDS = new Set([
  'experience', 'experienced', 'years', 'year', 'ability', 'able', 'strong', 'excellent', 'work', 'working', 'team', 'teams',
  'role', 'candidate', 'candidates', 'including', 'etc', 'e', 'g', 'eg', 'ie', 'plus', 'preferred', 'required', 'requirements',
  'responsibilities', 'qualifications', 'skills', 'skill', 'knowledge', 'understanding', 'familiarity', 'proficiency', 'proficient',
  'degree', 'field', 'related', 'relevant', 'new', 'using', 'use', 'build', 'building', 'develop', 'developing', 'design', 'help',
  'our', 'we', 'you', 'your', 'us', 'company', 'job', 'position', 'opportunity', 'equal', 'employer', 'benefits', 'apply', 'salary',
  'nice', 'bonus', 'must', 'will', 'also', 'across', 'within', 'well', 'based', 'hands', 'ensure', 'support', 'senior', 'junior', 'lead',
  'minimum', 'least', 'good', 'great', 'ideal', 'looking', 'join', 'about', 'who', 'what', 'high', 'quality', 'best', 'level',
]);

/** Acronyms every posting uses that are not skills: degrees, places, HR words. */
const COMMON_ACRONYMS = new Set(['ms', 'bs', 'ba', 'md', 'do', 'phd', 'msc', 'bsc', 'mba', 'mph', 'us', 'usa', 'uk', 'eu', 'eeo', 'eoe', 'pto', 'hr', 'ceo', 'cto', 'cfo', 'vp', 'ok', 'faq', 'asap', 'fte', 'tbd', 'usd', 'eur', 'gbp', 'na', 'n', 'a', 'i', 'we', 'it']);

/** US state codes: "Boston, MA" is a place, not a skill. */
const US_STATES = new Set(['al', 'ak', 'az', 'ar', 'ca', 'co', 'ct', 'de', 'fl', 'ga', 'hi', 'id', 'il', 'in', 'ia', 'ks', 'ky', 'la', 'me', 'md', 'ma', 'mi', 'mn', 'ms', 'mo', 'mt', 'ne', 'nv', 'nh', 'nj', 'nm', 'ny', 'nc', 'nd', 'oh', 'ok', 'or', 'pa', 'ri', 'sc', 'sd', 'tn', 'tx', 'ut', 'vt', 'va', 'wa', 'wv', 'wi', 'wy', 'dc']);

/** Places postings name most (where the job is), and work-mode words: never skills. */
const PLACES = new Set([
  'remote', 'hybrid', 'onsite', 'usa', 'america', 'americas', 'canada', 'europe', 'emea', 'apac', 'uk', 'england', 'ireland', 'germany', 'france', 'spain', 'netherlands', 'switzerland', 'sweden', 'india', 'australia', 'singapore', 'japan',
  'boston', 'austin', 'seattle', 'chicago', 'denver', 'atlanta', 'houston', 'dallas', 'york', 'francisco', 'angeles', 'diego', 'jose', 'washington', 'philadelphia', 'miami', 'minneapolis', 'nashville', 'pittsburgh', 'baltimore', 'portland', 'phoenix', 'raleigh', 'durham', 'cambridge', 'california', 'texas', 'massachusetts', 'florida', 'ontario',
  'london', 'manchester', 'edinburgh', 'dublin', 'berlin', 'munich', 'paris', 'amsterdam', 'zurich', 'stockholm', 'copenhagen', 'oslo', 'madrid', 'barcelona', 'lisbon', 'toronto', 'vancouver', 'montreal', 'sydney', 'melbourne', 'bangalore', 'bengaluru', 'tokyo',
]);

const MONTHS_AND_DAYS = /^(january|february|march|april|may|june|july|august|september|october|november|december|monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/;

let background: ReturnType<typeof createTfIdf> | undefined;
let backgroundSize = 1;

/** The background index over unigrams and bigrams, built once on first use (~ms). */
function backgroundIndex(): ReturnType<typeof createTfIdf> {
  if (!background) {
    // Documents go to natural's TfIdf as term-count maps (it accepts them as they are): building
    // them here is a third of the time of handing it token arrays, which counts for a cold `jd`.
    const documents = BACKGROUND_DOCUMENTS.map((text) => {
      const tokens = tokenizeWords(text).map(foldToken);
      const counts: Record<string, number> = Object.create(null) as Record<string, number>;
      for (let index = 0; index < tokens.length; index++) {
        const token = tokens[index]!;
        counts[token] = (counts[token] ?? 0) + 1;
        if (index > 0) {
          const pair = `${tokens[index - 1]} ${token}`;
          counts[pair] = (counts[pair] ?? 0) + 1;
        }
      }
      return counts;
    });
    backgroundSize = documents.length;
    background = createTfIdf(documents);
  }
  return background;
}

/**
 * Parts of names, not skills: roman numerals up to 39 ("Statistics II", "Part IV"; only I, V and
 * X, so ML, CV, CI and CD stay tools), ordinals ("4th-year", "2nd line") and language levels
 * (CEFR "B2", "C1").
 */
const NAME_PARTS = /^(x{0,3}(ix|iv|v?i{0,3})|\d+(st|nd|rd|th)|[abc][12])$/;

function isFiller(lower: string): boolean {
  return NAME_PARTS.test(lower) || STOPWORDS.has(lower) || COMMON_ACRONYMS.has(lower) || US_STATES.has(lower) || PLACES.has(lower) || POSTING_WORDS.has(lower) || MONTHS_AND_DAYS.test(lower) || /^\d+$/.test(lower) || lower.length < 2;
}

/**
 * Tool-like: an inner capital (LangGraph, PyTorch), letters with digits (H2O, GPT4), or an acronym
 * (OMOP, HEDIS). A capitalised word right after a lower-case one counts too ("with Tableau"), but not
 * at a sentence start nor in a Title Case heading, where every word is capitalised.
 */
function isToolLike(stream: TokenStream, index: number): boolean {
  const raw = stream.raw[index]!;
  if (/^\p{Lu}{2,6}s?$/u.test(raw)) return true;
  if (/\p{Ll}\p{Lu}/u.test(raw)) return true;
  if (/\p{L}/u.test(raw) && /\d/.test(raw) && raw.length <= 10) return true;
  return /^\p{Lu}\p{Ll}+$/u.test(raw) && stream.gap[index]! < Gap.HARD && /^\p{Ll}/u.test(stream.raw[index - 1] ?? '');
}

/** Capitalised words right before a US state code ("Grand Rapids, MI", "Boston MA") name a place. */
function placeTokens(stream: TokenStream): Uint8Array {
  const place = new Uint8Array(stream.raw.length);
  for (let index = 1; index < stream.raw.length; index++) {
    const raw = stream.raw[index]!;
    if (raw.length !== 2 || raw !== raw.toUpperCase() || !US_STATES.has(stream.lower[index]!)) continue;
    let before = index - 1;
    if (stream.gap[index]! > Gap.LIST || !/^\p{Lu}\p{Ll}/u.test(stream.raw[before]!)) continue;
    place[index] = 1;
    for (let steps = 0; before >= 0 && steps < 3 && /^\p{Lu}\p{Ll}/u.test(stream.raw[before]!); before--, steps++) {
      place[before] = 1;
      if (stream.gap[before]! > Gap.SPACE) break;
    }
  }
  return place;
}

/**
 * Skill candidates the lexicon does not know: tool-like tokens, and two- and three-word phrases
 * of content words that the posting repeats. Tokens inside known matches are skipped; the rest are
 * ranked by TF-IDF (term count in the posting × rarity in the background text).
 */
export function unknownCandidates(stream: TokenStream, taken: Uint8Array, limit = 15): UnknownCandidate[] {
  const index = backgroundIndex();
  const maxIdf = 1 + Math.log(backgroundSize);
  const found = new Map<string, UnknownCandidate>();
  const add = (key: string, written: string, offset: number, minIdfShare: number) => {
    const idf = index.idf(key);
    if (idf < maxIdf * minIdfShare) return;
    const entry = found.get(key);
    if (entry) { entry.count++; entry.score += idf; return; }
    found.set(key, { key, written, count: 1, score: idf, firstOffset: offset });
  };

  let run: number[] = [];
  const flush = () => {
    if (run.length >= 2) {
      for (const size of [2, 3]) {
        for (const gram of ngrams(run.map(String), size)) {
          const positions = gram.map(Number);
          const first = positions[0]!;
          const last = positions[positions.length - 1]!;
          const key = positions.map((position) => stream.lower[position]).join(' ');
          add(key, stream.text.slice(stream.start[first], stream.end[last]), stream.start[first]!, 0.6);
        }
      }
    }
    run = [];
  };

  const place = placeTokens(stream);
  for (let position = 0; position < stream.raw.length; position++) {
    if (stream.gap[position]! > Gap.SPACE) flush();
    const lower = stream.lower[position]!;
    if (taken[position] === 1 || place[position] === 1 || isFiller(lower)) { flush(); continue; }
    run.push(position);
    if (isToolLike(stream, position)) add(lower, stream.raw[position]!, stream.start[position]!, 0.85);
  }
  flush();

  // A phrase counts once it repeats; a tool-like token counts at once.
  return [...found.values()]
    .filter((candidate) => !candidate.key.includes(' ') || candidate.count >= 2)
    .sort((a, b) => b.score - a.score || a.firstOffset - b.firstOffset)
    .slice(0, limit);
}
