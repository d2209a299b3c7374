import { request } from 'node:http';
import { createServer } from 'node:net';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from './helpers/run-cli.js';
import { startServedApp, type RunningApp } from './helpers/web-app.js';

// `roadfolio serve` over real sockets: what it serves, and what it refuses.
let app: RunningApp;
beforeAll(async () => { app = await startServedApp(); });
afterAll(async () => { await app?.stop(); });

function get(path: string, options: { method?: string; host?: string } = {}): Promise<{ status: number; type: string; body: string; headers: Record<string, string | string[] | undefined> }> {
  const url = new URL(app.url);
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port: url.port, path, method: options.method ?? 'GET', headers: { host: options.host ?? url.host } }, (res) => {
      let body = '';
      res.setEncoding('utf8').on('data', (chunk: string) => { body += chunk; });
      res.on('end', () => resolve({ status: res.statusCode ?? 0, type: String(res.headers['content-type'] ?? ''), body, headers: res.headers }));
    });
    req.on('error', reject);
    req.end();
  });
}

describe('roadfolio serve', () => {
  it('serves the built app on 127.0.0.1, scripts as JavaScript', async () => {
    expect(app.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
    const index = await get('/');
    expect(index.status).toBe(200);
    expect(index.type).toContain('text/html');
    const script = /src="\.\/(assets\/[^"]+\.js)"/.exec(index.body)?.[1];
    expect(script).toBeDefined();
    const asset = await get(`/${script}`);
    expect(asset.status).toBe(200);
    expect(asset.type).toContain('text/javascript');
  });

  it('never serves a file outside the app, whatever the path says', async () => {
    for (const path of ['/../package.json', '/..%2f..%2fpackage.json', '/assets/..%2f..%2f..%2fpackage.json', '/%2e%2e/%2e%2e/package.json']) {
      const response = await get(path);
      expect(response.body, path).not.toContain('"name": "roadfolio"');
      expect([403, 404, 200], path).toContain(response.status);
    }
    expect((await get('/assets/no-such-chunk.js')).status).toBe(404);
  });

  it('refuses writes and other hosts (DNS rebinding)', async () => {
    expect((await get('/', { method: 'POST' })).status).toBe(405);
    expect((await get('/', { host: 'attacker.example:80' })).status).toBe(403);
  });

  it('says what it allows on a 405, forbids framing, and takes the host name in any case', async () => {
    const refused = await get('/', { method: 'DELETE' });
    expect(refused.status).toBe(405);
    expect(refused.headers.allow).toBe('GET, HEAD');
    const page = await get('/');
    expect(page.headers['x-frame-options']).toBe('DENY');
    expect(page.headers['content-security-policy']).toBe("frame-ancestors 'none'");
    const port = new URL(app.url).port;
    expect((await get('/', { host: `LOCALHOST:${port}` })).status).toBe(200);
    expect((await get('/', { host: `LocalHost.attacker.example:${port}` })).status).toBe(403);
  });

  it('says which port is taken, and how to pick another', async () => {
    const blocker = createServer();
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
    const port = (blocker.address() as { port: number }).port;
    try {
      const result = await runCli(['serve', '--port', String(port)]);
      expect(result.code).toBe(1);
      expect(result.stderr).toBe(`roadfolio: port ${port} is in use: pass --port N (0 picks a free one)\n`);
      expect((await runCli(['serve', '--port', 'eighty'])).code).toBe(2);
    } finally {
      blocker.close();
    }
  });
});

function getRaw(path: string, headers: Record<string, string>): Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: Buffer }> {
  const url = new URL(app.url);
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port: url.port, path, headers: { host: url.host, ...headers } }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on('error', reject);
    req.end();
  });
}

describe('roadfolio serve sends the app compressed and cacheable', () => {
  it('compresses scripts as the browser asks (brotli, else gzip, else none), and they decode to the same bytes', async () => {
    const index = await get('/');
    const script = /src="\.\/(assets\/[^"]+\.js)"/.exec(index.body)![1]!;
    const plain = await getRaw(`/${script}`, {});
    expect(plain.headers['content-encoding']).toBeUndefined();
    const br = await getRaw(`/${script}`, { 'accept-encoding': 'gzip, deflate, br' });
    expect(br.headers['content-encoding']).toBe('br');
    expect(br.headers.vary).toBe('accept-encoding');
    expect(brotliDecompressSync(br.body).equals(plain.body)).toBe(true);
    // The first screen's script crosses the wire at about a third of its size.
    expect(br.body.length).toBeLessThan(plain.body.length * 0.4);
    const gz = await getRaw(`/${script}`, { 'accept-encoding': 'gzip, br;q=0' });
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gz.body).equals(plain.body)).toBe(true);
  });

  it('lets the browser keep hashed assets for a year and revalidate index.html', async () => {
    const index = await getRaw('/', { 'accept-encoding': 'br' });
    expect(index.headers['cache-control']).toBe('no-cache');
    const etag = String(index.headers.etag);
    expect((await getRaw('/', { 'if-none-match': etag })).status).toBe(304);
    const script = /src="\.\/(assets\/[^"]+\.js)"/.exec(brotliDecompressSync(index.body).toString('utf8'))![1]!;
    expect((await getRaw(`/${script}`, {})).headers['cache-control']).toBe('public, max-age=31536000, immutable');
  });
});
