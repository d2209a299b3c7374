import type { Blockquote, Code, List, ListItem, Nodes, PhrasingContent, Root, RootContent, Table } from 'mdast';
import type { ItemStatus, Link, RoadmapWarning } from '../model/index.js';
import { linksIn, plainText, tidy, withoutDecoration } from './plain-text.js';
import { hasStatusInText } from './item-text.js';
import { frontMatterEnd } from './read-markdown.js';
import { isLane, isNotesSection, isStage, laneStatus, LIST_ITEM_LINE, TABLE_ROW_LINE } from './sections.js';
import { CANCELLED_IN_TEXT, readStatus } from './status-words.js';
import { ARCHIVED_HEADER, assignColumns, LEARNING_HEADER, LEARNING_PLACE_HEADER } from './table-columns.js';

/**
 * Step 3 (mdast → RawItem[]): find the items of a roadmap (table rows and list items), the
 * heading each stands under and the stage (phase) it belongs to. What the cells and words mean is
 * the next step's job. Every line that looks like an item but is not taken (a note, a toggle, a
 * checklist in a code block) is named in a warning: nothing is dropped without a word.
 */

export interface HeadingRef {
  /** Heading text as a reader sees it, decoration emoji stripped. */
  title: string;
  line: number;
}

export interface RawItem {
  from: 'table-row' | 'list-item';
  line: number;
  /** Last line of the item with its nested lines; the same as `line` for a row. */
  endLine: number;
  /** The nearest heading above the item (or the label of its group): its section. */
  heading: HeadingRef | undefined;
  /** The outermost stage heading ("Phase 2", "Months 4–6", "PART 3 —") above the item: its phase. */
  phase: HeadingRef | undefined;
  /** A short line right before the item's list ("Courses", "Notes to self:"): what the list is. */
  label?: string;
  /** The status of the kanban lane ("## Doing") the item stands in, where it stands in one. */
  lane?: ItemStatus;
  /** Title cell of a row, or the first paragraph of a list item. */
  title: PhrasingContent[];
  /** Status cell text; undefined when the table has no status column or this is a list item. */
  statusCell?: string;
  /** Task-list state of a list item (`[x]` true, `[ ]` false); null for plain bullets and rows. */
  checked: boolean | null;
  track?: string;
  /** Source/link cell of a row. */
  linkCell?: { header: string; nodes: PhrasingContent[] };
  /** Columns with no role, by header. */
  extra: Record<string, string>;
  /** Nested list items and further paragraphs of a list item. */
  details: string[];
  detailLinks: Link[];
  /** The title column says "course" (Course Name, Courses…): its rows are courses. */
  inCourseTable: boolean;
  /** The row's "Archived" cell says it was archived (a Trello card). */
  archived?: boolean;
}

/** Lines that look like items but are not read as items, and why. */
export interface Unread {
  line: number;
  endLine: number;
  message: string;
}

export interface FoundItems {
  items: RawItem[];
  headings: HeadingRef[];
  warnings: RoadmapWarning[];
  /** Lines read as the frame of items, not as items: group labels over task lists, table header rows. */
  labelLines: number[];
}

const lineOf = (node: Nodes): number => node.position?.start.line ?? 1;

interface Section {
  ref: HeadingRef;
  depth: number;
  stage: boolean;
  lane?: ItemStatus;
  notes: boolean;
}

/** Where a block stands when it is not in the roadmap proper: why its item-like lines are not items. */
type Aside = 'toggle' | 'details' | 'callout';

interface WalkState {
  /** Open headings, outermost first; labels of stages and headingless sections sit at depth 7. */
  sections: Section[];
  /** False after a thematic break until the next heading: prose there is not under a heading. */
  inSection: boolean;
  /** The document has no markdown headings at all (text pasted from a web page or a chat). */
  headingless: boolean;
  /** Inside an HTML `<details>` or `<aside>` block (Notion toggles and callouts). */
  inHtml: Aside | undefined;
  items: (RawItem & { plainBullet: boolean; inSection: boolean; inCheckboxList: boolean; notes: boolean })[];
  headings: HeadingRef[];
  warnings: RoadmapWarning[];
  unread: Unread[];
  labelLines: number[];
  sourceLines: readonly string[];
}

function cellText(nodes: readonly Nodes[]): string {
  return tidy(plainText(nodes));
}

