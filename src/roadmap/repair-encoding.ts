import type { RoadmapWarning } from '../model/index.js';
import { byteOfChar } from './code-pages.js';

/**
 * Step 1 (text → text): undo what editors and copy-paste did to the text before we see it:
 * a byte-order mark, Windows or old-Mac line ends, and mojibake (UTF-8 bytes that were once
 * read as a Windows or Mac code page and saved again, so ✅ reads `âœ…` and ’ reads `‚Äô`).
 *
 * No line is added or removed, so every line number later steps report is a line of the file.
 */

export interface RepairedText {
  text: string;
  warnings: RoadmapWarning[];
}

/**
 * The code pages UTF-8 is usually misread as: Windows-1252 (Western Windows), Windows-1254
 * (Turkish Windows: `ğ` where 1252 has `ð`, which is how the user's 🟡 became `ğŸŸ¡`) and
 * MacRoman (how ’ became `‚Äô` in text that passed through a Mac).
 */
const CODE_PAGES = [
  { encoding: 'windows-1252', label: 'Windows-1252' },
  { encoding: 'windows-1254', label: 'Windows-1254' },
  { encoding: 'macintosh', label: 'MacRoman' },
] as const;

type CodePage = (typeof CODE_PAGES)[number];

/**
 * A byte no converter could name. Converters without the Apple logo write U+FFFD for MacRoman
 * 0xF0, so there it is that byte; in Windows-125x it stands for one of the undefined bytes
 * (0x81, 0x8D, 0x8F, 0x90, 0x9D), all continuation bytes, so we know a byte was there but not
 * which: the character it belonged to is lost.
 */
const UNKNOWN_BYTE = 0x100;
const REPLACEMENT_CHARACTER = 0xfffd;

const charToByteCache = new Map<string, Map<number, number>>();

function charToByte(codePage: CodePage): ReadonlyMap<number, number> {
  let table = charToByteCache.get(codePage.encoding);
  if (!table) {
    table = new Map(byteOfChar(codePage.encoding));
    table.set(REPLACEMENT_CHARACTER, codePage.encoding === 'macintosh' ? 0xf0 : UNKNOWN_BYTE);
    charToByteCache.set(codePage.encoding, table);
  }
  return table;
}

/** One piece of a suspicious run, after reading its code-page bytes back as UTF-8. */
type Segment =
  | { kind: 'repaired'; text: string; from: number; to: number }
  | { kind: 'lost'; from: number; to: number }
  | { kind: 'kept'; from: number; to: number };

function sequenceLength(lead: number): number {
  if (lead >= 0xc2 && lead <= 0xdf) return 2;
  if (lead >= 0xe0 && lead <= 0xef) return 3;
  if (lead >= 0xf0 && lead <= 0xf4) return 4;
  return 0;
}

const isContinuation = (byte: number | undefined): boolean => byte !== undefined && ((byte >= 0x80 && byte <= 0xbf) || byte === UNKNOWN_BYTE);

/**
 * Whether a decoded character is one mojibake plausibly hid. Two-byte sequences collide with
 * real text (German `ß“` is the bytes of an N'Ko letter), so for those we only believe Latin,
 * Greek and Cyrillic letters; three- and four-byte sequences (`â€™`, `ðŸŸ¡`) never occur by chance.
 */
function isPlausible(codePoint: number, length: number): boolean {
  if (codePoint >= 0xd800 && codePoint <= 0xdfff) return false;
  if (length === 2) return (codePoint >= 0xa0 && codePoint <= 0x17f) || (codePoint >= 0x370 && codePoint <= 0x4ff);
  if (length === 3) return codePoint >= 0x800;
  return codePoint >= 0x10000 && codePoint <= 0x10ffff;
}

function decodeSequence(bytes: number[], start: number, length: number): number {
  const lead = bytes[start] ?? 0;
  let codePoint = lead & (0xff >> (length + 1));
  for (let offset = 1; offset < length; offset++) codePoint = (codePoint << 6) | ((bytes[start + offset] ?? 0) & 0x3f);
  return codePoint;
}

/**
 * Read the bytes of a run as UTF-8. Whole, plausible sequences are repaired; a lead byte with
 * some but not all of its continuation bytes (and stray continuation bytes beside it) is what is
 * left of a character whose other bytes were lost (🏥 → `ğŸ¥`): it is marked lost. A byte that
 * starts nothing (é in "café") is kept as the character it is.
 */
