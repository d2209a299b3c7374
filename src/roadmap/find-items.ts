import type { List, ListItem, Nodes, PhrasingContent, Root, RootContent, Table } from 'mdast';
import type { Link, RoadmapWarning } from '../model/index.js';
import { linksIn, plainText, tidy, withoutDecoration } from './plain-text.js';
import { hasStatusInText } from './item-text.js';

/**
 * Step 3 (mdast → RawItem[]): find the items of a roadmap (table rows and list items) and the
 * heading each stands under. What the cells and words mean is the next step's job.
 */

export interface HeadingRef {
  /** Heading text as a reader sees it, decoration emoji stripped. */
  title: string;
  line: number;
}

export interface RawItem {
  from: 'table-row' | 'list-item';
  line: number;
  /** The nearest heading above the item: its phase. */
  heading: HeadingRef | undefined;
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
}

export interface FoundItems {
  items: RawItem[];
  headings: HeadingRef[];
  warnings: RoadmapWarning[];
}

type ColumnRole = 'status' | 'track' | 'title' | 'link';

/** Header words per role, tried in this order, so "Course Type" is a track and "Source / Link" a link. */
const ROLE_PATTERNS: [ColumnRole, RegExp][] = [
  ['status', /\b(?:status|state|progress|done|complete[d]?)\b|^[✅✔☑✓]/iu],
  ['link', /\b(?:source|link|url|resource|reference|where)s?\b/i],
  ['track', /\b(?:track|type|category|kind|area|domain|tag)s?\b/i],
  ['title', /\b(?:course|name|title|item|task|project|skill|topic|subject|module|goal|milestone|activity|focus|what)s?\b/i],
];

function assignColumns(headers: string[]): Map<ColumnRole, number> {
  const columns = new Map<ColumnRole, number>();
  headers.forEach((header, index) => {
    const role = ROLE_PATTERNS.find(([candidate, pattern]) => !columns.has(candidate) && pattern.test(header))?.[0];
    if (role) columns.set(role, index);
  });
  // "| Resource | Status |": the resource column is what the table lists.
  const linkColumn = columns.get('link');
  if (!columns.has('title') && linkColumn !== undefined) {
    columns.delete('link');
    columns.set('title', linkColumn);
  }
  // A table without a title-like header still lists things: its first free column names them.
  if (!columns.has('title')) {
    const taken = new Set(columns.values());
    const first = headers.findIndex((header, index) => !taken.has(index) && header !== '');
    if (first !== -1) columns.set('title', first);
  }
  return columns;
}

/**
 * Title (or resource) headers of a learning table: its rows are things to learn from, so courses.
 * "Task", "Goal", "Milestone", "Focus" tables list other work: their rows are items.
 */
const LEARNING_HEADER = /\b(?:courses?|class(?:es)?|lectures?|modules?|lessons?|trainings?|topics?|skills?|subjects?|resources?|books?|tutorials?|materials?|readings?|certifications?)\b/i;

const LEARNING_PLACE_HEADER = /\b(?:platform|provider|instructor|institution|school|university)s?\b/i;

const lineOf = (node: Nodes): number => node.position?.start.line ?? 1;

interface WalkState {
  heading: HeadingRef | undefined;
  /** False after a thematic break until the next heading: prose there is not under a heading. */
  inSection: boolean;
  /** The document has no markdown headings at all (text pasted from a web page or a chat). */
  headingless: boolean;
  items: (RawItem & { plainBullet: boolean; inSection: boolean })[];
  headings: HeadingRef[];
  warnings: RoadmapWarning[];
}

function cellText(nodes: readonly Nodes[]): string {
  return tidy(plainText(nodes));
}

