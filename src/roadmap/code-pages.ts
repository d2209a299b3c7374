/**
 * Single-byte code pages, both ways. TextDecoder does the decoding (Node and browsers have it),
 * except for Windows-1252: Node 20 decodes that label as ISO-8859-1, so 0x96 comes out as the
 * control U+0096 instead of "–". Its 0x80–0x9F row is written out here; the rest is Latin-1.
 */

/** Windows-1252 0x80–0x9F. The five undefined bytes map to the C1 control of the same number, as in WHATWG. */
const WINDOWS_1252_C1_ROW = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ';

function decodeWindows1252(bytes: Uint8Array): string {
  let text = '';
  for (let start = 0; start < bytes.length; start += 8192) {
    const chunk = bytes.subarray(start, start + 8192);
    text += String.fromCharCode(...Array.from(chunk, (byte) => (byte >= 0x80 && byte <= 0x9f ? WINDOWS_1252_C1_ROW.charCodeAt(byte - 0x80) : byte)));
  }
  return text;
}

/** Whether this runtime can decode `encoding` at all. */
export function canDecode(encoding: string): boolean {
  try {
    new TextDecoder(encoding);
    return true;
  } catch {
    return false;
  }
}

/** Decode bytes in a code page (or any encoding TextDecoder knows). */
export function decodeCodePage(bytes: Uint8Array, encoding: string): string {
  return encoding === 'windows-1252' ? decodeWindows1252(bytes) : new TextDecoder(encoding).decode(bytes);
}

const byteOfCharCache = new Map<string, Map<number, number>>();

/**
 * Character → byte for the upper half (0x80–0xFF) of a single-byte code page: the inverse of
 * decodeCodePage, used to take mojibake back to the bytes it was read from.
 */
export function byteOfChar(encoding: string): Map<number, number> {
  let table = byteOfCharCache.get(encoding);
  if (table) return table;
  table = new Map();
  for (let byte = 0x80; byte <= 0xff; byte++) {
    const char = decodeCodePage(new Uint8Array([byte]), encoding);
    const codePoint = char.codePointAt(0);
    if (char.length === 1 && codePoint !== undefined && codePoint !== 0xfffd) table.set(codePoint, byte);
  }
  byteOfCharCache.set(encoding, table);
  return table;
}
