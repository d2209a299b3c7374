import type { KeywordMatch } from './match.js';
import { Gap, type TokenStream } from './tokens.js';

// "The Communicable Disease Epidemiology Office", "Lakeshore Health System", "Division of
// Disease Control and Health Statistics": a skill's words inside the proper name of an
// organisation or one of its units name that body, not something the posting asks for.

/** Last words of an organisation's or unit's name. */
const ORGANISATION_ENDS = new Set([
  'office', 'offices', 'department', 'division', 'institute', 'center', 'centre', 'program', 'programme', 'unit', 'team', 'group',
  'laboratory', 'laboratories', 'lab', 'labs', 'hospital', 'clinic', 'system', 'network', 'inc', 'llc', 'ltd', 'foundation',
  'university', 'college', 'agency', 'bureau', 'council', 'committee', 'authority', 'partners', 'therapeutics', 'technologies',
]);
/** Small words a name may contain between its capitalised words. */
const NAME_JOINERS = new Set(['of', 'and', 'for', '&']);

const capitalised = (stream: TokenStream, index: number) => /^\p{Lu}/u.test(stream.raw[index]!);

/**
 * True when the match sits in a run of capitalised words that goes beyond the match on at least
 * one side and ends in an organisation word ("… Epidemiology Office", "… Health System").
 */
export function insideOrganisationName(stream: TokenStream, match: KeywordMatch): boolean {
  for (let k = match.firstToken; k <= match.lastToken; k++) if (!capitalised(stream, k) && !NAME_JOINERS.has(stream.lower[k]!)) return false;
  let from = match.firstToken;
  while (from > 0 && stream.gap[from]! <= Gap.SPACE && (capitalised(stream, from - 1) || (NAME_JOINERS.has(stream.lower[from - 1]!) && from > 1 && capitalised(stream, from - 2)))) from--;
  let to = match.lastToken;
  while (to + 1 < stream.raw.length && stream.gap[to + 1]! <= Gap.SPACE) {
    if (capitalised(stream, to + 1)) { to++; continue; }
    if (NAME_JOINERS.has(stream.lower[to + 1]!) && to + 2 < stream.raw.length && stream.gap[to + 2]! <= Gap.SPACE && capitalised(stream, to + 2)) { to += 2; continue; }
    break;
  }
  // Skip back over a sentence's first word ("The", "Our"): it is capitalised anyway.
  if (from < match.firstToken && /^(?:the|our|a|an|this|at|in|with|from|join)$/.test(stream.lower[from]!)) from++;
  if (from === match.firstToken && to === match.lastToken) return false;
  return ORGANISATION_ENDS.has(stream.lower[to]!);
}
