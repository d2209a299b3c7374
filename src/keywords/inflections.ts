// Written forms a keyword file need not list: generated once when the lexicon is compiled.
// The matcher already treats "time-to-event" and "time to event" alike (a hyphen joins tokens
// the way a space does) and stems inflections that share a stem ("claims", "dashboards"). What
// remains are the forms whose stem differs: a plural of -sis (analyses), the verb of a noun in
// -ification / -ization (de-identify, normalize), British and American spellings, and a hyphenated
// word written solid (deidentification, nnUNet) or a solid word with a common prefix written apart
// (pre-processing).

/** Prefixes people write both solid and hyphenated. */
const PREFIXES = ['de', 'pre', 're', 'co', 'non', 'multi', 'sub', 'post', 'meta', 'bio', 'geo', 'pharmaco', 'inter', 'intra', 'self', 'semi', 'over', 'under', 'cross', 'micro', 'e'];

function swapLast(words: string[], replace: (word: string) => string[]): string[][] {
  const last = words[words.length - 1]!;
  return replace(last).map((variant) => [...words.slice(0, -1), variant]);
}

/** Other endings of the last word that do not share its stem. */
function endings(word: string): string[] {
  const lower = word.toLowerCase();
  const out: string[] = [];
  const keep = (cut: number, add: string) => out.push(word.slice(0, word.length - cut) + add);
  if (lower.length > 5 && lower.endsWith('sis')) keep(2, 'es'); // analysis → analyses
  if (lower.length > 9 && lower.endsWith('ification')) { keep(9, 'ify'); keep(9, 'ified'); keep(9, 'ifying'); } // identification → identify
  if (lower.length > 7 && lower.endsWith('ization')) { keep(7, 'ize'); keep(7, 'ized'); keep(7, 'isation'); keep(7, 'ise'); }
  if (lower.length > 7 && lower.endsWith('isation')) { keep(7, 'ise'); keep(7, 'ised'); keep(7, 'ization'); keep(7, 'ize'); }
  if (lower.length > 5 && lower.endsWith('yze')) keep(3, 'yse'); // analyze → analyse
  if (lower.length > 5 && lower.endsWith('yse')) keep(3, 'yze');
  if (lower.length > 5 && lower.endsWith('ize') && !lower.endsWith('yze')) keep(3, 'ise');
  if (lower.length > 5 && lower.endsWith('ise') && /[^aeiou]ise$/.test(lower) && !['expertise', 'exercise', 'promise', 'enterprise', 'premise', 'noise', 'franchise', 'merchandise', 'advertise', 'supervise', 'revise', 'devise', 'comprise', 'compromise', 'surprise', 'precise', 'concise', 'otherwise'].includes(lower)) keep(3, 'ize');
  if (lower.length > 5 && lower.endsWith('our') && !lower.endsWith('hour')) keep(3, 'or'); // behaviour → behavior
  if (lower.length > 4 && lower.endsWith('tre')) keep(3, 'ter'); // centre → center
  if (lower.length > 5 && /[^aeiou]elling$/.test(lower)) keep(5, 'ling'); // modelling → modeling
  if (lower.length > 5 && /[^aeiou]eling$/.test(lower)) keep(4, 'lling');
  if (lower.length > 5 && lower.endsWith('ogue')) keep(2, ''); // catalogue → catalog
  if (lower.length > 9 && lower.endsWith('ication') && !lower.endsWith('ification')) { keep(5, 'ate'); keep(5, 'ating'); keep(5, 'ated'); } // communication → communicate
  return out;
}

/**
 * Generated written forms of one term or alias (never the form itself), each a string the
 * tokenizer reads as the variant: "De-identification" → "deidentification", "de-identify", ...
 */
