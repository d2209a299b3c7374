// UTF-8 and base64 with the web platform's TextEncoder / TextDecoder / atob (Node has them too),
// not Node's Buffer: the sync also runs in the web app, where there is no Buffer.
const encoder = new TextEncoder();
const decoder = new TextDecoder('utf-8');

export function utf8Bytes(text: string): Uint8Array {
  return encoder.encode(text);
}

export function utf8Length(text: string): number {
  return encoder.encode(text).length;
}

/** Invalid sequences become U+FFFD, as Buffer's toString('utf8') does. */
export function utf8Text(bytes: Uint8Array | ArrayBuffer): string {
  return decoder.decode(bytes);
}

/** GitHub's base64 file content (wrapped at 60 columns) as UTF-8 text. */
export function base64Utf8(base64: string): string {
  const binary = atob(base64.replace(/\s+/g, ''));
  const bytes = new Uint8Array(binary.length);
  for (let index = 0; index < binary.length; index++) bytes[index] = binary.charCodeAt(index);
  return utf8Text(bytes);
}