const current = (state: WalkState): Section | undefined => state.sections[state.sections.length - 1];
const phaseOf = (state: WalkState): HeadingRef | undefined => state.sections.find((section) => section.stage)?.ref;
const laneOf = (state: WalkState): ItemStatus | undefined => [...state.sections].reverse().find((section) => section.lane)?.lane;

/** The last line of a node that holds text (markdown-it spans can end on a blank line). */
function endLineOf(node: Nodes, state: WalkState): number {
  const start = lineOf(node);
  let end = node.position?.end.line ?? start;
  while (end > start && (state.sourceLines[end - 1] ?? '').trim() === '') end--;
  return end;
}

/** Source lines start..end that look like list items, tasks or table rows. */
function itemLikeLines(start: number, end: number, state: WalkState): number[] {
  const lines: number[] = [];
  for (let line = start; line <= end; line++) {
    const text = state.sourceLines[line - 1] ?? '';
    if (LIST_ITEM_LINE.test(text) || TABLE_ROW_LINE.test(text)) lines.push(line);
  }
  return lines;
}

const plural = (count: number, word: string): string => `${count} ${word}${count === 1 ? '' : 's'}`;

/** Name the item-like lines of a block that is not read as items, with why; silent when there are none. */
function leaveUnread(node: Nodes, state: WalkState, why: (lines: number[]) => string): void {
  const lines = itemLikeLines(lineOf(node), endLineOf(node, state), state);
  if (lines.length === 0) return;
  state.unread.push({ line: lines[0]!, endLine: lines[lines.length - 1]!, message: why(lines) });
}

const ASIDE_WHY: Record<Aside, string> = {
  toggle: 'are inside a toggle (▶), which holds notes, not items',
  details: 'are inside a <details> block (a Notion toggle), which holds notes, not items',
  callout: 'are inside a callout, which holds notes, not items',
};

function asideWarning(aside: Aside): (lines: number[]) => string {
  return (lines) => `${plural(lines.length, 'list line')} ${lines.length === 1 ? ASIDE_WHY[aside].replace(/^are/u, 'is') : ASIDE_WHY[aside]}; move ${lines.length === 1 ? 'it' : 'them'} out of it to track ${lines.length === 1 ? 'it' : 'them'}`;
}

function readTable(table: Table, state: WalkState, label: string | undefined): void {
  if (state.inHtml) {
    leaveUnread(table, state, asideWarning(state.inHtml));
    return;
  }
  const [headerRow, ...rows] = table.children;
  if (!headerRow) return;
  // The header row and the |---| row under it frame the rows.
  state.labelLines.push(lineOf(table), lineOf(table) + 1);
  const headers = headerRow.children.map((cell) => cellText(cell.children));
  const texts = rows.map((row) => row.children.map((cell) => cellText(cell.children)));
  const columns = assignColumns(headers, texts);
  const titleColumn = columns.get('title');
  const line = lineOf(table);
  if (titleColumn === undefined) {
    leaveUnread(table, state, (lines) => `the table has no column that names its items (e.g. "Course" or "Name"); its rows are skipped`);
    return;
  }
  const statusColumn = columns.get('status');
  const linkColumn = columns.get('link');
  if (statusColumn === undefined && rows.length > 0) {
    state.warnings.push({
      line,
      message: `table has no status column (its headers: ${headers.join(', ')}); its ${rows.length} row${rows.length === 1 ? ' is' : 's are'} kept as not started. Add a "Status" column with ✅, 🟡 or ⚪ to track them`,
    });
  }
  const roleOf = new Map([...columns].map(([role, index]) => [index, role]));
  const titleHeader = headers[titleColumn] ?? '';
  const archivedColumn = headers.findIndex((header) => ARCHIVED_HEADER.test(header));
  // A column saying where one learns ("Platform: Coursera") makes it a learning table too.
  const inCourseTable = LEARNING_HEADER.test(titleHeader) || (linkColumn !== undefined && LEARNING_HEADER.test(headers[linkColumn] ?? '')) || headers.some((header) => LEARNING_PLACE_HEADER.test(header));
  for (const row of rows) {
    const cells = row.children;
    const titleNodes = cells[titleColumn]?.children ?? [];
    if (cells.every((cell) => cellText(cell.children) === '')) {
      state.labelLines.push(lineOf(row));
      continue;
    }
    if (cellText(titleNodes) === '') {
      state.warnings.push({ line: lineOf(row), message: `row has an empty "${titleHeader}" cell; it is skipped` });
      continue;
    }
    const extra: Record<string, string> = {};
    cells.forEach((cell, index) => {
      const header = headers[index] || `Column ${index + 1}`;
      const text = cellText(cell.children);
      if (!roleOf.has(index) && index !== archivedColumn && text !== '') extra[header] = text;
    });
    const trackColumn = columns.get('track');
    const linkCell = linkColumn === undefined ? undefined : cells[linkColumn];
    const track = trackColumn === undefined ? '' : cellText(cells[trackColumn]?.children ?? []);
    const archived = archivedColumn !== -1 && /^(?:true|yes|y|x|✓|✔|archived)$/iu.test(cellText(cells[archivedColumn]?.children ?? []));
    const lane = laneOf(state);
    state.items.push({
      from: 'table-row',
      line: lineOf(row),
      endLine: lineOf(row),
      heading: current(state)?.ref,
      phase: phaseOf(state),
      ...(label ? { label } : {}),
      ...(lane ? { lane } : {}),
      title: titleNodes,
      ...(statusColumn === undefined ? {} : { statusCell: cellText(cells[statusColumn]?.children ?? []) }),
      checked: null,
      ...(track ? { track } : {}),
      ...(linkCell && linkColumn !== undefined ? { linkCell: { header: headers[linkColumn] ?? 'Link', nodes: linkCell.children } } : {}),
      extra,
      details: [],
      detailLinks: [],
      inCourseTable,
      ...(archived ? { archived } : {}),
      plainBullet: false,
      inSection: state.inSection,
      inCheckboxList: false,
      notes: false,
    });
  }
}

