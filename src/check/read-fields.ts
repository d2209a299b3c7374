import type { ResumeSection } from '../model/index.js';
import { joinItems, type PdfLine } from './group-lines.js';
import type { PdfSections } from './find-sections.js';

/** A date or date range as printed, and whether it is one text run (parsers lose spaces between runs). */
export interface ReadDates { text: string; oneRun: boolean }

/** One job, project, degree or certificate as a parser reads it. */
export interface ReadEntry {
  title: string;
  /** The line under the title: employer (before " · "), school, issuer. */
  organisation?: string;
  /** After " · " on the organisation line. */
  location?: string;
  dates?: ReadDates;
  url?: string;
  paragraphs: string[];
  bullets: string[];
  /** The first line of the entry: where a problem is reported. */
  firstLine: PdfLine;
}

export interface ReadResume {
  header: { name?: string; label?: string; email?: string; phone?: string; location?: string; urls: string[] };
  summary?: string;
  skills: Array<{ name?: string; terms: string[] }>;
  languages: string[];
  courses: string[];
  entries: Record<'experience' | 'projects' | 'education' | 'certificates', ReadEntry[]>;
}

const MONTH = '(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?';
const DATE = `(?:${MONTH}\\s+\\d{4}|\\d{4}-\\d{2}(?:-\\d{2})?|\\d{1,2}[/.]\\d{4}|\\d{4})`;
const END = `(?:${DATE}|present|current|now|today)`;
/** "Jul 2019 – Present", "2016-07 – 2019-06", "07/2019 - now", "2019", "Aug 2019". */
export const DATE_RANGE = new RegExp(`^${DATE}(?:\\s*[–—-]\\s*${END}|\\s+to\\s+${END})?$`, 'i');
const TRAILING_DATE_RANGE = new RegExp(`^(.*?)[\\s,|·]+(${DATE}(?:\\s*[–—-]\\s*${END}|\\s+to\\s+${END})?)$`, 'i');

const BULLET = /^[•▪●◦‣∙*–-]\s*/;
const URL_ONLY = /^(https?:\/\/)?(www\.)?[\p{L}\p{N}-]+(\.[\p{L}\p{N}-]+)+(\/\S*)?$/iu;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const PHONE = /^\+?[\d ().-]{7,}$/;

/** Split on commas (and semicolons) outside parentheses: "Polish (Native), German (C1)". */
export function splitTerms(text: string, separators = /[,;]/): string[] {
  const terms: string[] = [];
  let depth = 0;
  let current = '';
  for (const char of text) {
    if (char === '(' || char === '[') depth++;
    if ((char === ')' || char === ']') && depth > 0) depth--;
    if (depth === 0 && separators.test(char)) {
      terms.push(current);
      current = '';
      continue;
    }
    current += char;
  }
  terms.push(current);
  return terms.map((term) => term.trim()).filter(Boolean);
}

/** Wrapped lines joined as one text: a space between them, none after a line-end hyphen in a word. */
function joinLines(texts: readonly string[]): string {
  return texts.reduce((joined, text) => (joined === '' ? text : /\p{L}-$/u.test(joined) ? `${joined}${text}` : `${joined} ${text}`), '');
}

/** The line's date (or range) when it ends in one: read from the runs at its right end. */
function datesOn(line: PdfLine): { dates: ReadDates; rest: string } | undefined {
  const items = line.items;
  for (let from = items.length - 1; from >= Math.max(0, items.length - 4); from--) {
    const text = joinItems(items.slice(from));
    if (!DATE_RANGE.test(text)) continue;
    // The whole line a date: a dates line of its own, unless it is a single year-like title.
    const rest = joinItems(items.slice(0, from));
    return { dates: { text, oneRun: from === items.length - 1 }, rest };
  }
  const last = items.at(-1);
  const inRun = last ? TRAILING_DATE_RANGE.exec(last.text.trim()) : null;
  if (last && inRun?.[2]) {
    return { dates: { text: inRun[2], oneRun: true }, rest: joinItems([...items.slice(0, -1), { ...last, text: inRun[1] ?? '' }]) };
  }
  return undefined;
}

/** Vertical gap between two lines, or Infinity across a page break. */
const gapBetween = (upper: PdfLine, lower: PdfLine) => (upper.page === lower.page ? lower.top - upper.bottom : Infinity);

