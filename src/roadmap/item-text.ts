import type { Link as LinkNode, PhrasingContent } from 'mdast';
import type { ItemStatus } from '../model/index.js';
import { plainText, tidy } from './plain-text.js';
import { leadingStatus, trailingStatus } from './status-affix.js';

/**
 * The words of an item (a list item's first paragraph, a row's title cell) taken apart: a status
 * written before or after the title, link-only pieces at the end ("— [repo](…)", "([link](…))"),
 * and the note (a trailing parenthetical, or what follows a bold title). The title is what is left.
 *
 * The work is done on the text a reader sees, with each link standing as one placeholder
 * character, so one regex can look at "Titanic classifier — ⟨link⟩"; cuts are then made in the
 * nodes, only inside plain text or between nodes, so bold and links are never split.
 */

const LINK_PLACEHOLDER = '\u{E000}';

interface Piece {
  start: number;
  end: number;
  node: PhrasingContent;
  /** Text nodes can be cut anywhere; links and emphasis only at their edges. */
  cuttable: boolean;
  link?: LinkNode;
}

interface FlatText {
  text: string;
  pieces: Piece[];
}

/** A link on its own, or wrapped in emphasis ("**[repo](…)**"). */
function soleLink(node: PhrasingContent): LinkNode | undefined {
  if (node.type === 'link') return node;
  if (node.type !== 'strong' && node.type !== 'emphasis') return undefined;
  const meaningful = node.children.filter((child) => !(child.type === 'text' && child.value.trim() === ''));
  return meaningful.length === 1 && meaningful[0] ? soleLink(meaningful[0]) : undefined;
}

/** markdown-it splits text at "[", "(" and "*": join neighbours so patterns see whole phrases. */
export function mergeText(nodes: readonly PhrasingContent[]): PhrasingContent[] {
  const merged: PhrasingContent[] = [];
  for (const node of nodes) {
    const previous = merged[merged.length - 1];
    if (node.type === 'text' && previous?.type === 'text') merged[merged.length - 1] = { ...previous, value: previous.value + node.value };
    else merged.push(node);
  }
  return merged;
}

function flatten(nodes: readonly PhrasingContent[]): FlatText {
  let text = '';
  const pieces: Piece[] = [];
  for (const node of nodes) {
    const link = soleLink(node);
    const value = link ? LINK_PLACEHOLDER : node.type === 'text' ? node.value : plainText([node]);
    pieces.push({ start: text.length, end: text.length + value.length, node, cuttable: node.type === 'text', ...(link ? { link } : {}) });
    text += value;
  }
  return { text, pieces };
}

/** The nodes before `offset` (`keep: 'head'`) or from it (`'tail'`); undefined when that would split a link or bold. */
function cut(flat: FlatText, offset: number, keep: 'head' | 'tail'): PhrasingContent[] | undefined {
  const kept: PhrasingContent[] = [];
  for (const piece of flat.pieces) {
    const inside = piece.start < offset && offset < piece.end;
    if (inside && !piece.cuttable) return undefined;
    if (inside && piece.node.type === 'text') {
      const value = keep === 'head' ? piece.node.value.slice(0, offset - piece.start) : piece.node.value.slice(offset - piece.start);
      kept.push({ ...piece.node, value });
    } else if (keep === 'head' ? piece.end <= offset : piece.start >= offset) {
      kept.push(piece.node);
    }
  }
  return kept;
}

/**
 * The last characters of a text, where closing pieces are looked for: the patterns backtrack, and
 * a 1 MB line must not cost minutes. Returns the match with its index in the whole text.
 */
const TAIL_WINDOW = 300;

function matchAtEnd(pattern: RegExp, text: string): { index: number; groups: (string | undefined)[]; whole: string } | undefined {
  const offset = Math.max(0, text.length - TAIL_WINDOW);
  const match = pattern.exec(text.slice(offset));
  return match ? { index: offset + match.index, groups: [...match], whole: match[0] } : undefined;
}

const hasWords = (nodes: readonly PhrasingContent[]): boolean => /[\p{L}\p{N}]/u.test(plainText(nodes));

export interface ItemStatusInText {
  nodes: PhrasingContent[];
  status?: ItemStatus;
  /** A status that says more than the status ("Completed Mar 2026"), or dates, kept for the note. */
  remark?: string;
  /** Tags filed on the item ("#project", Logseq "tags:: course"), lower case, without "#". */
  tags?: string[];
}

