import type { PhrasingContent } from 'mdast';
import type { ItemKind, ItemStatus, Link, RoadmapItem, RoadmapWarning } from '../model/index.js';
import type { RawItem } from './find-items.js';
import { linksIn, plainText, tidy, withoutDecoration } from './plain-text.js';
import { leadingStatusMark, readStatus, SUGGESTED_STATUS_FORMS } from './status-words.js';

/**
 * Step 4 (RawItem → RoadmapItem): read what an item says: its status, kind, title, note and
 * links. Anything we cannot read is kept with a safe default and a warning naming the line.
 */

export interface ClassifiedItem {
  item: RoadmapItem | undefined;
  warnings: RoadmapWarning[];
}

/** Separators between a bold title and its note: "**Pandas**: data wrangling", "**SQL** — basics". */
const NOTE_SEPARATOR = /^[\s:;,.\-–—]+/u;

/**
 * Split "**Data Cleaning** (Crucial for EHR)" into title and note. A bold lead that ends in a
 * colon is a label ("**Week 1-2:** Python + Pandas"), so the whole text is the title then.
 */
function titleAndNote(nodes: PhrasingContent[]): { title: string; note?: string } {
  const meaningful = nodes.filter((node) => !(node.type === 'text' && node.value.trim() === ''));
  const [lead] = meaningful;
  const whole = tidy(plainText(nodes));
  if (!lead || (lead.type !== 'strong' && lead.type !== 'emphasis') || meaningful.length === 1) return { title: whole };
  const title = tidy(plainText([lead]));
  if (title.endsWith(':') || title === '') return { title: whole };
  const note = tidy(plainText(nodes.slice(nodes.indexOf(lead) + 1))).replace(NOTE_SEPARATOR, '');
  return note === '' ? { title } : { title, note };
}

/** Track words that make a row a project, and title prefixes that make any item one. */
const PROJECT_TRACK = /\b(?:proj(?:ect)?s?|port(?:folio)?|capstones?)\b/i;
const PROJECT_TITLE = /^(?:project|capstone)(?:\s*:|\s+[-–—]\s)/i;

function kindOf(raw: RawItem, title: string): ItemKind {
  if ((raw.track && PROJECT_TRACK.test(raw.track)) || PROJECT_TITLE.test(title)) return 'project';
  return raw.from === 'table-row' && raw.inCourseTable ? 'course' : 'item';
}

function statusOf(raw: RawItem, titleText: string, warnings: RoadmapWarning[]): { status: ItemStatus; titleText: string } {
  if (raw.checked !== null) return { status: raw.checked ? 'done' : 'not_started', titleText };
  const mark = leadingStatusMark(titleText);
  if (mark) return { status: mark.status, titleText: mark.rest };
  if (raw.statusCell === undefined) return { status: 'not_started', titleText };
  const reading = readStatus(raw.statusCell);
  if (reading) return { status: reading.status, titleText };
  warnings.push({
    line: raw.line,
    message: `status "${raw.statusCell}" is not one I know; the row is kept as not started (use ${SUGGESTED_STATUS_FORMS})`,
  });
  return { status: 'not_started', titleText };
}

/** Drop a leading status mark from the first text node so it does not end up in the title. */
function withoutLeadingMark(nodes: PhrasingContent[]): PhrasingContent[] {
  const [first, ...rest] = nodes;
  if (first?.type !== 'text') return nodes;
  const mark = leadingStatusMark(first.value);
  return mark ? [{ ...first, value: mark.rest }, ...rest] : nodes;
}

function uniqueLinks(links: Link[]): Link[] {
  const seen = new Set<string>();
  return links.filter((link) => {
    const key = `${link.text}\u0000${link.url}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

export function classify(raw: RawItem): ClassifiedItem {
  const warnings: RoadmapWarning[] = [];
  const { status } = statusOf(raw, tidy(plainText(raw.title)), warnings);
  const split = titleAndNote(withoutLeadingMark(raw.title));
  // A lead-in colon or a full stop is punctuation of the sentence, not part of the name.
  const title = withoutDecoration(split.title).replace(/\s*[:;,.]$/u, '');
  if (title === '') {
    warnings.push({ line: raw.line, message: 'item has no words once its markup is removed; it is skipped' });
    return { item: undefined, warnings };
  }
  const extra = { ...raw.extra };
  const cellLinks = raw.linkCell ? linksIn(raw.linkCell.nodes) : [];
  // A source cell with no link ("GitHub (Self-Hosted)") still says where the work lives.
  if (raw.linkCell && cellLinks.length === 0) {
    const source = tidy(plainText(raw.linkCell.nodes));
    if (source !== '') extra[raw.linkCell.header] = source;
  }
  const item: RoadmapItem = {
    title,
    ...(split.note ? { note: split.note } : {}),
    kind: kindOf(raw, title),
    status,
    phase: raw.heading?.title ?? '',
    ...(raw.track ? { track: raw.track } : {}),
    links: uniqueLinks([...linksIn(raw.title), ...cellLinks, ...raw.detailLinks]),
    line: raw.line,
    ...(raw.details.length > 0 ? { details: raw.details } : {}),
    ...(Object.keys(extra).length > 0 ? { extra } : {}),
  };
  return { item, warnings };
}
