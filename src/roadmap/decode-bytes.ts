import chardet from 'chardet';
import type { RoadmapWarning } from '../model/index.js';
import { canDecode, decodeCodePage } from './code-pages.js';

/**
 * Step 0 (bytes → text): turn the bytes of a roadmap file into text, whatever encoding it was
 * saved in. Files that are not text at all are refused with a RoadmapInputError.
 *
 * Decoding uses the WHATWG TextDecoder (Node and browsers both have it; see code-pages.ts) rather
 * than iconv-lite, which needs Node's Buffer and so would not run in the web app.
 */

/** A file we cannot read as a roadmap (binary, too large). The message names what to do. */
export class RoadmapInputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'RoadmapInputError';
  }
}

export interface DecodedText {
  text: string;
  /** The encoding the bytes were read as, e.g. "utf-8", "windows-1252". */
  encoding: string;
  warnings: RoadmapWarning[];
}

/**
 * A real roadmap is a few kilobytes (the user's is 5 KB; a 10,000-item one is 1.1 MB and parses
 * in about half a second). A limit turns a wrong file (a log, a data dump) into a clear error
 * instead of seconds of parsing and a summary nobody wants.
 */
export const MAX_ROADMAP_BYTES = 2_000_000;

const SNIFF_LENGTH = 8192;

/** Control bytes that never appear in text; tab, newline, form feed, carriage return and ESC do. */
function isBinaryControlByte(byte: number): boolean {
  return byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0c && byte !== 0x0d && byte !== 0x1b;
}

function looksBinary(bytes: Uint8Array): boolean {
  const sniffed = bytes.subarray(0, SNIFF_LENGTH);
  let controls = 0;
  for (const byte of sniffed) {
    if (byte === 0) return true;
    if (isBinaryControlByte(byte)) controls++;
  }
  return sniffed.length > 0 && controls / sniffed.length > 0.05;
}

function startsWith(bytes: Uint8Array, prefix: number[]): boolean {
  return prefix.every((byte, index) => bytes[index] === byte);
}

/**
 * chardet names ISO-8859-x where Windows editors wrote windows-125x; the Windows code pages are
 * supersets (they add curly quotes and dashes in 0x80–0x9F), so decode with those.
 */
const SUPERSET_OF: Record<string, string> = {
  'iso-8859-1': 'windows-1252',
  'iso-8859-9': 'windows-1254',
  'iso-8859-2': 'windows-1250',
  'iso-8859-5': 'windows-1251',
  'iso-8859-7': 'windows-1253',
};

function detectEncoding(bytes: Uint8Array): string {
  const detected = chardet.detect(bytes)?.toLowerCase();
  const candidate = detected ? SUPERSET_OF[detected] ?? detected : 'windows-1252';
  // chardet knows some encodings TextDecoder does not (e.g. ISO-2022 variants): fall back to
  // the encoding most non-UTF-8 markdown files are in.
  return canDecode(candidate) ? candidate : 'windows-1252';
}

/**
 * Decode a roadmap file: a byte-order mark decides first (UTF-8, UTF-16), then valid UTF-8 is
 * taken as UTF-8, and anything else is detected with chardet and decoded with a warning.
 * Throws RoadmapInputError for binary files and files over MAX_ROADMAP_BYTES.
 */
export function decodeRoadmap(bytes: Uint8Array): DecodedText {
  if (bytes.length > MAX_ROADMAP_BYTES) {
    const megabytes = (bytes.length / 1_000_000).toFixed(1);
    throw new RoadmapInputError(`is ${megabytes} MB; a roadmap is a few kilobytes of markdown (the limit is ${MAX_ROADMAP_BYTES / 1_000_000} MB): check you passed the right file`);
  }
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) {
    return { text: new TextDecoder('utf-8').decode(bytes), encoding: 'utf-8', warnings: [] };
  }
  if (startsWith(bytes, [0xff, 0xfe]) || startsWith(bytes, [0xfe, 0xff])) {
    const encoding = bytes[0] === 0xff ? 'utf-16le' : 'utf-16be';
    return { text: new TextDecoder(encoding).decode(bytes), encoding, warnings: [] };
  }
  if (looksBinary(bytes)) {
    throw new RoadmapInputError('looks like a binary file, not markdown text: pass your roadmap .md file');
  }
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8', warnings: [] };
  } catch {
    const encoding = detectEncoding(bytes);
    return {
      text: decodeCodePage(bytes, encoding),
      encoding,
      warnings: [{ line: 0, message: `the file is not UTF-8; it was read as ${encoding}. Save it as UTF-8 so every editor shows it the same way` }],
    };
  }
}
