/**
 * A dropped file's text. UTF-8 when it decodes cleanly; otherwise Windows-1252, the usual
 * encoding of a file that is not UTF-8 (the roadmap parser repairs mojibake either way).
 */
export async function readTextFile(file: File): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('windows-1252').decode(bytes);
  }
}
