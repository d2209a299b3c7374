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
  /** A status that says more than the status ("Completed Mar 2026"), kept for the note. */
  remark?: string;
}

/**
 * Obsidian Tasks fields closing an item: "✅ 2026-02-14" (done on), "📅 2026-06-30" (due),
 * "🔼" (priority), and tags ("#course"). The dates are kept for the note; a "✅ date" is done.
 */
const DATED_FIELDS = /(?:\s+(?:[\p{Extended_Pictographic}][\u{FE0F}]?\s*\d{4}-\d{2}-\d{2}|[🔺⏫🔼🔽⏬]\u{FE0F}?|#[\p{L}_][\p{L}\p{N}_/-]*))+\s*$/u;

function takeDatedFields(nodes: PhrasingContent[]): ItemStatusInText | undefined {
  const flat = flatten(nodes);
  const match = matchAtEnd(DATED_FIELDS, flat.text);
  if (!match || match.index === 0) return undefined;
  const kept = cut(flat, match.index, 'head');
  if (!kept || !hasWords(kept)) return undefined;
  const fields = tidy(match.whole);
  // Tags (#course) are filing, dropped like decoration; dates are kept.
  const dates = tidy(fields.replace(/[🔺⏫🔼🔽⏬]\u{FE0F}?|#[\p{L}_][\p{L}\p{N}_/-]*/gu, ''));
  return { nodes: kept, ...(/✅/u.test(fields) ? { status: 'done' as const } : {}), ...(dates ? { remark: dates } : {}) };
}

/** Take a status off the start or the end of the item's text ("✅ SQL", "ETL pipeline ✅", "Dashboard (todo)"). */
export function takeStatus(nodes: readonly PhrasingContent[]): ItemStatusInText {
  let current = mergeText(nodes);
  let found: ItemStatusInText = { nodes: current };
  const dated = takeDatedFields(current);
  if (dated) {
    current = dated.nodes;
    found = dated;
  }
  const leading = leadingStatus(flatten(current).text);
  const afterLeading = leading && cut(flatten(current), leading.start, 'tail');
  if (leading && afterLeading && hasWords(afterLeading)) {
    current = afterLeading;
    const remark = found.remark ?? leading.remark;
    found = { nodes: current, status: leading.status, ...(remark ? { remark } : {}) };
  }
  const trailing = trailingStatus(flatten(current).text);
  const beforeTrailing = trailing && cut(flatten(current), trailing.end, 'head');
  if (trailing && beforeTrailing && hasWords(beforeTrailing)) {
    return { nodes: beforeTrailing, status: found.status ?? trailing.status, ...(found.remark || trailing.remark ? { remark: found.remark ?? trailing.remark } : {}) };
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
  const parts = inside.split(/\s*[,;]\s*/u);
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
