import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, resolve, sep } from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants as zlib, gzip } from 'node:zlib';

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.ttf': 'font/ttf',
  '.woff2': 'font/woff2',
  '.wasm': 'application/wasm',
  '.txt': 'text/plain; charset=utf-8',
  '.md': 'text/markdown; charset=utf-8',
};

export interface StaticSite { server: Server; url: string; close(): Promise<void> }

/**
 * Serve a built single-page app from `root` on 127.0.0.1 only. Read-only (GET/HEAD), never
 * outside `root`, and only for Host headers naming this machine: a web page elsewhere cannot
 * reach the app through DNS rebinding.
 */
export async function serveStaticSite(root: string, port: number): Promise<StaticSite> {
  const siteRoot = resolve(root);
  const server = createServer((request, response) => {
    handle(siteRoot, request, response).catch(() => send(response, 500, 'text/plain; charset=utf-8', 'internal error'));
  });
  await new Promise<void>((resolveListen, rejectListen) => {
    server.once('error', rejectListen);
    server.listen(port, '127.0.0.1', () => { server.off('error', rejectListen); resolveListen(); });
  });
  const address = server.address();
  const actualPort = typeof address === 'object' && address !== null ? address.port : port;
  return {
    server,
    url: `http://127.0.0.1:${actualPort}/`,
    close: () => new Promise((done) => { server.closeAllConnections(); server.close(() => done()); }),
  };
}

async function handle(siteRoot: string, request: IncomingMessage, response: ServerResponse): Promise<void> {
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    response.setHeader('allow', 'GET, HEAD');
    return send(response, 405, 'text/plain; charset=utf-8', 'method not allowed');
  }
  // Host names are case-insensitive (RFC 9110): LOCALHOST is this machine too.
  const host = (request.headers.host ?? '').replace(/:\d+$/, '').toLowerCase();
  if (host !== '127.0.0.1' && host !== 'localhost' && host !== '[::1]') return send(response, 403, 'text/plain; charset=utf-8', 'forbidden host');

  let pathname: string;
  try {
    pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://127.0.0.1').pathname);
  } catch {
    return send(response, 400, 'text/plain; charset=utf-8', 'bad request');
  }
  const file = resolve(join(siteRoot, pathname));
  if (file !== siteRoot && !file.startsWith(siteRoot + sep)) return send(response, 403, 'text/plain; charset=utf-8', 'forbidden');

  const found = await existingFile(file) ?? (extname(pathname) === '' ? join(siteRoot, 'index.html') : null);
  if (found === null) return send(response, 404, 'text/plain; charset=utf-8', 'not found');
  const info = await stat(found);
  // Vite names assets by content hash, so they never change; index.html must be revalidated
  // (its ETag makes that a 304 with no body when nothing changed).
  const hashed = found.includes(`${sep}assets${sep}`);
  const etag = `W/"${info.size.toString(16)}-${Math.floor(info.mtimeMs).toString(16)}"`;
  if (!hashed && request.headers['if-none-match'] === etag) {
    response.writeHead(304, { etag, 'cache-control': 'no-cache' });
    return void response.end();
  }
  const type = CONTENT_TYPES[extname(found)] ?? 'application/octet-stream';
  const { body, encoding } = await compressed(found, etag, type, String(request.headers['accept-encoding'] ?? ''));
  send(response, 200, type, request.method === 'HEAD' ? '' : body, hashed ? 'public, max-age=31536000, immutable' : 'no-cache', {
    etag, vary: 'accept-encoding', ...(encoding ? { 'content-encoding': encoding } : {}),
  });
}

const brotli = promisify(brotliCompress);
const gzipAsync = promisify(gzip);
const COMPRESSIBLE = /^(text\/|application\/(json|wasm)|image\/svg\+xml|font\/ttf)/;
/** Compressed copies, made once per file version, so a chunk is not compressed again per request. */
const compressedCopies = new Map<string, Promise<Buffer>>();

/**
 * The file as the browser asked for it: brotli, else gzip, else as is. The app's JavaScript is
 * 2.5 MB as built; brotli at quality 5 makes it 768 KB in 0.27 s for every chunk together
 * (quality 9: 756 KB in 6.4 s; 11: 692 KB in 15 s; gzip 9: 832 KB in 0.18 s; measured with
 * node:zlib on the 2-core dev machine). Quality 5 keeps the first request of a chunk from
 * waiting seconds for a 2 % smaller body. Each copy is made once per file version, in zlib's
 * thread pool (off the event loop), and kept.
 */
async function compressed(file: string, version: string, type: string, acceptEncoding: string): Promise<{ body: Buffer; encoding?: 'br' | 'gzip' }> {
  const accepted = new Set(acceptEncoding.split(',').map((part) => part.trim().split(';')).filter(([, q]) => !/^\s*q=0(\.0*)?\s*$/.test(q ?? '')).map(([name]) => name?.trim().toLowerCase()));
  const accepts = (name: string) => accepted.has(name);
  const encoding = !COMPRESSIBLE.test(type) ? undefined : accepts('br') ? 'br' : accepts('gzip') ? 'gzip' : undefined;
  if (encoding === undefined) return { body: await readFile(file) };
  const key = `${encoding} ${file} ${version}`;
  let copy = compressedCopies.get(key);
  if (copy === undefined) {
    copy = readFile(file).then((raw) => (encoding === 'br'
      ? brotli(raw, { params: { [zlib.BROTLI_PARAM_QUALITY]: 5, [zlib.BROTLI_PARAM_SIZE_HINT]: raw.length } })
      : gzipAsync(raw, { level: 9 })));
    compressedCopies.set(key, copy);
    copy.catch(() => compressedCopies.delete(key));
  }
  return { body: await copy, encoding };
}

async function existingFile(path: string): Promise<string | null> {
  try {
    const info = await stat(path);
    if (info.isFile()) return path;
    if (info.isDirectory()) return existingFile(join(path, 'index.html'));
    return null;
  } catch {
    return null;
  }
}

function send(response: ServerResponse, status: number, type: string, body: string | Buffer, cache = 'no-cache', extra: Record<string, string> = {}): void {
  response.writeHead(status, {
    ...extra,
    'content-type': type,
    'cache-control': cache,
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'no-referrer',
    // No other site may frame the app (clickjacking): the header old browsers know, and CSP's.
    'x-frame-options': 'DENY',
    'content-security-policy': "frame-ancestors 'none'",
  });
  response.end(body);
}
