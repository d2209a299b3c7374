import { bundledPath } from './package-files.js';
import { displayPath, InputFileError, readInputBytes, type InputKind } from './input-bytes.js';

export { displayPath, InputFileError, type InputKind } from './input-bytes.js';

const SNIFF_LENGTH = 8192;

/** What a binary file probably is, from its first bytes, for the error message. */
function binaryKind(bytes: Buffer): string | undefined {
  if (bytes.subarray(0, 5).toString('latin1') === '%PDF-') return 'a PDF';
  if (bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04) return 'a zip file (a .docx?)';
  if (bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0) return 'a Word .doc file';
  // UTF-16 text has NUL bytes but a byte-order mark first.
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) return undefined;
  const sniffed = bytes.subarray(0, SNIFF_LENGTH);
  let controls = 0;
  for (const byte of sniffed) {
    if (byte === 0) return 'a binary file';
    // Control bytes other than tab, newline, form feed, carriage return and ESC never appear in text.
    if (byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0c && byte !== 0x0d && byte !== 0x1b) controls++;
  }
  return sniffed.length > 0 && controls / sniffed.length > 0.05 ? 'a binary file' : undefined;
}

function decodeText(bytes: Buffer): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes);
  return bytes.toString('utf8');
}

/**
 * A text file (`.txt`, `.md`), or standard input when the path is `-`. A BOM and CRLF line ends
 * are removed. A PDF, Word file or other binary is refused with a one-line InputFileError: read
 * as text it would be a page of noise taken for a job description or a resume.
 */
export async function readTextInput(path: string, inputKind: InputKind = 'job description'): Promise<string> {
  const bytes = await readInputBytes(path, inputKind);
  const kind = binaryKind(bytes);
  if (kind) {
    const name = path === '-' ? 'standard input' : displayPath(path);
    throw new InputFileError(`${name}: looks like ${kind}, not text: save or paste it as plain text (.txt or .md) and pass that`);
  }
  const text = decodeText(bytes).replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  if ((inputKind === 'job description' || inputKind === 'resume text') && text.trim() === '') {
    throw new InputFileError(`${path === '-' ? 'standard input' : displayPath(path)}: empty; a ${inputKind} is the text itself (paste it into the file, or pipe it to -)`);
  }
  return text;
}

/** A PDF file's bytes (a resume to check); anything else is refused in one line. */
export async function readPdfInput(path: string): Promise<Uint8Array> {
  const bytes = await readInputBytes(path, 'resume PDF');
  if (bytes.subarray(0, 5).toString('latin1') !== '%PDF-') {
    throw new InputFileError(`${displayPath(path)}: not a PDF (it does not start with %PDF-); export the resume as PDF and pass that`);
  }
  return new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

/** The package's `examples/` folder (the bundled example the CLI falls back to). */
export function bundledExamplesDir(): string {
  return bundledPath('examples');
}