/** Notion toggles exported as list items: "- ▶ Requirements". */
const TOGGLE = /^\s*[▶▸►‣⯈🔽🔻]\u{FE0F}?\s*/u;
/** A callout: Obsidian / GitHub "> [!tip] Title", or a Notion callout quoted with its emoji ("> 💡 …"). */
const CALLOUT = /^\s*(?:\[![\w-]+\][+-]?\s*|\p{Extended_Pictographic}\u{FE0F}?\s)/u;

const isToggle = (item: ListItem): boolean => item.children[0]?.type === 'paragraph' && TOGGLE.test(cellText([item.children[0]]));

function isCallout(quote: Blockquote): boolean {
  const first = quote.children[0];
  return first?.type === 'paragraph' && CALLOUT.test(plainText(first.children));
}

/** Nested items, depth first, as lines of text; a nested checkbox keeps its mark, a toggle loses its ▶. */
function detailsOf(nodes: readonly Nodes[], into: string[]): void {
  for (const node of nodes) {
    if (node.type === 'list') {
      for (const item of node.children) {
        const [first, ...rest] = item.children;
        const mark = item.checked === true ? '[x] ' : item.checked === false ? '[ ] ' : '';
        if (first && first.type !== 'list') into.push(mark + cellText([first]).replace(TOGGLE, ''));
        detailsOf(first?.type === 'list' ? item.children : rest, into);
      }
    } else if (node.type === 'blockquote') {
      // A callout inside an item ("> [!tip] Remember"): its title and lines are notes of the item.
      const [first, ...rest] = node.children;
      if (first?.type === 'paragraph') {
        const [title = '', ...more] = plainText(first.children).split('\n');
        const heading = tidy(title.replace(CALLOUT, ''));
        if (heading !== '') into.push(heading);
        for (const line of more) if (tidy(line) !== '') into.push(tidy(line));
      }
      detailsOf(first?.type === 'paragraph' ? rest : node.children, into);
    } else if (node.type === 'paragraph' || node.type === 'heading' || node.type === 'table') {
      into.push(cellText([node]));
    }
  }
}

/**
 * "- Phase 1" holding only "- [x] Python", "- [ ] SQL": the checkboxes are the roadmap, and the
 * plain bullet above them is a group label. Its nested task items are items, in a section named
 * by the label (a phase when the label names a stage); treating them as details would hide every
 * checkmark the user made.
 */
function readGroup(label: string, line: number, lists: readonly List[], state: WalkState): void {
  const outer = { sections: state.sections, inSection: state.inSection };
  state.labelLines.push(line);
  enterSection({ title: label, line }, 7, state);
  for (const list of lists) readList(list, state, undefined);
  state.sections = outer.sections;
  state.inSection = outer.inSection;
}

