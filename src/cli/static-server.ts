import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, resolve, sep } from 'node:path';

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
  const body = await readFile(found);
  // Vite names assets by content hash, so they never change; index.html must be re-read.
  const cache = found.includes(`${sep}assets${sep}`) ? 'public, max-age=31536000, immutable' : 'no-cache';
  send(response, 200, CONTENT_TYPES[extname(found)] ?? 'application/octet-stream', request.method === 'HEAD' ? '' : body, cache);
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

function send(response: ServerResponse, status: number, type: string, body: string | Buffer, cache = 'no-cache'): void {
  response.writeHead(status, {
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
