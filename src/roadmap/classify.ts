import type { ItemKind, ItemStatus, Link, RoadmapItem, RoadmapWarning } from '../model/index.js';
import type { RawItem } from './find-items.js';
import { LEARNING_PLATFORM, takeStatus, titleAndNote, withoutTrailingLinks } from './item-text.js';
import { linksIn, plainText, tidy, withoutDecoration } from './plain-text.js';
import { CANCELLED, CANCELLED_IN_TEXT, readStatus, SUGGESTED_STATUS_FORMS } from './status-words.js';

/**
 * Step 4 (RawItem → RoadmapItem): read what an item says: its status, kind, title, note and
 * links. Anything we cannot read is kept with a safe default and a warning naming the line.
 */

export interface ClassifiedItem {
  item: RoadmapItem | undefined;
  warnings: RoadmapWarning[];
}

/** Track words that make a row a project, and title prefixes that make any item one. */
const PROJECT_TRACK = /\b(?:proj(?:ect)?s?|port(?:folio)?|capstones?)\b/i;
const PROJECT_TITLE = /^(?:(?:portfolio |mini[- ]|side |capstone )?project|capstone|portfolio)(?:\s*:|\s+[-–—]\s)/i;
/** Track / type cells that name a way of learning: the row is a course whatever its table. */
const COURSE_TRACK = /\b(?:courses?|books?|textbooks?|moocs?|tutorials?|class(?:es)?|lectures?|lessons?|modules?|specializations?|certificates?|certifications?|nanodegrees?|bootcamps?|trainings?|workshops?|videos?|playlists?|readings?)\b/i;

/** Words in a title that name a way of learning: "ML Specialization", "Data Analytics Certificate", "Nextflow workshop". */
const COURSE_TITLE = /\b(?:course|specialization|specialisation|certificate|certification|nanodegree|bootcamp|mooc|tutorial|textbook|lectures?|workshop|webinar|seminar|masterclass)\b|\btraining(?:\s*:|$)|\b(?:ch\.|chapters?)\s*\d/i;
/** Chapters read are a book: "(Automate the Boring Stuff, ch. 1–11)", "chapters 6–10". */
const CHAPTERS = /(?:^|[\s(,])(?:ch\.|chapters?)\s*\d/iu;
/** A section heading that holds learning: "Courses", "Certificates", "Reading list", "Books". */
const LEARNING_SECTION = /\b(?:courses|certificates|certifications|books|reading(?: list)?|tutorials|moocs|classes|lectures)\b/i;
/** A section that holds projects: "Projects", "8. Portfolio Projects", "Side projects". */
const PROJECT_SECTION = /^(?:\d{1,3}[.)]\s*)?(?:(?:my|portfolio|side|personal|capstone|mini|practice|hands-on)[\s-]+)?projects?$/iu;

/** A title opening with where it is learned: "Kaggle: Intro to SQL", "Coursera – Machine Learning". */
const PLATFORM_PREFIX = /^(?:coursera|edx|udemy|udacity|datacamp|codecademy|fast\.ai|kaggle(?: learn)?|khan academy|freecodecamp|pluralsight|linkedin learning|deeplearning\.ai)\s*(?::|\s[-–—]\s)/iu;

/** Parts of a note: "(UC Davis, Coursera)" → "UC Davis", "Coursera". */
const notePartsNamePlatform = (note: string | undefined): boolean =>
  note !== undefined && note.replace(/^\(|\)$/gu, '').split(/\s*[,;]\s*/u).some((part) => LEARNING_PLATFORM.test(part));

/**
 * project: the track or a tag says so (#project, "Labels: Project"), the title opens with
 * "Project:", "Capstone:", "Portfolio:"…, or the item stands under a "Projects" heading.
 * course: a row of a learning table, a track or tag that names a way of learning, a title that does
 * ("… Specialization", "… workshop", "chapters 6–10"), a note naming a learning platform
 * ("(Coursera)"), or an item under a "Courses" / "Books" / "Certificates" heading. item: the rest.
 */
