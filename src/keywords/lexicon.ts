import { KeywordSet, Lexicon, formatIssues, type Keyword } from '../model/index.js';
import { keywordsOf } from './compile.js';

export { KeywordFileError } from './keyword-file-error.js';
export { tierLookup } from './tiers.js';
import { KeywordFileError } from './keyword-file-error.js';

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

function mergeAliases(base: Keyword, extra: Keyword, taken: ReadonlyMap<string, string> = new Map()): Keyword {
  const known = new Set([base.term, ...base.aliases].map((form) => form.toLowerCase()));
  // A set's alias that is another lexicon keyword's own form (nnU-Net under U-Net, HEDIS under
  // Quality Measures) stays that keyword: the specific term keeps its name in job descriptions.
  const aliases = base.aliases.filter((alias) => { const owner = taken.get(alias.toLowerCase()); return owner === undefined || owner.toLowerCase() === base.term.toLowerCase(); });
  for (const form of [extra.term, ...extra.aliases]) {
    if (!known.has(form.toLowerCase()) && form !== base.acronym) {
      known.add(form.toLowerCase());
      aliases.push(form);
    }
  }
  const merged: Keyword = { ...base, aliases };
  // The lexicon's structure and context rules apply to a set's keyword of the same name.
  if (extra.parent !== undefined && merged.parent === undefined) merged.parent = extra.parent;
  if (extra.family !== undefined && merged.family === undefined) merged.family = extra.family;
  if (extra.ambiguous !== undefined) merged.ambiguous = [...new Set([...(merged.ambiguous ?? []), ...extra.ambiguous])];
  if (extra.context !== undefined) merged.context = mergeContext(merged.context, extra.context);
  if (extra.caseSensitive) merged.caseSensitive = true;
  return merged;
}

function mergeContext(base: Keyword['context'], extra: NonNullable<Keyword['context']>): NonNullable<Keyword['context']> {
  if (base === undefined) return extra;
  const union = (a: string[], b: string[]) => [...new Set([...a, ...b])];
  const notBefore = union(base.notBefore, extra.notBefore);
  const notAfter = union(base.notAfter, extra.notAfter);
  return {
    before: union(base.before, extra.before).filter((word) => !notBefore.includes(word)),
    after: union(base.after, extra.after).filter((word) => !notAfter.includes(word)),
    notBefore,
    notAfter,
    near: union(base.near, extra.near),
    name: base.name || extra.name,
    cueRequired: base.cueRequired && extra.cueRequired,
  };
}

/**
 * The lexicon job-description extraction uses: the shipped lexicon plus every keyword of the given
 * sets (so a set's term is always recognised), one entry per canonical term, the set's spelling first.
 */
export function extendLexicon(lexicon: Lexicon, ...sets: KeywordSet[]): Lexicon {
  const taken = new Map<string, string>();
  for (const keyword of lexicon.terms) {
    for (const form of [keyword.term, ...keyword.aliases, keyword.acronym]) if (form !== undefined && !taken.has(form.toLowerCase())) taken.set(form.toLowerCase(), keyword.term);
  }
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
    byTerm.set(key, existing ? mergeAliases(existing, keyword, taken) : keyword);
  }
  // A set keyword the lexicon does not have keeps only the aliases no lexicon keyword owns.
  for (const [key, keyword] of byTerm) {
    if (taken.has(key)) continue;
    const aliases = keyword.aliases.filter((alias) => !taken.has(alias.toLowerCase()));
    if (aliases.length !== keyword.aliases.length) byTerm.set(key, { ...keyword, aliases });
  }
  return { name: lexicon.name, description: lexicon.description, terms: [...byTerm.values()] };
}