const DATE = '\\d{4}-\\d{2}-\\d{2}';
/**
 * Fields closing an item: Obsidian Tasks "✅ 2026-02-14" (done on), "📅 2026-06-30" (due), "🔼"
 * (priority); Obsidian Kanban due dates "@{2026-06-30}" / "@[[2026-06-30]]"; tags ("#course").
 * The dates are kept for the note; a "✅ date" is done; the tags say the kind.
 */
const DATED_FIELDS = new RegExp(`(?:\\s+(?:[\\p{Extended_Pictographic}][\\u{FE0F}]?\\s*${DATE}|@\\{${DATE}\\}|@\\[\\[${DATE}\\]\\]|[🔺⏫🔼🔽⏬]\\u{FE0F}?|#[\\p{L}_][\\p{L}\\p{N}_/-]*))+\\s*$`, 'u');
const TAG = /#([\p{L}_][\p{L}\p{N}_/-]*)/gu;

function takeDatedFields(nodes: PhrasingContent[]): ItemStatusInText | undefined {
  const flat = flatten(nodes);
  const match = matchAtEnd(DATED_FIELDS, flat.text);
  if (!match || match.index === 0) return undefined;
  const kept = cut(flat, match.index, 'head');
  if (!kept || !hasWords(kept)) return undefined;
  const fields = tidy(match.whole);
  const tags = [...fields.matchAll(TAG)].map((tag) => (tag[1] ?? '').toLowerCase());
  // Tags (#course) are filing, not words of the note; priorities are dropped; dates are kept.
  const dates = tidy(fields.replace(/[🔺⏫🔼🔽⏬]\u{FE0F}?|#[\p{L}_][\p{L}\p{N}_/-]*/gu, '').replace(/@\{([^}]*)\}|@\[\[([^\]]*)\]\]/gu, (_field, braced?: string, linked?: string) => `due ${braced ?? linked ?? ''}`));
  return { nodes: kept, ...(/✅/u.test(fields) ? { status: 'done' as const } : {}), ...(dates ? { remark: dates } : {}), ...(tags.length > 0 ? { tags } : {}) };
}

/** Logseq / org-mode lines under a block's first line: "tags:: project", "SCHEDULED: <2026-05-04 Mon>". */
const PROPERTY_LINE = /^\s*(?:[\p{L}\p{N}_-]+::.*|(?:SCHEDULED|DEADLINE|CLOSED):\s*[<[][^>\]]*[>\]]\s*)$/u;
const TAG_PROPERTY = /^(?:tags?|type|category|kind|labels?)$/iu;

/** Take the property lines off the end of an item's first paragraph; their tags and dates are kept apart. */
function takeProperties(nodes: PhrasingContent[]): ItemStatusInText | undefined {
  const flat = flatten(nodes);
  const lines = flat.text.split('\n');
  let first = lines.length;
  while (first > 1 && PROPERTY_LINE.test(lines[first - 1] ?? '')) first--;
  if (first === lines.length) return undefined;
  const offset = lines.slice(0, first).join('\n').length;
  const kept = cut(flat, offset, 'head');
  if (!kept || !hasWords(kept)) return undefined;
  const tags: string[] = [];
  const remarks: string[] = [];
  for (const line of plainText(cut(flat, offset, 'tail') ?? []).split('\n')) {
    const planned = /^\s*(SCHEDULED|DEADLINE|CLOSED):\s*[<[](\d{4}-\d{2}-\d{2})?[^>\]]*[>\]]/u.exec(line);
    if (planned) {
      remarks.push(`${planned[1] === 'DEADLINE' ? 'due' : planned[1] === 'CLOSED' ? 'closed' : 'scheduled'} ${planned[2] ?? ''}`.trim());
      continue;
    }
    const property = /^\s*([\p{L}\p{N}_-]+)::\s*(.*)$/u.exec(line);
    if (!property) continue;
    const [, key = '', value = ''] = property;
    if (TAG_PROPERTY.test(key)) tags.push(...value.split(/\s*,\s*/u).map((tag) => tag.replace(/^#/u, '').toLowerCase()).filter(Boolean));
    else if (tidy(value) !== '' && !/^(?:id|collapsed|heading)$/iu.test(key)) remarks.push(`${key} ${tidy(value)}`);
  }
  return { nodes: kept, ...(remarks.length > 0 ? { remark: remarks.join('; ') } : {}), ...(tags.length > 0 ? { tags } : {}) };
}

const joinRemarks = (...remarks: (string | undefined)[]): string | undefined => remarks.filter(Boolean).join('; ') || undefined;

/** Take a status off the start or the end of the item's text ("✅ SQL", "ETL pipeline ✅", "Dashboard (todo)"). */
export function takeStatus(nodes: readonly PhrasingContent[]): ItemStatusInText {
  let current = mergeText(nodes);
  let found: ItemStatusInText = { nodes: current };
  const properties = takeProperties(current);
  if (properties) {
    current = properties.nodes;
    found = properties;
  }
  const dated = takeDatedFields(current);
  if (dated) {
    current = dated.nodes;
    const remark = joinRemarks(dated.remark, found.remark);
    const tags = [...(found.tags ?? []), ...(dated.tags ?? [])];
    found = { nodes: current, ...(dated.status ? { status: dated.status } : {}), ...(remark ? { remark } : {}), ...(tags.length > 0 ? { tags } : {}) };
  }
  const tags = found.tags ? { tags: found.tags } : {};
  const leading = leadingStatus(flatten(current).text);
  const afterLeading = leading && cut(flatten(current), leading.start, 'tail');
  if (leading && afterLeading && hasWords(afterLeading)) {
    current = afterLeading;
    const remark = found.remark ?? leading.remark;
    found = { nodes: current, status: leading.status, ...(remark ? { remark } : {}), ...tags };
  }
  const trailing = trailingStatus(flatten(current).text);
  const beforeTrailing = trailing && cut(flatten(current), trailing.end, 'head');
  if (trailing && beforeTrailing && hasWords(beforeTrailing)) {
    return { nodes: beforeTrailing, status: found.status ?? trailing.status, ...(found.remark || trailing.remark ? { remark: found.remark ?? trailing.remark } : {}), ...tags };
  }
  return found;
}

/** Whether the text carries a status of its own, before or after its words. */
export function hasStatusInText(nodes: readonly PhrasingContent[]): boolean {
  return takeStatus(nodes).status !== undefined;
}

/** Link texts that only say where something is, never what it is. */
const GENERIC_LINK_TEXT = /^(?:repo(?:sitory)?|code|source(?: code)?|github|gitlab|link|url|notes?|demo|live(?: demo)?|app|site|website|docs?|documentation|slides|paper|pdf|report|certificate|cert|notebook|colab|blog(?: post)?|post|article|video|write-?up|here|view|details)$/iu;
const LINK_LIST = `${LINK_PLACEHOLDER}(?:\\s*(?:[,;/|·•&+]|and)\\s*${LINK_PLACEHOLDER})*`;
const TRAILING_LINKS = new RegExp(`(\\s*[-–—|:·•]\\s*|\\s*)(\\(\\s*${LINK_LIST}\\s*\\)|\\[\\s*${LINK_LIST}\\s*\\]|${LINK_LIST})[.\\s]*$`, 'u');

/**
 * Drop links that stand apart at the end ("— [repo](…)", "([link](…))", "| [notes](…)",
 * or a bare "[GitHub](…)"): they say where the work is, not what it is. The caller keeps every
 * link in `links`. A link that is part of a sentence ("Build a dashboard with [Streamlit](…)") stays.
 */
export function withoutTrailingLinks(nodes: readonly PhrasingContent[]): PhrasingContent[] {
  const flat = flatten(mergeText(nodes));
  const match = matchAtEnd(TRAILING_LINKS, flat.text);
  if (!match || match.index === 0) return [...nodes];
  const separated = (match.groups[1] ?? '').trim() !== '' || /^[(\[]/u.test(match.groups[2] ?? '');
  const links = flat.pieces.filter((piece) => piece.link && piece.start >= match.index);
  const allGeneric = links.every((piece) => GENERIC_LINK_TEXT.test(tidy(plainText(piece.link?.children ?? []))));
  if (!separated && !allGeneric) return [...nodes];
  const kept = cut(flat, match.index, 'head');
  return kept && hasWords(kept) ? kept : [...nodes];
}

/** Where people learn online: "(Coursera)", "(edX)", "(fast.ai)"; also inside a list ("(UC Davis, Coursera)"). */
export const LEARNING_PLATFORM = /^\(?(?:coursera|edx|udemy|udacity|datacamp|codecademy|fast\.ai|kaggle(?: learn)?|khan academy|(?:mit )?ocw|mit opencourseware|freecodecamp|pluralsight|linkedin learning|brilliant|deeplearning\.ai|youtube|stanford online|harvardx|mitx)\)?$/iu;
const MONTH_OR_YEAR = /\b(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|(?:19|20)\d\d)\b/iu;

/** Separators between a bold title and its note: "**Pandas**: data wrangling", "**SQL** — basics". */
const NOTE_SEPARATOR = /^[\s:;,.\-–—]+/u;
/** A closing "(…)": "(Coursera)", "(Crucial for EHR)". */
const TRAILING_PARENTHETICAL = /\s*\(([^()]*)\)[.\s]*$/u;

/**
 * What a parenthetical names belongs to the title: a number ("Linear Algebra (18.06)") or a
 * list of names ("Cloud platforms (AWS, GCP, Azure)"). A remark ("Coursera", "Crucial for EHR",
 * "e.g. cleaning EHR data") is a note.
 */
function isPartOfName(inside: string): boolean {
  if (!/\p{L}/u.test(inside)) return true;
  // An edition is part of a book's name: "R for Data Science (2e)", "(3rd edition)".
  if (/^\d+(?:st|nd|rd|th)?\s*(?:e|ed\.?|edition)$/iu.test(inside.trim())) return true;
  const parts = inside.split(/\s*[,;]\s*/u);
  // Where or when one learns is a remark: "(UC Davis, Coursera)", "(EMBL, June)", "(Udacity, free)".
  if (parts.some((part) => LEARNING_PLATFORM.test(part) || MONTH_OR_YEAR.test(part) || /^(?:free|paid|online|optional)$/iu.test(part))) return false;
  return parts.length > 1 && !/^(?:e\.g|i\.e|incl|such as|like)\b/iu.test(inside) && parts.every((part) => part.split(/\s+/u).length <= 3);
}

export interface TitleAndNote {
  title: string;
  note?: string;
}

/**
 * Split the title from its note. A bold lead is the title when more text follows
 * ("**Data Cleaning** (Crucial for EHR)"), unless it ends in a colon ("**Week 1-2:** Python", a
 * label). Without a bold lead, a trailing parenthetical is the note ("Pandas (Coursera)"); bolding
 * the whole title keeps one in it ("**Python (Intermediate)**").
 */
export function titleAndNote(input: readonly PhrasingContent[]): TitleAndNote {
  const nodes = mergeText(input);
  const meaningful = nodes.filter((node) => !(node.type === 'text' && node.value.trim() === ''));
  const [lead] = meaningful;
  const whole = tidy(plainText(nodes));
  if (lead && (lead.type === 'strong' || lead.type === 'emphasis') && meaningful.length > 1) {
    const title = tidy(plainText([lead]));
    if (title !== '' && !title.endsWith(':')) {
      const note = tidy(plainText(nodes.slice(nodes.indexOf(lead) + 1))).replace(NOTE_SEPARATOR, '');
      return note === '' ? { title } : { title, note };
    }
  }
  const flat = flatten(nodes);
  const match = matchAtEnd(TRAILING_PARENTHETICAL, flat.text);
  if (match && match.index > 0 && !isPartOfName(match.groups[1] ?? '')) {
    const head = cut(flat, match.index, 'head');
    const tail = cut(flat, match.index, 'tail');
    if (head && tail && hasWords(head)) return { title: tidy(plainText(head)), note: tidy(plainText(tail)).replace(/\.$/u, '') };
  }
  const dash = lastSpacedDash(flat.text);
  if (dash !== undefined) {
    const head = cut(flat, dash, 'head');
    const tail = cut(flat, dash, 'tail');
    const headText = head ? tidy(plainText(head)) : '';
    const note = tail ? tidy(plainText(tail)).replace(NOTE_SEPARATOR, '').replace(/\.$/u, '') : '';
    if (head && hasWords(head) && !LABEL_ONLY.test(headText) && /\p{L}/u.test(note)) return { title: headText, note };
  }
  return { title: whole };
}

/** A title that is only a label ("Project", "Week 3", "Phase 2:"): what follows its dash is the name, not a note. */
const LABEL_ONLY = /^(?:(?:mini-|side |portfolio )?project|capstone|portfolio|week|phase|module|part|step|day|month|unit|chapter|lesson|stage|level)\b[\s\d:.#-]*$/iu;

/**
 * Where a spaced em or en dash sets a remark apart at the end ("School Attendance Dashboard —
 * Tableau, 3 years of data"). Plain hyphens are left alone: they join ranges and names ("Week 1 - 2").
 * Only the last 300 characters are searched, so a pathological line stays linear.
 */
function lastSpacedDash(text: string): number | undefined {
  const from = Math.max(0, text.length - 300);
  const index = Math.max(text.lastIndexOf(' — ', text.length), text.lastIndexOf(' – ', text.length));
  return index > 0 && index >= from ? index : undefined;
}