function kindOf(raw: RawItem, title: string, note: string | undefined, tags: readonly string[]): ItemKind {
  const sections = [raw.label ?? '', raw.heading?.title ?? ''];
  if ((raw.track && PROJECT_TRACK.test(raw.track)) || tags.some((tag) => PROJECT_TRACK.test(tag)) || PROJECT_TITLE.test(title)) return 'project';
  if ((raw.track && COURSE_TRACK.test(raw.track)) || tags.some((tag) => COURSE_TRACK.test(tag))) return 'course';
  if (raw.from === 'table-row' && raw.inCourseTable) return 'course';
  if (COURSE_TITLE.test(title) || (note !== undefined && (CHAPTERS.test(note) || COURSE_TITLE.test(note))) || notePartsNamePlatform(note) || PLATFORM_PREFIX.test(title)) return 'course';
  if (sections.some((section) => LEARNING_SECTION.test(section))) return 'course';
  if (raw.label !== undefined ? PROJECT_SECTION.test(raw.label) : PROJECT_SECTION.test(raw.heading?.title ?? '')) return 'project';
  return 'item';
}

/**
 * Which status wins: a ticked box is done; an unticked one is not started unless its text says
 * in progress ("- [ ] Pandas (WIP)") or it stands in a kanban lane ("## Doing"); a status cell that
 * says something wins over the text; then the text; then the lane; an empty cell is not started;
 * an unknown one is kept as not started with a warning.
 */
function statusOf(raw: RawItem, inText: ItemStatus | undefined, warnings: RoadmapWarning[]): ItemStatus {
  if (raw.checked === true) return 'done';
  if (raw.checked === false) return inText === 'in_progress' ? 'in_progress' : raw.lane ?? 'not_started';
  const reading = raw.statusCell === undefined ? undefined : readStatus(raw.statusCell);
  if (reading && reading.marker !== '') return reading.status;
  if (inText) return inText;
  if (raw.lane) return raw.lane;
  if (reading || raw.statusCell === undefined) return 'not_started';
  warnings.push({
    line: raw.line,
    message: `status "${raw.statusCell}" is not one I know; the row is kept as not started (use ${SUGGESTED_STATUS_FORMS})`,
  });
  return 'not_started';
}

/** Why an item is not one at all: it was cancelled ("[-]", "CANCELED", a "Dropped" status) or archived. */
function dropped(raw: RawItem): string | undefined {
  if (raw.archived) return 'is an archived card; it is skipped (unarchive it, or clear its "Archived" cell, to track it)';
  const text = tidy(plainText(raw.title));
  if (CANCELLED_IN_TEXT.test(text) || (raw.statusCell !== undefined && CANCELLED.test(raw.statusCell))) return 'is marked cancelled; it is skipped (give it a status to track it)';
  return undefined;
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
  const droppedWhy = dropped(raw);
  // A skipped item's warning covers its nested lines too: they go with it.
  const span = raw.endLine > raw.line ? { endLine: raw.endLine } : {};
  if (droppedWhy) {
    const name = tidy(withoutDecoration(plainText(raw.title)).replace(CANCELLED_IN_TEXT, '').replace(/^(?:canceled|cancelled|dropped)\b/iu, ''));
    return { item: undefined, warnings: [{ line: raw.line, ...span, message: `${name ? `"${name}"` : 'this item'} ${droppedWhy}` }] };
  }
  // "… — [repo](…) ✅" and "… ✅ — [repo](…)": links and status can come in either order.
  const inText = takeStatus(raw.title);
  const afterLinks = withoutTrailingLinks(inText.nodes);
  const rest = takeStatus(afterLinks);
  const status = statusOf(raw, inText.status ?? rest.status, warnings);
  const split = titleAndNote(rest.status ? withoutTrailingLinks(rest.nodes) : afterLinks);
  const remark = inText.remark ?? rest.remark;
  const note = [split.note, remark].filter(Boolean).join('; ');
  // A lead-in colon, a full stop or a dangling dash is punctuation of the sentence, not part of the name.
  const title = withoutDecoration(split.title).replace(/(?:\s*[:;,.]|\s+[-–—|·])$/u, '');
  if (title === '') {
    warnings.push({ line: raw.line, ...span, message: 'item has no words once its markup is removed; it is skipped' });
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
    ...(note ? { note } : {}),
    kind: kindOf(raw, title, split.note, [...(inText.tags ?? []), ...(rest.tags ?? [])]),
    status,
    phase: raw.phase?.title ?? '',
    ...(raw.track ? { track: raw.track } : {}),
    links: uniqueLinks([...linksIn(raw.title), ...cellLinks, ...raw.detailLinks]),
    line: raw.line,
    ...(raw.details.length > 0 ? { details: raw.details } : {}),
    ...(Object.keys(extra).length > 0 ? { extra } : {}),
  };
  return { item, warnings };
}