export function generatedVariants(written: string): string[] {
  const out = new Set<string>();
  const words = written.split(' ');
  for (const variant of swapLast(words, endings)) out.add(variant.join(' '));
  // A hyphen written solid: "De-identification" → "Deidentification", "nnU-Net" → "nnUNet".
  const hyphenated = words.findIndex((word) => /^[\p{L}]+-[\p{L}]+$/u.test(word));
  if (hyphenated >= 0 && words.filter((word) => word.includes('-')).length === 1) {
    const solid = [...words];
    solid[hyphenated] = solid[hyphenated]!.replace('-', '');
    out.add(solid.join(' '));
    for (const variant of swapLast(solid, endings)) out.add(variant.join(' '));
  }
  // A hyphenated gerund names the act: "Fine-tuning" is also "fine-tune", "fine-tuned".
  const last = words[words.length - 1]!;
  const gerund = /^([\p{L}]+-[\p{L}]+?)ing$/iu.exec(last);
  if (gerund) {
    const stem = gerund[1]!;
    for (const verb of [stem, `${stem}e`]) {
      for (const ending of ['', 's', 'd']) {
        if (ending === 'd' && !verb.endsWith('e')) continue;
        out.add([...words.slice(0, -1), `${verb}${ending}`].join(' '));
      }
    }
  }
  // A solid word with a common prefix written apart: "Preprocessing" → "pre-processing".
  for (let index = 0; index < words.length; index++) {
    const word = words[index]!;
    const lower = word.toLowerCase();
    const prefix = PREFIXES.find((candidate) => lower.startsWith(candidate) && lower.length - candidate.length >= 5 && /^[a-z]+$/.test(lower));
    if (!prefix || word.includes('-')) continue;
    const split = [...words];
    split[index] = `${word.slice(0, prefix.length)}-${word.slice(prefix.length)}`;
    out.add(split.join(' '));
  }
  out.delete(written);
  return [...out];
}

/** "Hierarchical Condition Categories (HCC)" → the full form and its acronym. */
export function splitParenthesisedAcronym(written: string): { full: string; acronym: string } | undefined {
  const match = /^(.+?)\s*\(([A-Z][A-Za-z0-9&/-]{1,9})\)$/.exec(written.trim());
  if (!match || !/^[A-Z][A-Z0-9&/-]*[A-Z0-9]s?$/.test(match[2]!)) return undefined;
  return { full: match[1]!, acronym: match[2]! };
}

// Inflections the stem may hide: a word counts as another form of the keyword's word when both
// reduce to a common base by these endings. "specifications" and "specificity" share the Porter
// stem "specif" but no base; "analyses" and "analysis" do.
function bases(word: string): string[] {
  const out = [word];
  const add = (base: string) => { if (base.length >= 2) out.push(base); };
  if (word.endsWith('ies')) add(`${word.slice(0, -3)}y`);
  if (word.endsWith('ied')) add(`${word.slice(0, -3)}y`);
  if (word.endsWith('ses')) add(`${word.slice(0, -2)}is`);
  if (word.endsWith('es')) add(word.slice(0, -2));
  if (word.endsWith('s') && !word.endsWith('ss')) add(word.slice(0, -1));
  for (const ending of ['ings', 'ing', 'ed']) {
    if (!word.endsWith(ending)) continue;
    const stem = word.slice(0, -ending.length);
    add(stem);
    add(`${stem}e`);
    if (/(.)\1$/.test(stem)) add(stem.slice(0, -1)); // modelled → model
  }
  if (word.endsWith('d') && word.endsWith('ed')) add(word.slice(0, -1)); // tuned → tune
  return out;
}

/**
 * The written word is an inflection of the keyword's word (same base by plural, -ed, -ing
 * endings). A keyword's gerund ("stacking", "clustering", "testing") is matched only by a gerund
 * or a past participle: "stack", "cluster" and "tests" are other nouns.
 */
export function isInflection(written: string, form: string): boolean {
  if (written === form) return true;
  if (form.endsWith('ing') && !/(ing|ings|ed)$/.test(written)) return false;
  const formBases = new Set(bases(form));
  return bases(written).some((base) => formBases.has(base));
}
