import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { DESKTOP, launchChromium, PHONE, startServedApp, type RunningApp } from './helpers/web-app.js';

// `npm run screenshots`: each page of the example at desktop and phone width, for docs/ and
// for a person to look at. Skipped in `npm test` (it writes into the repo).
const outDir = fileURLToPath(new URL('../docs/screenshots/', import.meta.url));
const pages = ['sources', 'coverage', 'bullets', 'readmes', 'export', 'applications'] as const;
const TITLES: Record<(typeof pages)[number], string> = { sources: 'Sources', coverage: 'Coverage', bullets: 'Bullets', readmes: 'READMEs', export: 'Export', applications: 'Applications' };

describe.skipIf(!process.env.ROADFOLIO_SCREENSHOTS)('screenshots of the web app', () => {
  let app: RunningApp;
  let browser: Browser;
  beforeAll(async () => {
    mkdirSync(outDir, { recursive: true });
    [app, browser] = await Promise.all([startServedApp(), launchChromium()]);
  });
  afterAll(async () => {
    await browser?.close();
    await app?.stop();
  });

  for (const [width, viewport] of [['1280', DESKTOP], ['375', PHONE]] as const) {
    it(`takes each page at ${width} px`, { timeout: 400_000 }, async () => {
      // A plain context: openApp's request filter would also stop Chromium's PDF viewer (an
      // extension) from loading, and the Export preview would stay blank.
      const context = await browser.newContext({ viewport });
      const page = await context.newPage();
      // A first visit asks whose data to start with: the welcome screen, then the example.
      await page.goto(app.url);
      await page.getByRole('button', { name: 'Try the example' }).waitFor();
      await page.screenshot({ path: `${outDir}welcome-${width}.png`, fullPage: true });
      await page.getByRole('button', { name: 'Try the example' }).click();
      await page.getByTestId('score-overall').waitFor();
      for (const name of pages) {
        await page.goto(`${app.url}#/${name}`);
        // The page itself, not the welcome screen or the progress line.
        await page.getByRole('heading', { level: 1, name: TITLES[name] }).waitFor();
        if (name === 'readmes') await page.locator('.markdown-body, .readme p').first().waitFor();
        if (name === 'sources' || name === 'bullets') await page.getByTestId('resume-preview').waitFor();
        if (name === 'export') {
          await page.locator('iframe.pdf-frame[data-status="ready"]').waitFor({ timeout: 120_000 });
          await page.getByTestId('read-back-fields').waitFor({ timeout: 120_000 });
          if (width === '375') await page.getByRole('heading', { name: 'Preview' }).scrollIntoViewIfNeeded();
          // Chromium's PDF viewer is its own process and paints some seconds after the frame
          // loads: poll the screenshot until the page drawn in it makes the image grow.
          const blank = (await page.screenshot()).length;
          for (let attempt = 0; attempt < 20; attempt++) {
            await page.waitForTimeout(1000);
            if ((await page.screenshot()).length > blank * 1.5) break;
          }
        }
        if (name === 'coverage') {
          // Open one covered keyword's evidence, as a user would to check it.
          await page.locator('.chip-covered').first().click();
        }
        await page.waitForTimeout(400);
        await page.screenshot({ path: `${outDir}${name}-${width}.png`, fullPage: name !== 'export' });
      }
      await context.close();
    });
  }
});
