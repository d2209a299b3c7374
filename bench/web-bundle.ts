import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import type { Bench } from './benches.js';
import { report } from './measure.js';

// dist/bench/web-bundle.js -> dist/web (the build step runs `vite build` before the bench).
const webDist = fileURLToPath(new URL('../web/', import.meta.url));

/** Gzipped size in KB, as a browser downloads it from a server that compresses. */
function gzippedKb(path: string): number {
  return gzipSync(readFileSync(path), { level: 9 }).length / 1024;
}

/**
 * The web app's JavaScript as built: what the first screen loads (the entry script and the
 * chunks index.html preloads) against the 250 KB gzipped budget, and each lazy chunk.
 */
export const webBundleBench: Bench = {
  name: 'web',
  async run() {
    const indexPath = join(webDist, 'index.html');
    if (!existsSync(indexPath)) {
      process.stdout.write('dist/web is missing: run `npm run build` first\n');
      return;
    }
    const html = readFileSync(indexPath, 'utf8');
    const firstScreen = new Set([...html.matchAll(/(?:src|href)="\.?\/?(assets\/[^"]+\.js)"/g)].map((match) => match[1] ?? ''));
    const assets = readdirSync(join(webDist, 'assets')).filter((name) => name.endsWith('.js'));
    let firstScreenKb = 0;
    for (const path of firstScreen) firstScreenKb += gzippedKb(join(webDist, path));
    report('first screen JS (entry + preloaded chunks), gzipped', firstScreenKb, 'KB', '< 250 KB');
    for (const name of assets.filter((asset) => !firstScreen.has(`assets/${asset}`)).sort()) {
      report(`  lazy chunk ${name.replace(/-[A-Za-z0-9_-]{8}\.js$/, '.js')}, gzipped`, gzippedKb(join(webDist, 'assets', name)), 'KB');
    }
  },
};