function segmentRun(bytes: number[]): Segment[] {
  const segments: Segment[] = [];
  let index = 0;
  while (index < bytes.length) {
    const length = sequenceLength(bytes[index] ?? 0);
    let continuations = 0;
    while (continuations < length - 1 && isContinuation(bytes[index + 1 + continuations])) continuations++;
    const previous = segments[segments.length - 1];
    const hasUnknownByte = bytes.slice(index, index + 1 + continuations).includes(UNKNOWN_BYTE);
    if (length > 0 && continuations === length - 1 && !hasUnknownByte) {
      const codePoint = decodeSequence(bytes, index, length);
      if (isPlausible(codePoint, length)) {
        segments.push({ kind: 'repaired', text: String.fromCodePoint(codePoint), from: index, to: index + length });
        index += length;
        continue;
      }
    } else if (length > 0 && continuations > 0) {
      // Too few continuation bytes, or one we cannot name: the rest of this character was lost.
      segments.push({ kind: 'lost', from: index, to: index + 1 + continuations });
      index += 1 + continuations;
      continue;
    } else if (isContinuation(bytes[index]) && previous && previous.kind !== 'kept' && previous.to === index) {
      segments.push({ kind: 'lost', from: index, to: index + 1 });
      index += 1;
      continue;
    }
    segments.push({ kind: 'kept', from: index, to: index + 1 });
    index += 1;
  }
  return segments;
}

/** Non-ASCII characters in a row: UTF-8 multi-byte sequences are all bytes ≥ 0x80, so their mojibake is too. */
const NON_ASCII_RUN = /[^\u0000-\u007f]+/gu;

interface RunRepair {
  start: number;
  end: number;
  replacement: string;
  repaired: number;
  lost: number;
}

/** Split a run into the stretches the code page can encode; other characters are left as they are. */
function repairRun(run: string, runStart: number, table: ReadonlyMap<number, number>): RunRepair[] {
  const repairs: RunRepair[] = [];
  const chars = Array.from(run);
  let offset = 0;
  let stretch: { chars: string[]; bytes: number[]; start: number } | undefined;
  const flush = (): void => {
    if (!stretch) return;
    const segments = segmentRun(stretch.bytes);
    const repaired = segments.filter((segment) => segment.kind === 'repaired').length;
    const lost = segments.filter((segment) => segment.kind === 'lost').length;
    if (repaired > 0 || lost > 0) {
      // Each byte came from exactly one character of the stretch, so byte i is chars[i].
      const replacement = segments
        .map((segment) => (segment.kind === 'repaired' ? segment.text : segment.kind === 'lost' ? '' : stretch!.chars.slice(segment.from, segment.to).join('')))
        .join('');
      const length = stretch.chars.join('').length;
      repairs.push({ start: stretch.start, end: stretch.start + length, replacement, repaired, lost });
    }
    stretch = undefined;
  };
  for (const char of chars) {
    const byte = table.get(char.codePointAt(0) ?? 0);
    if (byte === undefined) {
      flush();
    } else {
      stretch ??= { chars: [], bytes: [], start: runStart + offset };
      stretch.chars.push(char);
      stretch.bytes.push(byte);
    }
    offset += char.length;
  }
  flush();
  return repairs;
}

function findRepairs(text: string, codePage: CodePage): RunRepair[] {
  const table = charToByte(codePage);
  const repairs: RunRepair[] = [];
  for (const match of text.matchAll(NON_ASCII_RUN)) repairs.push(...repairRun(match[0], match.index, table));
  return repairs;
}

function lineAt(text: string, index: number): number {
  let line = 1;
  for (let position = text.indexOf('\n'); position !== -1 && position < index; position = text.indexOf('\n', position + 1)) line++;
  return line;
}

/**
 * Repair mojibake with the code page that explains the most of it. Nothing changes unless at
 * least one whole character comes back, so clean text (accented names included) is left alone;
 * once the file is known to be garbled, fragments of characters whose bytes were lost are dropped.
 */
export function repairMojibake(text: string): RepairedText {
  let best: { codePage: CodePage; repairs: RunRepair[]; repaired: number } | undefined;
  for (const codePage of CODE_PAGES) {
    const repairs = findRepairs(text, codePage);
    const repaired = repairs.reduce((sum, repair) => sum + repair.repaired, 0);
    if (repaired > 0 && (!best || repaired > best.repaired)) best = { codePage, repairs, repaired };
  }
  if (!best) return { text, warnings: [] };

  let output = '';
  let cursor = 0;
  let lost = 0;
  for (const repair of best.repairs) {
    output += text.slice(cursor, repair.start) + repair.replacement;
    cursor = repair.end;
    lost += repair.lost;
  }
  output += text.slice(cursor);
  const first = best.repairs.find((repair) => repair.repaired > 0);
  const example = first ? ` (e.g. "${text.slice(first.start, first.end)}" → "${first.replacement}")` : '';
  const lostNote = lost > 0 ? `; dropped ${lost} broken character${lost === 1 ? '' : 's'} whose bytes were lost for good` : '';
  return {
    text: output,
    warnings: [{
      line: first ? lineAt(text, first.start) : 1,
      message: `repaired ${best.repaired} character${best.repaired === 1 ? '' : 's'} garbled by reading UTF-8 as ${best.codePage.label}${example}${lostNote}`,
    }],
  };
}

/** BOM, CRLF and lone CR (old Mac) line ends, then mojibake: the whole of step 1. */
export function repairEncoding(text: string): RepairedText {
  const normalized = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  return repairMojibake(normalized);
}