function readList(list: List, state: WalkState, label: string | undefined): void {
  if (state.inHtml) {
    leaveUnread(list, state, asideWarning(state.inHtml));
    return;
  }
  const inCheckboxList = list.children.some((item) => item.checked != null);
  let toggles: ListItem[] = [];
  const closeToggles = () => {
    const [first] = toggles;
    const last = toggles[toggles.length - 1];
    if (first && last) leaveUnread({ type: 'list', ordered: false, children: toggles, position: { start: first.position!.start, end: last.position!.end } }, state, asideWarning('toggle'));
    toggles = [];
  };
  for (const item of list.children) {
    if (isToggle(item)) {
      toggles.push(item);
      continue;
    }
    closeToggles();
    readListItem(item, state, label, inCheckboxList);
  }
  closeToggles();
}

function readListItem(item: ListItem, state: WalkState, label: string | undefined, inCheckboxList: boolean): void {
  const [first, ...rest] = item.children;
  if (!first || first.type !== 'paragraph') {
    // An item that opens with a heading ("- ## Stage 1", Logseq) or a code block: read what it holds.
    if (first?.type === 'heading') state.labelLines.push(lineOf(item));
    if (item.children.length > 0) walk(item.children, state);
    return;
  }
  const nestedLists = rest.filter((child): child is List => child.type === 'list');
  const titleText = cellText(first.children);
  const statusInText = hasStatusInText(first.children);
  if (item.checked == null && !statusInText && nestedLists.length > 0 && nestedLists.every((list) => list.children.every((child) => child.checked != null))) {
    readGroup(withoutDecoration(titleText).replace(/\s*:$/u, ''), lineOf(item), nestedLists, state);
    return;
  }
  const details: string[] = [];
  detailsOf(rest, details);
  const checked = item.checked ?? null;
  const lane = laneOf(state);
  state.items.push({
    from: 'list-item',
    line: lineOf(item),
    endLine: endLineOf(item, state),
    heading: current(state)?.ref,
    phase: phaseOf(state),
    ...(label ? { label } : {}),
    ...(lane ? { lane } : {}),
    title: first.children,
    checked,
    extra: {},
    details: details.filter((detail) => detail !== ''),
    detailLinks: linksIn(rest),
    inCourseTable: false,
    plainBullet: checked === null && lane === undefined && !statusInText && !CANCELLED_IN_TEXT.test(titleText),
    inSection: state.inSection,
    inCheckboxList,
    notes: (label !== undefined && isNotesSection(label)) || state.sections.some((section) => section.notes),
  });
}

/** Open a section at a heading's depth, closing those at the same depth or deeper. */
function enterSection(ref: HeadingRef, depth: number, state: WalkState): void {
  if (ref.title === '') {
    state.inSection = true;
    return;
  }
  const lane = laneStatus(ref.title);
  state.sections = [...state.sections.filter((section) => section.depth < depth), {
    ref, depth, stage: isStage(ref.title) && !isLane(ref.title), ...(lane ? { lane } : {}), notes: isNotesSection(ref.title),
  }];
  state.headings.push(ref);
  state.inSection = true;
}

/**
 * A short line right before a list says what the list is: "Courses", "Notes to self:", a stage
 * ("PART 2 — Clinical data", the last line of a paragraph). Text copied from a rendered page
 * loses its `#`s, so in a document with no headings at all such a line is the list's heading.
 */
function labelBeforeList(node: RootContent, next: RootContent | undefined): { label: string; line: number; lastLineOnly: boolean } | undefined {
  if (node.type !== 'paragraph' || next?.type !== 'list') return undefined;
  const lines = plainText(node.children).split('\n');
  const start = lineOf(node);
  const label = withoutDecoration(lines[lines.length - 1] ?? '').replace(/\s*:$/u, '');
  if (label.length === 0 || label.length > 80 || /[.!?]$/u.test(label) || !/\p{L}/u.test(label)) return undefined;
  return { label, line: start + lines.length - 1, lastLineOnly: lines.length > 1 };
}

function readCode(node: Code, state: WalkState): void {
  const start = lineOf(node);
  const end = endLineOf(node, state);
  const fence = FENCE.exec(state.sourceLines[start - 1] ?? '')?.[1];
  const fenced = fence !== undefined;
  // A fence never closed is named once, by openFenceWarnings.
  if (fence && (end === start || !new RegExp(`^ {0,3}${fence[0] === '`' ? '`' : '~'}{${fence.length},}\\s*$`, 'u').test(state.sourceLines[end - 1] ?? ''))) return;
  const lines = itemLikeLines(fenced ? start + 1 : start, end, state);
  if (lines.length === 0) return;
  state.unread.push({
    line: lines[0]!, endLine: lines[lines.length - 1]!,
    message: `${plural(lines.length, 'list line')} ${fenced ? 'inside a ``` code block' : 'indented as a code block'} ${lines.length === 1 ? 'is' : 'are'} read as code, not items; remove the ${fenced ? 'fence' : 'indent'} to track them`,
  });
}

