import type { ItemStatus } from '../model/index.js';
import { readStatus } from './status-words.js';

/**
 * A status written into a list item's own text, before or after its title, where no checkbox or
 * status column says it: "✅ Python", "[WIP] Pandas", "DONE: SQL", "ETL pipeline ✅",
 * "Streamlit dashboard (todo)", "Kaggle course — done", "ML Specialization — Completed Mar 2026".
 *
 * Words count only where nothing else could be meant: inside brackets, after a separator
 * ("— done", "DONE:"), or in capitals at the start ("TODO Learn SQL"). "Getting Things Done" and
 * "Done right: testing" stay titles.
 */

export interface StatusAffix {
  status: ItemStatus;
  /** Where the text that is not the status starts and ends. */
  start: number;
  end: number;
  /** The status as written when it says more than the status ("Completed Mar 2026"), for the note. */
  remark?: string;
}

const VARIATION = '[\\u{FE0E}\\u{FE0F}]?';
const MARK = `(?:[✅✔☑✓🟢🗹🟡🟠⏳⌛🚧🔄🔶⚪⬜◻☐🔲🔴⭕]${VARIATION}|\\[[~/>!?*]\\])`;
/** Words that say a status even outside brackets (after a separator or in capitals). */
const STRONG_WORD = '(?:done|completed?|finished|in[\\s_-]*progress|wip|ongoing|doing|to[\\s_-]*do|not[\\s_-]*(?:yet[\\s_-]*)?started|planned|pending)';
/** Inside brackets, every status word of a status cell counts: "(started)", "[backlog]". */
const ANY_WORD = `(?:${STRONG_WORD}|started|underway|active|backlog|later|next|complete|now|waiting)`;
const END_OF_WORD = '(?![\\p{L}\\p{N}])';
/** A few words after the status: a date or a week ("Mar 2026", "2026-03-14", "week 3"). */
const STATUS_TAIL = "(?:[\\s,:;]+(?:on |in |since )?[\\p{L}\\p{N}][\\p{L}\\p{N}./'-]*(?: [\\p{L}\\p{N}][\\p{L}\\p{N}./'-]*){0,4})?";
const BRACKETED = `[(\\[]\\s*(?:${MARK}\\s*)?(?:${ANY_WORD}${END_OF_WORD}${STATUS_TAIL}|${MARK})\\s*[)\\]]`;
const SEPARATED = `(?:${MARK}\\s*)?${STRONG_WORD}${END_OF_WORD}${STATUS_TAIL}(?:\\s*${MARK})?|${MARK}(?:\\s*${ANY_WORD}${END_OF_WORD})?`;

const LEADING: RegExp[] = [
  new RegExp(`^\\s*${MARK}(?:\\s*[:\\-–—|]\\s*|\\s*)`, 'u'),
  new RegExp(`^\\s*(${BRACKETED})\\s*(?:[:\\-–—|]\\s*)?`, 'iu'),
  new RegExp(`^\\s*(${STRONG_WORD}${END_OF_WORD})\\s*[:\\-–—|]\\s*`, 'iu'),
];
/** "TODO Learn SQL", "WIP Pandas": a status word in capitals opening the text. */
const LEADING_CAPITALS = new RegExp(`^\\s*(DONE|WIP|TODO|TO DO|IN PROGRESS|DOING|ONGOING|PLANNED|FINISHED|COMPLETED?|NOW|LATER|WAITING)${END_OF_WORD}\\s+`, 'u');

const TRAILING: RegExp[] = [
  /\s+(\[[xX ~/]\])[.\s]*$/u,
  new RegExp(`\\s*(${BRACKETED})[.\\s]*$`, 'iu'),
  new RegExp(`(?:\\s+[\\-–—|·]|\\s*[:|])\\s*(${SEPARATED})[.\\s]*$`, 'iu'),
  new RegExp(`(?:^|\\s+)(${MARK}(?:\\s*${ANY_WORD}${END_OF_WORD})?)[.\\s]*$`, 'iu'),
];

const STATUS_FORMS_ANYWHERE = new RegExp(`${MARK}|${ANY_WORD}${END_OF_WORD}|\\[[xX ]\\]`, 'giu');

/** The status phrase minus brackets, kept as a remark when it says more than the status ("Completed Mar 2026"). */
function remarkOf(phrase: string): string | undefined {
  const inner = phrase.replace(/^[(\[]\s*|\s*[)\]]$/gu, '').trim();
  return /\p{N}|\p{L}{2}/u.test(inner.replace(STATUS_FORMS_ANYWHERE, '')) ? inner : undefined;
}

/** "(done)" reads as "done"; "[~]" and "[x]" are marks of their own. */
function statusOfPhrase(phrase: string): ItemStatus | undefined {
  return (readStatus(phrase.replace(/^[(\[]\s*|\s*[)\]]$/gu, '')) ?? readStatus(phrase))?.status;
}

/**
 * Statuses are short, so only the first / last WINDOW characters are searched: the patterns
 * backtrack, and a 1 MB line of spaces must not cost minutes.
 */
const WINDOW = 200;

/** A status opening the text: "✅ Python", "[WIP] Pandas", "Done: SQL", "TODO Learn SQL". */
export function leadingStatus(text: string): StatusAffix | undefined {
  const head = text.slice(0, WINDOW);
  for (const pattern of [...LEADING, LEADING_CAPITALS]) {
    const match = pattern.exec(head);
    if (!match) continue;
    const phrase = (match[1] ?? match[0]).trim();
    const status = statusOfPhrase(phrase);
    if (!status) continue;
    const remark = remarkOf(phrase);
    return { status, start: match[0].length, end: text.length, ...(remark ? { remark } : {}) };
  }
  return undefined;
}

/** A status closing the text: "ETL pipeline ✅", "Dashboard (todo)", "Kaggle course — done". */
export function trailingStatus(text: string): StatusAffix | undefined {
  const offset = Math.max(0, text.length - WINDOW);
  const tail = text.slice(offset);
  for (const pattern of TRAILING) {
    const match = pattern.exec(tail);
    if (!match || offset + match.index === 0) continue;
    const phrase = (match[1] ?? match[0]).trim();
    const status = statusOfPhrase(phrase);
    if (!status) continue;
    const remark = remarkOf(phrase);
    return { status, start: 0, end: offset + match.index, ...(remark ? { remark } : {}) };
  }
  return undefined;
}
