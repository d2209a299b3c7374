import { KeywordSet, Lexicon, formatIssues, type Keyword, type Tier } from '../model/index.js';
import { keywordsOf } from './compile.js';

/** A keyword set or lexicon file that does not fit its schema; the message names the file and field. */
export class KeywordFileError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'KeywordFileError';
  }
}

/** Validate parsed JSON as a keyword set; `source` (a file name) starts the error message. */
export function validateKeywordSet(data: unknown, source: string): KeywordSet {
  const result = KeywordSet.safeParse(data);
  if (!result.success) throw new KeywordFileError(`${source}: ${formatIssues(result.error)}`);
  return result.data;
}

export function validateLexicon(data: unknown, source: string): Lexicon {
  const result = Lexicon.safeParse(data);
  if (!result.success) throw new KeywordFileError(`${source}: ${formatIssues(result.error)}`);
  return result.data;
}

function mergeAliases(base: Keyword, extra: Keyword): Keyword {
  const known = new Set([base.term, ...base.aliases].map((form) => form.toLowerCase()));
  const aliases = [...base.aliases];
  for (const form of [extra.term, ...extra.aliases]) {
    if (!known.has(form.toLowerCase()) && form !== base.acronym) {
      known.add(form.toLowerCase());
      aliases.push(form);
    }
  }
  return { ...base, aliases };
}

/**
 * The lexicon job-description extraction uses: the shipped lexicon plus every keyword of the given
 * sets (so a set's term is always recognised), one entry per canonical term, the set's spelling first.
 */
export function extendLexicon(lexicon: Lexicon, ...sets: KeywordSet[]): Lexicon {
  const byTerm = new Map<string, Keyword>();
  for (const set of sets) {
    for (const { tier: _tier, ...keyword } of keywordsOf(set)) {
      const key = keyword.term.toLowerCase();
      const existing = byTerm.get(key);
      byTerm.set(key, existing ? mergeAliases(existing, keyword) : keyword);
    }
  }
  for (const keyword of lexicon.terms) {
    const key = keyword.term.toLowerCase();
    const existing = byTerm.get(key);
    byTerm.set(key, existing ? mergeAliases(existing, keyword) : keyword);
  }
  return { name: lexicon.name, description: lexicon.description, terms: [...byTerm.values()] };
}

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