/** The usual gap between wrapped lines of one paragraph in these lines (their smallest common gap). */
function usualGap(lines: readonly PdfLine[]): number {
  const gaps = lines.slice(1).map((line, index) => gapBetween(lines[index]!, line)).filter((gap) => Number.isFinite(gap) && gap > -1);
  if (gaps.length === 0) return 0;
  const sorted = gaps.map((gap) => Math.round(gap * 4) / 4).sort((a, b) => a - b);
  // A section of one-line entries (certificates with a name only) has no wrapped line to learn the
  // gap from: lines of one paragraph are never further apart than ~40 % of their type size.
  const sizes = lines.map((line) => line.fontSize).sort((a, b) => a - b);
  const typeSize = sizes[Math.floor(sizes.length / 2)] ?? 0;
  return Math.min(sorted[Math.floor(sorted.length / 4)] ?? 0, typeSize > 0 ? typeSize * 0.4 : Infinity);
}

type EntryKind = keyof ReadResume['entries'];
const HAS_ORGANISATION: Record<EntryKind, boolean> = { experience: true, education: true, certificates: true, projects: false };

/**
 * A section's lines → entries, the way a parser does it: an entry starts at a bold line after
 * non-bold text (or a line carrying a date); its leading bold lines are the title; then the
 * organisation line (italic, or the first paragraph), links, paragraphs, and bullets with their
 * wrapped continuation lines.
 */
function readEntries(kind: EntryKind, lines: readonly PdfLine[], hasFonts: boolean): ReadEntry[] {
  const entries: Array<ReadEntry & { titleOpen: boolean; paragraphOpen: boolean; previous: PdfLine }> = [];
  const left = Math.min(...lines.map((line) => line.x));
  const gap = usualGap(lines);
  let current: (ReadEntry & { titleOpen: boolean; paragraphOpen: boolean; previous: PdfLine }) | undefined;
  for (const line of lines) {
    const bullet = BULLET.test(line.text) && line.x <= left + 2;
    const dated = bullet ? undefined : datesOn(line);
    const bigGap = current ? gapBetween(current.previous, line) > gap + 1.5 : true;
    const startsTitle = !bullet && (hasFonts ? line.bold || (dated !== undefined && line.items[0]?.bold === true) : dated !== undefined || (bigGap && line.x <= left + 2));
    const continuesTitle = current?.titleOpen === true && startsTitle && !bigGap && !(dated && current.dates);
    if (startsTitle && !continuesTitle) {
      current = { title: dated ? dated.rest : line.text, ...(dated ? { dates: dated.dates } : {}), paragraphs: [], bullets: [], firstLine: line, titleOpen: true, paragraphOpen: false, previous: line };
      entries.push(current);
      continue;
    }
    if (!current) {
      current = { title: '', paragraphs: [], bullets: [], firstLine: line, titleOpen: false, paragraphOpen: false, previous: line };
      entries.push(current);
    }
    const previous = current.previous;
    current.previous = line;
    if (continuesTitle) {
      current.title = joinLines([current.title, dated ? dated.rest : line.text]);
      if (dated && !current.dates) current.dates = dated.dates;
      continue;
    }
    current.titleOpen = false;
    if (!current.dates && dated && dated.rest === '' && current.bullets.length === 0 && current.paragraphs.length === 0) {
      current.dates = dated.dates;
      continue;
    }
    if (bullet) {
      current.bullets.push(line.text.replace(BULLET, ''));
      current.paragraphOpen = false;
      continue;
    }
    if (current.bullets.length > 0 && line.x > left + 2 && gapBetween(previous, line) <= gap + 1.5) {
      current.bullets[current.bullets.length - 1] = joinLines([current.bullets.at(-1) ?? '', line.text]);
      continue;
    }
    if (URL_ONLY.test(line.text) && !EMAIL.test(line.text)) {
      current.url = line.text;
      current.paragraphOpen = false;
      continue;
    }
    const sameParagraph = current.paragraphOpen && !bigGap && line.italic === previous.italic;
    if (HAS_ORGANISATION[kind] && current.organisation === undefined && current.paragraphs.length === 0 && current.bullets.length === 0) {
      current.organisation = line.text;
      current.paragraphOpen = true;
      continue;
    }
    if (sameParagraph && current.paragraphs.length === 0 && current.organisation !== undefined && current.bullets.length === 0 && (!hasFonts || line.italic)) {
      current.organisation = joinLines([current.organisation, line.text]);
      continue;
    }
    if (sameParagraph && current.paragraphs.length > 0) {
      current.paragraphs[current.paragraphs.length - 1] = joinLines([current.paragraphs.at(-1) ?? '', line.text]);
      continue;
    }
    current.paragraphs.push(line.text);
    current.paragraphOpen = true;
  }
  return entries.map(({ titleOpen: _t, paragraphOpen: _p, previous: _l, ...entry }) => {
    if (kind !== 'experience' || entry.organisation === undefined) return entry;
    const [organisation, ...place] = entry.organisation.split(/\s+·\s+|\s+\|\s+/);
    return { ...entry, organisation: organisation ?? '', ...(place.length ? { location: place.join(' · ') } : {}) };
  });
}

