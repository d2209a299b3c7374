import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vitest/config';
import react from '@vitejs/plugin-react';

// The one core module whose Node-only edge has a browser twin in src/web: the PDF fonts, loaded
// from files in Node and from asset URLs in the browser. (The GitHub adapter used to need twins for
// its cache and snapshot files; that persistence now lives in src/store, which the web never loads.)
const twin = (file: string) => fileURLToPath(new URL(`./src/web/browser-twins/${file}`, import.meta.url));
const browserTwins: Record<string, string> = {
  '/src/pdf/fonts.ts': twin('pdf-fonts.ts'),
};

// A worker has no DOM: packages whose "browser" entry needs one get their "worker" entry there.
// (decode-named-character-reference, under micromark, decodes `&amp;` through an HTML element in
// its browser build; README parsing runs in the pipeline worker.)
const workerEntries: Record<string, string> = {
  'decode-named-character-reference': fileURLToPath(new URL('./node_modules/decode-named-character-reference/index.js', import.meta.url)),
};

function workerEntriesPlugin(): Plugin {
  return { name: 'roadfolio-worker-entries', enforce: 'pre', resolveId: (source) => workerEntries[source] ?? null };
}

// chardet (charset detection for dropped roadmap files) has no import-time effects; saying so lets
// the bundler leave it to the lazy chunk of the file-drop path, off the first screen and the worker.
const treeshake = { moduleSideEffects: (id: string) => !/[\\/]node_modules[\\/]chardet[\\/]/.test(id) };

function browserTwinsPlugin(): Plugin {
  return {
    name: 'roadfolio-browser-twins',
    enforce: 'pre',
    // Only for the browser build and dev server: vitest runs the Node originals.
    apply: () => !process.env.VITEST,
    async resolveId(source, importer, options) {
      if (importer === undefined || !source.startsWith('.')) return null;
      const resolved = await this.resolve(source, importer, { ...options, skipSelf: true });
      if (resolved === null) return null;
      const found = Object.entries(browserTwins).find(([suffix]) => resolved.id.endsWith(suffix));
      return found === undefined || importer === found[1] ? null : found[1];
    },
  };
}

// One config for the web app (vite build/dev, root src/web) and for vitest (tests/).
export default defineConfig({
  root: 'src/web',
  base: './',
  plugins: [browserTwinsPlugin(), react()],
  // The pipeline worker (src/web/pipeline/pipeline.worker.ts) is an ES module with chunks of its
  // own (the lexicon, pdf.js for the read-back check), loaded when first needed.
  worker: { format: 'es', plugins: () => [workerEntriesPlugin(), browserTwinsPlugin()], rollupOptions: { treeshake } },
  build: {
    outDir: '../../dist/web',
    emptyOutDir: true,
    // The PDF renderer is one big lazy chunk (~450 KB gzipped) by nature; the first screen is budgeted separately (bench: web).
    chunkSizeWarningLimit: 2000,
    rollupOptions: { treeshake },
  },
  test: {
    root: '.',
    include: ['tests/**/*.test.{ts,tsx}'],
    environment: 'node',
    // Caps, not waits: tests wait on events (a process exits, an element appears) and finish when
    // they happen. Sized for a 2-core machine running two suites and several builds at once, where a
    // spawned CLI or a chromium page took over 20 s (six tests timed out at 20 s under such load).
    // Vitest's default on 2 cores is one worker (cores - 1), which left one core idle while most
    // files wait on a spawned CLI or chromium: two workers keep both cores busy.
    maxWorkers: 2,
    testTimeout: 180_000,
    hookTimeout: 180_000,
    // expect.poll waits for the page to show something; its 1 s default failed under load.
    expect: { poll: { timeout: 150_000, interval: 100 } },
  },
});