function readTable(table: Table, state: WalkState): void {
  const [headerRow, ...rows] = table.children;
  if (!headerRow) return;
  const headers = headerRow.children.map((cell) => cellText(cell.children));
  const columns = assignColumns(headers);
  const titleColumn = columns.get('title');
  const line = lineOf(table);
  if (titleColumn === undefined) {
    state.warnings.push({ line, message: 'table has no column that names its items (e.g. "Course" or "Name"); its rows are skipped' });
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
  // A column saying where one learns ("Platform: Coursera") makes it a learning table too.
  const inCourseTable = LEARNING_HEADER.test(titleHeader) || (linkColumn !== undefined && LEARNING_HEADER.test(headers[linkColumn] ?? '')) || headers.some((header) => LEARNING_PLACE_HEADER.test(header));
  for (const row of rows) {
    const cells = row.children;
    const titleNodes = cells[titleColumn]?.children ?? [];
    if (cells.every((cell) => cellText(cell.children) === '')) continue;
    if (cellText(titleNodes) === '') {
      state.warnings.push({ line: lineOf(row), message: `row has an empty "${titleHeader}" cell; it is skipped` });
      continue;
    }
    const extra: Record<string, string> = {};
    cells.forEach((cell, index) => {
      const header = headers[index] || `Column ${index + 1}`;
      const text = cellText(cell.children);
      if (!roleOf.has(index) && text !== '') extra[header] = text;
    });
    const trackColumn = columns.get('track');
    const linkCell = linkColumn === undefined ? undefined : cells[linkColumn];
    const track = trackColumn === undefined ? '' : cellText(cells[trackColumn]?.children ?? []);
    state.items.push({
      from: 'table-row',
      line: lineOf(row),
      heading: state.heading,
      title: titleNodes,
      ...(statusColumn === undefined ? {} : { statusCell: cellText(cells[statusColumn]?.children ?? []) }),
      checked: null,
      ...(track ? { track } : {}),
      ...(linkCell && linkColumn !== undefined ? { linkCell: { header: headers[linkColumn] ?? 'Link', nodes: linkCell.children } } : {}),
      extra,
      details: [],
      detailLinks: [],
      inCourseTable,
      plainBullet: false,
      inSection: state.inSection,
    });
  }
}

/** Nested items, depth first, as lines of text; a nested checkbox keeps its mark. */
function detailsOf(list: List, into: string[]): void {
  for (const item of list.children) {
    const [first, ...rest] = item.children;
    const mark = item.checked === true ? '[x] ' : item.checked === false ? '[ ] ' : '';
    if (first && first.type !== 'list') into.push(mark + cellText([first]));
    for (const child of rest) {
      if (child.type === 'list') detailsOf(child, into);
      else into.push(cellText([child]));
    }
  }
}

/**
 * "- Phase 1" holding only "- [x] Python", "- [ ] SQL": the checkboxes are the roadmap, and the
 * plain bullet above them is a group label. Its nested task items are items, under the label as a
 * phase; treating them as details would hide every checkmark the user made.
 */
function readGroup(label: string, line: number, lists: readonly List[], state: WalkState): void {
  const outer = { heading: state.heading, inSection: state.inSection };
  enterHeading(label, line, state);
  for (const list of lists) for (const child of list.children) readListItem(child, state);
  state.heading = outer.heading;
  state.inSection = outer.inSection;
}

function readListItem(item: ListItem, state: WalkState): void {
  const [first, ...rest] = item.children;
  if (!first || first.type !== 'paragraph') {
    // An item that opens with a code block or a heading is not a roadmap entry we can name.
    if (item.children.length > 0) walk(item.children, state);
    return;
  }
  const nestedLists = rest.filter((child): child is List => child.type === 'list');
  const titleText = cellText(first.children);
  if (item.checked == null && !hasStatusInText(first.children) && nestedLists.length > 0 && nestedLists.every((list) => list.children.every((child) => child.checked != null))) {
    readGroup(withoutDecoration(titleText).replace(/\s*:$/u, ''), lineOf(item), nestedLists, state);
    return;
  }
  const details: string[] = [];
  for (const child of rest) {
    if (child.type === 'list') detailsOf(child, details);
    else if (child.type === 'paragraph') details.push(cellText([child]));
  }
  const checked = item.checked ?? null;
  state.items.push({
    from: 'list-item',
    line: lineOf(item),
    heading: state.heading,
    title: first.children,
    checked,
    extra: {},
    details: details.filter((detail) => detail !== ''),
    detailLinks: linksIn(rest),
    inCourseTable: false,
    plainBullet: checked === null && !hasStatusInText(first.children),
    inSection: state.inSection,
  });
}

function enterHeading(title: string, line: number, state: WalkState): void {
  if (title !== '') {
    state.heading = { title, line };
    state.headings.push(state.heading);
  }
  state.inSection = true;
}

/**
 * Text copied from a rendered page or a chat loses its `#`s: "💻 Technical Competencies" then
 * a list. In a document with no headings at all, a short one-line paragraph right before a list
 * is taken as that list's heading. (With real headings around, such lines are usually lead-ins
 * like "**Weekly Breakdown:**", so they are not.)
 */
function labelBeforeList(node: RootContent, next: RootContent | undefined, state: WalkState): string | undefined {
  if (!state.headingless || node.type !== 'paragraph' || next?.type !== 'list') return undefined;
  if (node.position && node.position.start.line !== node.position.end.line) return undefined;
  const label = withoutDecoration(plainText(node.children)).replace(/\s*:$/u, '');
  return label.length > 0 && label.length <= 80 && !/[.!?]$/u.test(label) && /\p{L}/u.test(label) ? label : undefined;
}

function walk(nodes: readonly RootContent[], state: WalkState): void {
  for (const [index, node] of nodes.entries()) {
    switch (node.type) {
      case 'heading':
        enterHeading(withoutDecoration(plainText(node.children)), lineOf(node), state);
        break;
      case 'paragraph': {
        const label = labelBeforeList(node, nodes[index + 1], state);
        if (label) enterHeading(label, lineOf(node), state);
        break;
      }
      case 'thematicBreak':
        state.inSection = false;
        break;
      case 'table':
        readTable(node, state);
        break;
      case 'list':
        for (const item of node.children) readListItem(item, state);
        break;
      case 'blockquote':
        walk(node.children, state);
        break;
      default:
        break;
    }
  }
}

/**
 * Items in document order and the headings above them. When a roadmap uses checkboxes anywhere,
 * plain bullets are its prose (resources, tips), not items; plain bullets under no heading
 * (an introduction, a closing note after a `---`) are prose too.
 */
export function findItems(tree: Root, sourceLines: readonly string[]): FoundItems {
  const headingless = !tree.children.some((node) => node.type === 'heading');
  const state: WalkState = { heading: undefined, inSection: false, headingless, items: [], headings: [], warnings: [] };
  walk(tree.children, state);
  const hasCheckboxes = state.items.some((item) => item.checked !== null);
  const items = state.items
    .filter((item) => !item.plainBullet || (!hasCheckboxes && item.inSection && item.heading !== undefined))
    .map(({ plainBullet: _plainBullet, inSection: _inSection, ...item }) => item);
  const warnings = [...state.warnings, ...openFenceWarnings(tree, sourceLines)];
  return { items, headings: state.headings, warnings };
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
  return [{ line: last.position.start.line, message: `code block opened here with ${opening} is never closed, so everything below it is read as code; close it with ${opening}` }];
}