/** Bulleted lines with their continuations (coursework); unbulleted lines each one item. */
function readBulletItems(lines: readonly PdfLine[]): string[] {
  const left = Math.min(...lines.map((line) => line.x));
  const items: string[] = [];
  let open = false;
  for (const line of lines) {
    if (BULLET.test(line.text)) {
      items.push(line.text.replace(BULLET, ''));
      open = true;
    } else if (open && line.x > left + 2) {
      items[items.length - 1] = joinLines([items.at(-1) ?? '', line.text]);
    } else {
      items.push(line.text);
      open = false;
    }
  }
  return items;
}

/**
 * Skills line by line, as a parser that does not join lines reads them: "Group: a, b, c" starts a
 * group, "; " separates groups in one paragraph, and a line without a label continues the group.
 * A term broken across two lines comes back as two wrong terms.
 */
function readSkills(lines: readonly PdfLine[]): ReadResume['skills'] {
  const groups: ReadResume['skills'] = [];
  for (const line of lines) {
    for (const segment of line.text.replace(BULLET, '').split(/;\s*/)) {
      const labelled = /^([^:,()]{1,60}):\s*(.*)$/.exec(segment);
      if (labelled) {
        groups.push({ name: labelled[1]?.trim() ?? '', terms: splitTerms(labelled[2] ?? '', /,/) });
      } else if (segment.trim()) {
        const group = groups.at(-1) ?? (groups.push({ terms: [] }), groups.at(-1)!);
        group.terms.push(...splitTerms(segment, /,/));
      }
    }
  }
  return groups;
}

function readHeader(lines: readonly PdfLine[]): ReadResume['header'] {
  const header: ReadResume['header'] = { urls: [] };
  if (lines.length === 0) return header;
  const nameSize = Math.max(...lines.map((line) => line.fontSize));
  const nameLines = lines.filter((line) => line.fontSize >= nameSize - 0.5);
  header.name = joinLines(nameLines.map((line) => line.text));
  const labelLines: string[] = [];
  for (const line of lines.filter((candidate) => !nameLines.includes(candidate))) {
    // Contacts: split at wide gaps between runs, then at | · • separators.
    const runs: PdfLine['items'][] = [];
    for (const item of line.items) {
      const last = runs.at(-1);
      const previous = last?.at(-1);
      if (last && previous && item.x - previous.right < item.fontSize) last.push(item);
      else runs.push([item]);
    }
    const tokens = runs.flatMap((run) => joinItems(run).split(/\s*[|•]\s*|\s+·\s+/)).map((token) => token.trim()).filter(Boolean);
    const contacts = tokens.filter((token) => EMAIL.test(token) || URL_ONLY.test(token) || (PHONE.test(token) && (token.match(/\d/g)?.length ?? 0) >= 7));
    if (contacts.length === 0 && tokens.length <= 1) {
      labelLines.push(line.text);
      continue;
    }
    for (const token of tokens) {
      if (EMAIL.test(token)) header.email ??= token;
      else if (PHONE.test(token) && (token.match(/\d/g)?.length ?? 0) >= 7) header.phone ??= token;
      else if (URL_ONLY.test(token)) header.urls.push(token);
      else header.location ??= token;
    }
  }
  if (labelLines.length > 0) header.label = joinLines(labelLines);
  return header;
}

/** Sections → the fields a resume parser extracts. */
export function readFields(found: PdfSections, hasFonts: boolean): ReadResume {
  const read: ReadResume = {
    header: readHeader(found.header),
    skills: [],
    languages: [],
    courses: [],
    entries: { experience: [], projects: [], education: [], certificates: [] },
  };
  for (const section of found.sections) {
    if (section.lines.length === 0) continue;
    switch (section.kind) {
      case 'summary':
        read.summary = joinLines([...(read.summary ? [read.summary] : []), ...section.lines.map((line) => line.text)]);
        break;
      case 'skills':
        read.skills.push(...readSkills(section.lines));
        break;
      case 'languages':
        read.languages.push(...section.lines.flatMap((line) => splitTerms(line.text.replace(BULLET, ''))));
        break;
      case 'coursework':
        read.courses.push(...readBulletItems(section.lines));
        break;
      default:
        read.entries[section.kind].push(...readEntries(section.kind, section.lines, hasFonts));
    }
  }
  return read;
}
