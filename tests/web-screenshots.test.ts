import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { DESKTOP, launchChromium, openApp, PHONE, startServedApp, type RunningApp } from './helpers/web-app.js';

// `npm run screenshots`: each page of the example at desktop and phone width, for docs/ and
// for a person to look at. Skipped in `npm test` (it writes into the repo).
const outDir = fileURLToPath(new URL('../docs/screenshots/', import.meta.url));
const pages = ['sources', 'coverage', 'bullets', 'readmes', 'export'] as const;

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
    it(`takes each page at ${width} px`, async () => {
      const { context, page } = await openApp(browser, app.url, viewport, '#/coverage');
      await context.route(/^(?!http:\/\/127\.0\.0\.1)/, (route) => route.abort());
      for (const name of pages) {
        await page.goto(`${app.url}#/${name}`);
        await page.getByRole('heading', { level: 1 }).waitFor();
        if (name === 'readmes') await page.locator('.markdown-body, .readme p').first().waitFor();
        if (name === 'export') await page.locator('iframe[title*="preview"]').waitFor().catch(() => undefined);
        if (name === 'coverage') {
          // Open one covered keyword's evidence, as a user would to check it.
          await page.locator('.chip-covered').first().click().catch(() => undefined);
        }
        await page.waitForTimeout(400);
        await page.screenshot({ path: `${outDir}${name}-${width}.png`, });
      }
      await context.close();
    });
  }
});
