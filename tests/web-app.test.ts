import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchChromium, openApp, startServedApp, type RunningApp } from './helpers/web-app.js';

// The built app (dist/web, from `npm test`'s build step) served by `roadfolio serve`, driven
// in Debian's chromium. Every assertion is about what a user sees on the screen.
let app: RunningApp;
let browser: Browser;

beforeAll(async () => {
  [app, browser] = await Promise.all([startServedApp(), launchChromium()]);
});
afterAll(async () => {
  await browser?.close();
  await app?.stop();
});

const hostileReadme = readFileSync(new URL('./fixtures/hostile-readme.md', import.meta.url), 'utf8');

function snapshotWithReadme(text: string) {
  return {
    version: 1, user: 'test-user', fetchedAt: '2026-11-01T10:00:00Z', apiUrl: 'http://127.0.0.1:1',
    repos: [{
      name: 'sepsis-early-warning', fullName: 'test-user/sepsis-early-warning', url: 'http://127.0.0.1:1/test-user/sepsis-early-warning',
      description: 'Sepsis risk from vital signs', topics: ['sepsis', 'xgboost'], primaryLanguage: 'Python',
      languages: [{ name: 'Python', bytes: 12000 }], stars: 3, forks: 0, homepage: null,
      createdAt: '2026-05-01T10:00:00Z', pushedAt: '2026-10-01T10:00:00Z', archived: false, fork: false, private: false,
      license: 'MIT', readme: { path: 'README.md', text, truncated: false },
    }],
  };
}

describe('the web app in chromium', () => {
  it('reports corrupt saved state, sets it aside, and still shows the app', async () => {
    const context = await browser.newContext();
    await context.addInitScript(() => {
      if (!sessionStorage.getItem('seeded')) {
        localStorage.setItem('roadfolio.state', '{"version":1,"roadmap":{"fileName":"x.md","text":42}');
        sessionStorage.setItem('seeded', '1');
      }
    });
    const page = await context.newPage();
    await page.goto(app.url);
    const alert = page.getByRole('alert');
    await expect.poll(() => alert.textContent()).toContain('could not be read');
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Coverage');
    const keys = await page.evaluate(() => Object.keys(localStorage));
    expect(keys.some((key) => key.startsWith('roadfolio.state.set-aside.'))).toBe(true);
    await context.close();
  });

  it('renders a hostile README as GitHub markdown and executes none of its script', async () => {
    const { context, page, errors } = await openApp(browser, app.url, undefined, '#/sources');
    await context.route(/^(?!http:\/\/127\.0\.0\.1)/, (route) => route.abort());
    let dialogs = 0;
    page.on('dialog', (dialog) => { dialogs++; void dialog.dismiss(); });
    await page.getByTestId('snapshot-drop').locator('input[type=file]').setInputFiles({
      name: 'github-snapshot.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(snapshotWithReadme(hostileReadme))),
    });
    await expect.poll(() => page.getByTestId('github-summary').textContent()).toContain('1 repos of test-user');
    await page.getByRole('link', { name: 'READMEs' }).click();
    const readme = page.getByRole('article', { name: /README of sepsis-early-warning/ });
    await readme.getByRole('table').waitFor();

    // GitHub-flavoured markdown: the table, the task list and the code block are there.
    expect(await readme.getByRole('cell', { name: 'XGBoost' }).count()).toBe(1);
    expect(await readme.getByRole('checkbox').evaluateAll((boxes) => boxes.map((box) => (box as HTMLInputElement).checked))).toEqual([true, false]);
    expect(await readme.locator('pre code').textContent()).toContain('model.fit(X_train, y_train)');

    // Nothing executable survived: no script, no handlers, no javascript: URLs, https images only.
    const dom = await readme.evaluate((root) => ({
      scripts: root.querySelectorAll('script, iframe, object, embed').length,
      handlers: [...root.querySelectorAll('*')].flatMap((el) => [...el.attributes].map((a) => a.name)).filter((name) => name.startsWith('on')),
      hrefs: [...root.querySelectorAll('a')].map((a) => a.getAttribute('href') ?? ''),
      imgs: [...root.querySelectorAll('img')].map((img) => img.getAttribute('src') ?? ''),
    }));
    expect(dom.scripts).toBe(0);
    expect(dom.handlers).toEqual([]);
    expect(dom.hrefs.filter((href) => /^\s*javascript:/i.test(href))).toEqual([]);
    expect(dom.imgs).toEqual(['https://127.0.0.1:1/missing-figure.png']);

    // Give the broken image time to fail, click what a user would click, and check no code ran.
    await page.getByText('Click me').click();
    await page.getByText('Open the demo').click().catch(() => undefined);
    await page.getByText('Run it').click().catch(() => undefined);
    await page.waitForTimeout(300);
    expect(await page.evaluate(() => (window as unknown as { __roadfolioPwned?: string }).__roadfolioPwned)).toBeUndefined();
    expect(dialogs).toBe(0);
    expect(errors.filter((error) => !/Failed to load resource|ERR_/.test(error))).toEqual([]);
    await context.close();
  });
});