/** Paragraph lines that look like items but are text of the paragraph: a table with no |---| row, a lazy line. */
function readParagraphLines(node: RootContent, state: WalkState): void {
  const start = lineOf(node);
  const end = endLineOf(node, state);
  const rows: number[] = [];
  const listLines: number[] = [];
  for (let line = start; line <= end; line++) {
    const text = state.sourceLines[line - 1] ?? '';
    if (TABLE_ROW_LINE.test(text)) rows.push(line);
    else if (LIST_ITEM_LINE.test(text) && line > start) listLines.push(line);
  }
  if (rows.length > 0) {
    state.unread.push({ line: rows[0]!, endLine: rows[rows.length - 1]!, message: `${rows.length === 1 ? '1 line looks like a table row but is' : `${rows.length} lines look like table rows but are`} read as text: a table needs a |---|---| line under its header row` });
  }
  if (listLines.length > 0) {
    state.unread.push({ line: listLines[0]!, endLine: listLines[listLines.length - 1]!, message: `${listLines.length === 1 ? '1 line looks like a list item but follows a paragraph, so it is' : `${listLines.length} lines look like list items but follow a paragraph, so they are`} read as its text; add a blank line before ${listLines.length === 1 ? 'it' : 'them'}` });
  }
}

function readHtml(value: string, line: number, state: WalkState): void {
  const opens = /<(details|aside)\b/iu.exec(value);
  const closes = /<\/(details|aside)>/iu.test(value);
  const aside: Aside | undefined = opens ? (opens[1]?.toLowerCase() === 'details' ? 'details' : 'callout') : state.inHtml;
  if (opens && !closes) state.inHtml = aside;
  else if (closes && !opens) state.inHtml = undefined;
  // List lines inside the HTML block itself ("<details><summary>…</summary>\n- a" with no blank line,
  // or a row right under "</aside>"): markdown reads them as HTML.
  const lines = value.replace(/\n$/u, '').split('\n').map((_text, index) => line + index)
    .filter((at) => LIST_ITEM_LINE.test(state.sourceLines[at - 1] ?? '') || TABLE_ROW_LINE.test(state.sourceLines[at - 1] ?? ''));
  if (lines.length === 0) return;
  const message = aside ? asideWarning(aside)(lines)
    : `${plural(lines.length, 'list line')} inside an HTML block ${lines.length === 1 ? 'is' : 'are'} read as HTML, not items; leave a blank line after the HTML to track ${lines.length === 1 ? 'it' : 'them'}`;
  state.unread.push({ line: lines[0]!, endLine: lines[lines.length - 1]!, message });
}

function walk(nodes: readonly RootContent[], state: WalkState): void {
  let label: string | undefined;
  for (const [index, node] of nodes.entries()) {
    const labelForThis = label;
    label = undefined;
    switch (node.type) {
      case 'heading':
        // A heading frames the items under it (a "| a | b |" line over "---" is a setext heading).
        for (let line = lineOf(node); line <= endLineOf(node, state); line++) state.labelLines.push(line);
        enterSection({ title: withoutDecoration(plainText(node.children)), line: lineOf(node) }, node.depth, state);
        break;
      case 'paragraph': {
        readParagraphLines(node, state);
        const found = labelBeforeList(node, nodes[index + 1]);
        if (!found) break;
        if (isStage(found.label) || (state.headingless && !found.lastLineOnly)) {
          enterSection({ title: found.label, line: found.line }, 7, state);
        } else if (!found.lastLineOnly) {
          label = found.label;
        }
        break;
      }
      case 'thematicBreak':
        state.inSection = false;
        break;
      case 'table':
        readTable(node, state, labelForThis);
        break;
      case 'list':
        readList(node, state, labelForThis);
        break;
      case 'blockquote':
        if (isCallout(node)) leaveUnread(node, state, asideWarning('callout'));
        else walk(node.children, state);
        break;
      case 'code':
        readCode(node, state);
        break;
      case 'html':
        readHtml(node.value, lineOf(node), state);
        break;
      default:
        break;
    }
  }
}

type NotItemsWhy = 'intro' | 'rule' | 'checkboxes' | 'notes';

