/**
 * Browser twin of `node:fs/promises` for core modules whose file helpers the web app never calls
 * (the GitHub ETag cache's load()). Reading fails the way a missing file does, which the callers
 * already handle (an empty cache).
 */
export async function readFile(path: string): Promise<string> {
  throw Object.assign(new Error(`no file system in the browser: ${path}`), { code: 'ENOENT' });
}
