import type { ItemStatus } from '../model/index.js';

/**
 * The words and marks that say how far along an item is. Matching is case-insensitive and looks
 * at the start of the text only, so "✅ Done", "Done ✅" and "in progress (week 3)" all count.
 */
const STATUS_FORMS: { status: ItemStatus; pattern: RegExp }[] = [
  { status: 'done', pattern: /^(?:✅|✔|☑|✓|🟢|🗹|\[x\]|(?:done|completed?|finished)(?![\p{L}\p{N}]))/iu },
  {
    status: 'in_progress',
    pattern: /^(?:🟡|🟠|⏳|⌛|🚧|🔄|🔶|\[[~/]\]|(?:in[\s_-]*progress|wip|ongoing|started|doing|underway|active|now|in[\s_-]*review|review|blocked|waiting|on[\s_-]*hold|paused)(?![\p{L}\p{N}]))/iu,
  },
  {
    status: 'not_started',
    pattern: /^(?:⚪|⬜|⬛|◻|☐|🔲|🔴|⭕|✘|✗|✖|❌|\[ \]|\[[>!?*]\]|(?:to[\s_-]*do|planned|not[\s_-]*(?:yet[\s_-]*)?started|pending|backlog|later|next|up[\s_-]*next|icebox|someday)(?![\p{L}\p{N}]))/iu,
  },
];

/**
 * Short answers that only mean a status when they are the whole cell, as in a "Done?" column:
 * "x" and "yes" are done, "no" and a dash are not started. "x-ray" or "No SQL" are not statuses.
 */
const WHOLE_CELL_FORMS: Record<string, ItemStatus> = {
  x: 'done', yes: 'done', y: 'done', no: 'not_started', n: 'not_started', '-': 'not_started', '–': 'not_started', '—': 'not_started',
};

/** "100 %", "60%", "0 %": a progress column (an Excel "% Complete"). */
const PERCENT = /^(\d{1,3}(?:[.,]\d+)?)\s*%$/u;

/** Work that was dropped ("Cancelled", Obsidian's "[-]", Logseq's CANCELED): not an item at all. */
export const CANCELLED = /^(?:\[-\]|(?:cancell?ed|dropped|abandoned|won['’]?t do)(?![\p{L}\p{N}]))/iu;

/** In an item's own words a cancel mark must be unmistakable: Obsidian's "[-]", Logseq's "CANCELED", "(cancelled)" at the end. */
export const CANCELLED_IN_TEXT = /^\s*(?:\[-\]|(?:CANCELL?ED|DROPPED)(?![\p{L}\p{N}]))|[(\[](?:cancell?ed|dropped)[)\]]\s*$/u;

/** The forms a warning suggests when a status is not recognised. */
export const SUGGESTED_STATUS_FORMS = '✅, done, 🟡, in progress, ⚪';

export interface StatusReading {
  status: ItemStatus;
  /** The marker as written, e.g. "✅" or "Done", so callers can strip it from a title. */
  marker: string;
}

/** Variation selectors and markdown emphasis carry no meaning in a status cell. */
function normalize(text: string): string {
  return text.replace(/[\u{FE0E}\u{FE0F}*_`]/gu, '').trim();
}

/**
 * The status a text starts with, or undefined when it starts with none we know.
 * Empty text is not started: a blank status cell is the usual way to write "nothing yet".
 */
export function readStatus(text: string): StatusReading | undefined {
  const normalized = normalize(text);
  if (normalized === '') return { status: 'not_started', marker: '' };
  const whole = WHOLE_CELL_FORMS[normalized.toLowerCase()];
  if (whole) return { status: whole, marker: normalized };
  const percent = PERCENT.exec(normalized);
  if (percent) {
    const value = Number((percent[1] ?? '').replace(',', '.'));
    if (value <= 100) return { status: value >= 100 ? 'done' : value > 0 ? 'in_progress' : 'not_started', marker: normalized };
  }
  for (const form of STATUS_FORMS) {
    const match = form.pattern.exec(normalized);
    if (match) return { status: form.status, marker: match[0] };
  }
  return undefined;
}