/** "1 bullet … is read as a note" / "2 bullets … are read as notes", and why. */
function notItemsMessage(why: NotItemsWhy, count: number, label: string | undefined): string {
  const one = count === 1;
  const [is, it, note, item] = one ? ['is', 'it', 'a note', 'an item'] : ['are', 'them', 'notes', 'items'];
  switch (why) {
    case 'intro': return `${plural(count, 'bullet')} before the first heading ${is} read as an introduction, not ${item}; put ${it} under a heading to track ${it}`;
    case 'rule': return `${plural(count, 'bullet')} after a --- rule ${is} read as a closing note, not ${item}; put ${it} under a heading to track ${it}`;
    case 'checkboxes': return `${plural(count, 'bullet')} without a checkbox in a checklist ${is} read as ${note}, not ${item}; give ${it} a [ ] to track ${it}`;
    case 'notes': return `${plural(count, 'bullet')}${label ? ` under "${label}"` : ''} ${is} read as ${note}, not ${item}`;
  }
}

/**
 * Items in document order and the headings above them. Plain bullets are prose, not items, where
 * they stand beside checkboxes in the same list, under no heading (an introduction, a closing note
 * after a `---`), or under a "Notes" / "Resources" / "Ideas" heading or label; each such run of
 * bullets is named in one warning.
 */
export function findItems(tree: Root, sourceLines: readonly string[]): FoundItems {
  const metadataEnd = frontMatterEnd(sourceLines);
  const headingless = !tree.children.some((node) => node.type === 'heading' || (node.type === 'list' && node.children.some((item) => item.children[0]?.type === 'heading')));
  const state: WalkState = { sections: [], inSection: false, headingless, inHtml: undefined, items: [], headings: [], warnings: [], unread: [], labelLines: [], sourceLines };
  walk(tree.children, state);
  const items: RawItem[] = [];
  let run: { why: NotItemsWhy; label: string | undefined; lines: number[]; endLine: number } | undefined;
  const closeRun = () => {
    if (!run) return;
    state.unread.push({ line: run.lines[0]!, endLine: run.endLine, message: `${notItemsMessage(run.why, run.lines.length, run.label)}` });
    run = undefined;
  };
  for (const { plainBullet, inSection, inCheckboxList, notes, ...item } of state.items) {
    const why: NotItemsWhy | undefined = !plainBullet ? undefined
      : !inSection ? (item.heading === undefined ? 'intro' : 'rule')
        : inCheckboxList ? 'checkboxes'
          : notes ? 'notes'
            : item.heading === undefined && item.label === undefined ? 'intro' : undefined;
    if (!why) {
      closeRun();
      items.push(item);
      continue;
    }
    const label = item.label ?? item.heading?.title;
    if (run && run.why === why && run.label === label && item.line <= run.endLine + 2) {
      run.lines.push(item.line);
      run.endLine = item.endLine;
    } else {
      closeRun();
      run = { why, label, lines: [item.line], endLine: item.endLine };
    }
  }
  closeRun();
  const metadata = itemLikeLines(1, metadataEnd, state);
  if (metadata.length > 0) state.unread.push({ line: metadata[0]!, endLine: metadata[metadata.length - 1]!, message: `list lines in the front matter (the --- block at the top) are metadata, not items` });
  const warnings = [...state.warnings, ...openFenceWarnings(tree, sourceLines), ...state.unread.map(({ line, endLine, message }) => ({ line, ...(endLine > line ? { endLine } : {}), message }))];
  return { items, headings: state.headings, warnings, labelLines: state.labelLines };
}

const FENCE = /^ {0,3}(`{3,}|~{3,})/;

/** A fence left open swallows the rest of the file as code: say so, or items silently vanish. */
function openFenceWarnings(tree: Root, sourceLines: readonly string[]): RoadmapWarning[] {
  const last = tree.children[tree.children.length - 1];
  if (last?.type !== 'code' || !last.position) return [];
  const startLine = sourceLines[last.position.start.line - 1] ?? '';
  const opening = FENCE.exec(startLine)?.[1];
  if (!opening) return [];
  const endLine = sourceLines[last.position.end.line - 1] ?? '';
  const closed = last.position.end.line > last.position.start.line && new RegExp(`^ {0,3}${opening[0] === '`' ? '`' : '~'}{${opening.length},}\\s*$`).test(endLine);
  if (closed) return [];
  return [{ line: last.position.start.line, ...(last.position.end.line > last.position.start.line ? { endLine: last.position.end.line } : {}), message: `code block opened here with ${opening} is never closed, so everything below it is read as code; close it with ${opening}` }];
}
