import { MONTH_NAMES } from '../resume/resume-dates.js';
import type { ExpectedField } from './expected-fields.js';
import type { ReadDates, ReadResume } from './read-fields.js';

export interface FieldMismatch { key: string; expected: string; read?: string; why?: string }

export interface FieldComparison {
  matched: number;
  total: number;
  mismatches: FieldMismatch[];
  /** What was read for each expected field (undefined: nothing there). */
  read: Record<string, string | undefined>;
}

const normalText = (text: string) => text.normalize('NFC').replace(/[\s\u00A0]+/g, ' ').trim();
const normalUrl = (url: string) => normalText(url).toLowerCase().replace(/^https?:\/\//, '').replace(/^www\./, '').replace(/\/+$/, '');

/** What the parser read at the place a field should be. */
function readAt(read: ReadResume, field: ExpectedField): string | ReadDates | undefined {
  const { place } = field;
  switch (place.in) {
    case 'header':
      if (place.part === 'url') return read.header.urls.find((url) => normalUrl(url) === normalUrl(field.value));
      return read.header[place.part];
    case 'summary':
      return read.summary;
    case 'skill-name':
      return read.skills[place.group]?.name;
    case 'skill':
      return read.skills[place.group]?.terms[place.term];
    case 'language':
      return read.languages[place.index];
    case 'course':
      return read.courses[place.index];
    case 'entry': {
      const entry = read.entries[place.section][place.entry];
      if (!entry) return undefined;
      switch (place.part) {
        case 'title': return entry.title;
        case 'organisation': return entry.organisation;
        case 'location': return entry.location;
        case 'dates': return entry.dates;
        case 'url': return entry.url;
        case 'bullet': return entry.bullets[place.index ?? 0];
        case 'paragraph': return entry.paragraphs.filter((text) => !SCORE.test(text))[place.index ?? 0];
        case 'score': return entry.paragraphs.map((text) => SCORE.exec(text)?.[2]).find(Boolean);
      }
    }
  }
}

const SCORE = /^(score|gpa|grade|cgpa)s?\s*:\s*(.+)$/i;

interface LooseDate { year: string; month?: string }
const MONTHS = new Map(MONTH_NAMES.map((name, index) => [name.toLowerCase(), String(index + 1).padStart(2, '0')]));

function parseDate(text: string): LooseDate | 'present' | undefined {
  const clean = text.trim().toLowerCase().replace(/\.$/, '');
  if (/^(present|current|now|today)$/.test(clean)) return 'present';
  let match = /^(\d{4})(?:-(\d{2}))?(?:-\d{2})?$/.exec(clean);
  if (match) return { year: match[1]!, ...(match[2] ? { month: match[2] } : {}) };
  match = /^(\d{1,2})[/.](\d{4})$/.exec(clean);
  if (match) return { year: match[2]!, month: match[1]!.padStart(2, '0') };
  match = /^([a-z]{3})[a-z]*\.?\s+(\d{4})$/.exec(clean);
  const month = match ? MONTHS.get(match[1]!) : undefined;
  if (match && month) return { year: match[2]!, month };
  return undefined;
}

function parseRange(text: string): [LooseDate | 'present' | undefined, LooseDate | 'present' | undefined] {
  const parts = text.split(/\s*[–—]\s*|\s+-\s+|\s+to\s+|(?<=\d)-(?=[a-z])/i);
  if (parts.length === 1) {
    // "2019-07" is one date, "2019-2021" a range.
    const years = /^(\d{4})-(\d{4})$/.exec(text.trim());
    return years ? [parseDate(years[1]!), parseDate(years[2]!)] : [parseDate(text), undefined];
  }
  return [parseDate(parts[0] ?? ''), parseDate(parts.slice(1).join('-'))];
}

const sameDate = (expected: LooseDate | 'present' | undefined, read: LooseDate | 'present' | undefined) =>
  expected === 'present' || read === 'present' || !expected || !read
    ? expected === read
    : expected.year === read.year && expected.month === read.month;

function datesMatch(expected: string, read: ReadDates): string | undefined {
  if (!read.oneRun) return 'the date range is split over several text runs';
  const [start, end] = expected.includes('..') ? expected.split('..') : [expected, undefined];
  const [readStart, readEnd] = parseRange(read.text);
  const wantStart = start ? parseDate(start) : undefined;
  const wantEnd = end === undefined ? undefined : parseDate(end);
  if (!start && end) return sameDate(parseDate(end), readStart) && readEnd === undefined ? undefined : 'different dates';
  return sameDate(wantStart, readStart) && sameDate(wantEnd, readEnd) ? undefined : 'different dates';
}

/** Expected fields against what the parser read: "fields read back: N of M" and what differs. */
export function compareFields(expected: readonly ExpectedField[], read: ReadResume): FieldComparison {
  const mismatches: FieldMismatch[] = [];
  const readBack: Record<string, string | undefined> = {};
  for (const field of expected) {
    const found = readAt(read, field);
    const text = typeof found === 'object' ? found.text : found;
    readBack[field.key] = text;
    let why: string | undefined;
    if (found === undefined) why = 'not found';
    else if (field.match === 'dates') why = typeof found === 'object' ? datesMatch(field.value, found) : 'not read as dates';
    else if (field.match === 'url') why = normalUrl(text ?? '') === normalUrl(field.value) ? undefined : 'different';
    else why = normalText(text ?? '') === normalText(field.value) ? undefined : 'different';
    if (why) mismatches.push({ key: field.key, expected: field.value, ...(text === undefined ? {} : { read: text }), why });
  }
  return { matched: expected.length - mismatches.length, total: expected.length, mismatches, read: readBack };
}
