import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import type { Bench } from './benches.js';
import { medianMs, report } from './measure.js';
import { gatherInputs } from '../src/cli/build-command/gather-inputs.js';
import { loadPhraseBook, loadResumeTemplate } from '../src/cli/load-templates.js';
import { renderPlanPdf, renderPortfolioPdf, renderResumePdf } from '../src/pdf/render.js';
import { build } from '../src/portfolio/index.js';

const bin = fileURLToPath(new URL('../../bin/roadfolio.js', import.meta.url));

/** The fastest of `runs` calls: on a shared 2-core machine the median carries other people's work. */
async function fastestMs(fn: () => Promise<unknown>, runs: number): Promise<number> {
  let best = Infinity;
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await fn();
    best = Math.min(best, performance.now() - start);
  }
  return best;
}

function gc(): void {
  (globalThis as { gc?: () => void }).gc?.();
}

/** Warm renders of the bundled example, the cold `npm start` process, and memory across renders. */
export const buildBench: Bench = {
  name: 'build',
  async run() {
    const { prepared } = await gatherInputs({ keywords: 'medical-ai' });
    const template = loadResumeTemplate('classic');
    const phraseBook = loadPhraseBook();
    const { layout, portfolio: model } = build(prepared, { template, phraseBook, draft: false });

    report('build(): bullets, JSON Resume, layout, coverage of it, portfolio model, for the example (median of 20)',
      await medianMs(() => build(prepared, { template, phraseBook, draft: false }), 20, 3), 'ms');
    report('resume.pdf warm render (median of 20)', await medianMs(() => renderResumePdf(layout, template), 20, 3), 'ms', '<= 50 ms');
    report('resume.pdf warm render (fastest of 20)', await fastestMs(() => renderResumePdf(layout, template), 20), 'ms');
    report('portfolio.pdf (employer) warm render incl. last-page fit check (median of 20)', await medianMs(() => renderPortfolioPdf(model), 20, 3), 'ms', '<= 250 ms');
    report('plan.pdf warm render (median of 20)', await medianMs(() => renderPlanPdf(model), 20, 3), 'ms');
    report('portfolio.pdf warm render (fastest of 20)', await fastestMs(() => renderPortfolioPdf(model), 20), 'ms');

    const out = mkdtempSync(join(tmpdir(), 'roadfolio-bench-'));
    const start = performance.now();
    const { NODE_ENV: _ignored, ...environment } = process.env;
    const result = spawnSync(process.execPath, [bin, 'build', '--out', out], { encoding: 'utf8', env: environment });
    const coldMs = performance.now() - start;
    rmSync(out, { recursive: true, force: true });
    if (result.status !== 0) process.stdout.write(`cold build failed: ${result.stderr}\n`);
    report('`npm start` equivalent: cold `roadfolio build` process', coldMs, 'ms', '< 3000 ms');

    // Warm up first: the first renders grow V8's heap and malloc's arenas to their working size,
    // which is not a leak. Live JS heap growth is the leak signal (react-pdf's renderToBuffer kept
    // every React root: 0.55 MB per render here before src/pdf/render.ts reused one root).
    for (let i = 0; i < 20; i++) await renderResumePdf(layout, template);
    gc();
    const before = process.memoryUsage();
    for (let i = 0; i < 200; i++) await renderResumePdf(layout, template);
    gc();
    const after = process.memoryUsage();
    report('RSS growth over 200 resume renders (after 20 warm-up, gc)', (after.rss - before.rss) / 1024 / 1024, 'MB', '< 50 MB');
    report('live JS heap growth over the same 200 renders', (after.heapUsed - before.heapUsed) / 1024 / 1024, 'MB');
    if (process.env.NODE_ENV !== 'production') process.stdout.write('(NODE_ENV is not production: React\'s development build makes renders slower and heavier)\n');
  },
};
