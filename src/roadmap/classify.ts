import type { ItemKind, ItemStatus, Link, RoadmapItem, RoadmapWarning } from '../model/index.js';
import type { RawItem } from './find-items.js';
import { takeStatus, titleAndNote, withoutTrailingLinks } from './item-text.js';
import { linksIn, plainText, tidy, withoutDecoration } from './plain-text.js';
import { readStatus, SUGGESTED_STATUS_FORMS } from './status-words.js';

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

/** Words in a title that name a way of learning: "ML Specialization", "Data Analytics Certificate". */
const COURSE_TITLE = /\b(?:course|specialization|specialisation|certificate|certification|nanodegree|bootcamp|mooc|tutorial|textbook|lectures?)\b/i;
/** A note that names where one learns: "(Coursera)", "(edX)", "(fast.ai)". */
const LEARNING_PLATFORM = /^\(?(?:coursera|edx|udemy|udacity|datacamp|codecademy|fast\.ai|kaggle(?: learn)?|khan academy|(?:mit )?ocw|mit opencourseware|freecodecamp|pluralsight|linkedin learning|brilliant|deeplearning\.ai|youtube|stanford online|harvardx|mitx)\)?$/i;
/** A section heading that holds learning: "Courses", "Certificates", "Reading list", "Books". */
const LEARNING_SECTION = /\b(?:courses|certificates|certifications|books|reading(?: list)?|tutorials|moocs|classes|lectures)\b/i;

/**
 * project: the track says so, or the title opens with "Project:", "Capstone:", "Portfolio:"…
 * course: a row of a learning table, a track that names a way of learning, a title that does
 * ("… Specialization"), a note naming a learning platform ("(Coursera)"), or an item under a
 * "Courses" / "Books" / "Certificates" heading. item: everything else.
 */
function kindOf(raw: RawItem, title: string, note: string | undefined): ItemKind {
  if ((raw.track && PROJECT_TRACK.test(raw.track)) || PROJECT_TITLE.test(title)) return 'project';
  if (raw.track && COURSE_TRACK.test(raw.track)) return 'course';
  if (raw.from === 'table-row' && raw.inCourseTable) return 'course';
  if (COURSE_TITLE.test(title) || (note !== undefined && LEARNING_PLATFORM.test(note)) || LEARNING_SECTION.test(raw.heading?.title ?? '')) return 'course';
  return 'item';
}

/**
 * Which status wins: a ticked box is done; an unticked one is not started unless its text says
 * in progress ("- [ ] Pandas (WIP)"); a status cell that says something wins over the text;
 * then the text; an empty cell is not started; an unknown one is kept as not started with a warning.
 */
function statusOf(raw: RawItem, inText: ItemStatus | undefined, warnings: RoadmapWarning[]): ItemStatus {
  if (raw.checked === true) return 'done';
  if (raw.checked === false) return inText === 'in_progress' ? 'in_progress' : 'not_started';
  const reading = raw.statusCell === undefined ? undefined : readStatus(raw.statusCell);
  if (reading && reading.marker !== '') return reading.status;
  if (inText) return inText;
  if (reading || raw.statusCell === undefined) return 'not_started';
  warnings.push({
    line: raw.line,
    message: `status "${raw.statusCell}" is not one I know; the row is kept as not started (use ${SUGGESTED_STATUS_FORMS})`,
  });
  return 'not_started';
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
    ...(note ? { note } : {}),
    kind: kindOf(raw, title, split.note),
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
