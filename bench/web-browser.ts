import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chromium, type BrowserContext } from 'playwright-core';
import type { Bench } from './benches.js';
import { report } from './measure.js';

// dist/bench/web-browser.js -> bin/roadfolio.js and dist/web (the bench script builds first).
const bin = fileURLToPath(new URL('../../bin/roadfolio.js', import.meta.url));
const webDist = fileURLToPath(new URL('../web/index.html', import.meta.url));
const CHROMIUM = '/usr/bin/chromium';
const RUNS = 5;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

async function serve(): Promise<{ url: string; stop: () => void }> {
  const child = spawn(process.execPath, [bin, 'serve', '--port', '0'], { stdio: ['ignore', 'pipe', 'inherit'] });
  const url = await new Promise<string>((resolve, reject) => {
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString('utf8');
      const found = /http:\/\/127\.0\.0\.1:\d+\//.exec(output)?.[0];
      if (found) resolve(found);
    });
    child.once('exit', (code) => reject(new Error(`roadfolio serve exited with ${code}`)));
  });
  return { url, stop: () => child.kill('SIGTERM') };
}

// Installed before the app's scripts: records first contentful paint, every long task, and the
// moment the coverage score is on screen.
const INSTRUMENT = () => {
  const marks = { fcp: 0, score: 0, longTasks: [] as number[] };
  (window as unknown as { __marks: typeof marks }).__marks = marks;
  new PerformanceObserver((list) => { for (const entry of list.getEntries()) if (entry.name === 'first-contentful-paint') marks.fcp = entry.startTime; }).observe({ type: 'paint', buffered: true });
  new PerformanceObserver((list) => { for (const entry of list.getEntries()) marks.longTasks.push(entry.duration); }).observe({ type: 'longtask', buffered: true });
  const look = () => {
    if (document.querySelector('[data-testid="score-overall"]')) marks.score = performance.now();
    else requestAnimationFrame(look);
  };
  requestAnimationFrame(look);
};

/**
 * The web app in Debian's chromium, served by `roadfolio serve` (compressed, as a user gets it):
 * first paint and time to the coverage score for a returning visitor on the example, the longest
 * task on the main thread during that load, and how long the live resume preview takes to show a
 * saved bullet edit. Medians of 5 fresh page loads; the machine's load shows in the figures.
 */
export const webBrowserBench: Bench = {
  name: 'web-browser',
  async run() {
    if (!existsSync(CHROMIUM) || !existsSync(webDist)) {
      process.stdout.write(`skipped: needs ${CHROMIUM} and dist/web (npm run build)\n`);
      return;
    }
    const site = await serve();
    const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run'] });
    try {
      const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
      await context.route(/^(?!(http|https):\/\/127\.0\.0\.1[:/]|blob:|data:)/, (route) => route.abort());
      await chooseExample(context, site.url);
      await context.addInitScript(INSTRUMENT);
      const loads: { fcp: number; score: number; longest: number }[] = [];
      for (let run = 0; run < RUNS; run++) {
        const page = await context.newPage();
        await page.goto(`${site.url}#/coverage`);
        await page.getByTestId('score-overall').waitFor({ timeout: 60_000 });
        await page.waitForTimeout(300); // let the deferred bullets render and be counted
        const marks = await page.evaluate(() => (window as unknown as { __marks: { fcp: number; score: number; longTasks: number[] } }).__marks);
        loads.push({ fcp: marks.fcp, score: marks.score, longest: Math.max(0, ...marks.longTasks) });
        await page.close();
      }
      report('first contentful paint, returning visitor on the example (median of 5)', median(loads.map((load) => load.fcp)), 'ms');
      report('  coverage score on screen (median of 5)', median(loads.map((load) => load.score)), 'ms');
      report('  longest main-thread task during that load (median of 5)', median(loads.map((load) => load.longest)), 'ms', '< 200 ms');

      const page = await context.newPage();
      await page.goto(`${site.url}#/bullets`);
      const editTimes: number[] = [];
      for (let run = 0; run < RUNS; run++) {
        const entry = page.locator('.bullet-entry').first();
        await entry.getByRole('button', { name: /^Edit/ }).first().click();
        const words = `Reduced triage time by ${40 + run}% with a Streamlit dashboard`;
        await entry.getByRole('textbox').fill(words);
        editTimes.push(await page.evaluate((expected) => new Promise<number>((resolve) => {
          const preview = document.querySelector('[data-testid="resume-preview"]')!;
          const area = document.querySelector<HTMLTextAreaElement>('.bullet-editing textarea')!;
          const observer = new MutationObserver(() => {
            if (preview.textContent?.includes(expected)) { observer.disconnect(); resolve(performance.now() - start); }
          });
          observer.observe(preview, { subtree: true, childList: true, characterData: true });
          const start = performance.now();
          area.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', ctrlKey: true, bubbles: true }));
        }), words));
      }
      report('live preview shows a saved bullet edit (median of 5)', median(editTimes), 'ms', '< 100 ms');
      await context.close();
    } finally {
      await browser.close();
      site.stop();
    }
  },
};

/** A first visit: the first screen, then "Try the example" (saved, so later loads are returning visits). */
async function chooseExample(context: BrowserContext, url: string): Promise<void> {
  const page = await context.newPage();
  await page.goto(url);
  await page.getByRole('button', { name: 'Try the example' }).click();
  await page.getByTestId('score-overall').waitFor({ timeout: 60_000 });
  await page.waitForTimeout(500); // the save is debounced
  await page.close();
}
