import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { GithubSnapshot } from '../src/model/index.js';
import { fixturesFromSnapshot } from './github-server/fixtures.js';
import { startGithubServer } from './github-server/server.js';
import { dropFile, launchChromium, openApp, PHONE, pdfTextOf, previewedPdf, scoreOf, startServedApp, startWith, type RunningApp } from './helpers/web-app.js';

// The built app (dist/web, from `npm test`'s build step) served by `roadfolio serve`, driven
// in Debian's chromium. Every assertion is about what a user sees on the screen or gets in a file.
let app: RunningApp;
let browser: Browser;

beforeAll(async () => {
  [app, browser] = await Promise.all([startServedApp(), launchChromium()]);
});
afterAll(async () => {
  await browser?.close();
  await app?.stop();
});

const fixture = (name: string) => readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8');
const posting = fixture('postings/clinical-ml-scientist.md');
const exampleSnapshot = GithubSnapshot.parse(JSON.parse(readFileSync(new URL('../examples/github-snapshot.json', import.meta.url), 'utf8')));

const myRoadmap = `# My roadmap

## Phase 1: Foundations

| Status | Track | Course |
| :--- | :--- | :--- |
| ✅ | Code | **Deep Learning with PyTorch** |
| ✅ | Data | **SQL for Data Analysis** |
| Finsihed | Data | **FHIR and HL7 interoperability** |
| ⚪ | Proj | **Project: Sepsis early warning with XGBoost** |
`;

// Chromium on a 2-core machine shared with other work: generous caps, every wait is on an event.
describe('the web app in chromium', { timeout: 120_000 }, () => {
  it('asks a first visitor whose data to start with; the example opens on Coverage with a real score', async () => {
    const { context, page, errors } = await openApp(browser, app.url);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toMatch(/resume/);
    expect(await page.getByRole('navigation', { name: 'Pages' }).count()).toBe(0);
    await startWith(page, 'example');
    await page.getByRole('heading', { level: 1, name: 'Coverage' }).waitFor();
    // Said on every page, and after a reload, while the example's data is what is shown.
    await expect.poll(() => page.getByTestId('example-in-use').textContent()).toContain('roadmap, repos and profile shown here are the bundled example');
    const overall = await scoreOf(page, 'overall');
    expect(overall).toBeGreaterThan(0);
    expect(overall).toBeLessThan(100);
    // "Shown on resume" is read from the resume the app builds (as `roadfolio build` reports it),
    // not from the profile alone: the example's built resume names nearly every claimable keyword.
    await expect.poll(() => scoreOf(page, 'shown-on-resume'), { timeout: 150_000 }).toBeGreaterThanOrEqual(overall - 3);
    // A covered keyword opens the evidence behind it: where it was found, in which words.
    await page.getByRole('button', { name: /^Python\s*, covered/ }).first().click();
    const evidence = page.getByRole('region', { name: 'Evidence for Python' });
    expect(await evidence.textContent()).toMatch(/Python/);
    expect(await evidence.locator('li').count()).toBeGreaterThan(0);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('parses a dropped roadmap file in the browser, warns with line numbers, and rescores', async () => {
    const { context, page } = await openApp(browser, app.url);
    await startWith(page, 'example');
    const before = await scoreOf(page, 'overall');
    await nav(page, 'Sources').click();
    await page.getByTestId('roadmap-drop').waitFor();
    await dropFile(page, '[data-testid="roadmap-drop"]', { name: 'my-roadmap.md', type: 'text/markdown', text: myRoadmap });
    const summary = page.getByTestId('roadmap-summary');
    await expect.poll(() => summary.textContent()).toContain('4 items in 1 phase: 2 done, 0 in progress, 2 not started');
    expect(await summary.textContent()).toContain('line 9 status "Finsihed" is not one I know');
    await nav(page, 'Coverage').click();
    await expect.poll(() => scoreOf(page, 'overall')).not.toBe(before);
    // The new roadmap's done course is evidence now, with its file and line.
    await page.getByRole('button', { name: /^PyTorch\s*, covered/ }).click();
    expect(await page.getByRole('region', { name: 'Evidence for PyTorch' }).textContent()).toContain('my-roadmap.md:7');
    // A nurse's numbered plan (issue 12): its lists starting at 5 are read, and the notes it skips are named with their lines.
    await nav(page, 'Sources').click();
    await dropFile(page, '[data-testid="roadmap-drop"]', { name: 'plan.md', type: 'text/markdown', text: readFileSync(new URL('./fixtures/roadmaps/nurse-numbered-plan.md', import.meta.url), 'utf8') });
    await expect.poll(() => summary.textContent()).toContain('11 items in 3 phases: 4 done, 2 in progress, 5 not started');
    expect(await summary.textContent()).toContain('lines 22–23 2 bullets under "Notes to self" are read as notes, not items');
    await context.close();
  });

  it('scores a pasted job description and updates as it is edited', async () => {
    const { context, page } = await openApp(browser, app.url);
    await startWith(page, 'example');
    const box = page.getByLabel(/^Job description/);
    await box.fill(posting);
    await expect.poll(() => page.getByTestId('score-job-match').count()).toBe(1);
    const full = await scoreOf(page, 'job-match');
    const required = page.getByRole('list', { name: 'Required skills: covered and missing' });
    expect(await required.getByText('PyTorch').count()).toBeGreaterThan(0);
    expect(await required.locator('.chip-missing').count()).toBeGreaterThan(0);
    // A posting asking only for what the example's evidence has: the match goes up to 100.
    const updateMs = await page.evaluate(async () => {
      const area = [...document.querySelectorAll('textarea')].find((element) => element.labels?.[0]?.textContent?.startsWith('Job description'))!;
      const score = () => document.querySelector('[data-testid="score-job-match"]')?.textContent;
      const before = score();
      const changed = new Promise<number>((resolve) => {
        const observer = new MutationObserver(() => { if (score() !== before) { observer.disconnect(); resolve(performance.now()); } });
        observer.observe(document.body, { subtree: true, childList: true, characterData: true });
      });
      const setValue = Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, 'value')!.set!;
      const start = performance.now();
      setValue.call(area, 'Data Scientist\n\nRequirements\n- Python and SQL\n- pandas and scikit-learn\n');
      area.dispatchEvent(new Event('input', { bubbles: true }));
      return (await changed) - start;
    });
    expect(await scoreOf(page, 'job-match')).toBe(100);
    expect(full).toBeLessThan(100);
    console.log(`coverage view updated ${updateMs.toFixed(1)} ms after the job description changed`);
    await context.close();
  });

  // The first PDF of a visit loads react-pdf and the fonts: seconds on a busy machine.
  it('puts an edited bullet into the previewed resume PDF', { timeout: 120_000 }, async () => {
    const { context, page } = await openApp(browser, app.url, undefined, '#/bullets');
    await startWith(page, 'example');
    await nav(page, 'Bullets').click();
    const firstEntry = page.locator('.bullet-entry').first();
    await firstEntry.getByRole('button', { name: /^Edit/ }).first().click();
    const editor = firstEntry.getByRole('textbox', { name: /^Edit / });
    await editor.fill('Cut sepsis alert review time by 37% with a Streamlit triage dashboard');
    await editor.press('Control+Enter');
    await expect.poll(() => firstEntry.getByText('Cut sepsis alert review time by 37%').count()).toBe(1);
    await nav(page, 'Export').click();
    const text = await pdfTextOf(await previewedPdf(page));
    expect(text).toContain('Cut sepsis alert review time by 37% with a Streamlit triage dashboard.');
    expect(text).toContain('Dr. Amira Haddad');
    await context.close();
  });

  // The first PDF of a visit loads react-pdf and the fonts: seconds on a busy machine.
  it('goes from a roadmap file and a job description to a downloaded resume PDF that reads back in ATS order', { timeout: 120_000 }, async () => {
    const { context, page } = await openApp(browser, app.url);
    await startWith(page, 'own');
    await page.getByTestId('roadmap-drop').waitFor();
    await dropFile(page, '[data-testid="roadmap-drop"]', { name: 'my-roadmap.md', type: 'text/markdown', text: myRoadmap });
    await expect.poll(() => page.getByTestId('roadmap-summary').textContent()).toContain('2 done');
    await nav(page, 'Coverage').click();
    await page.getByLabel(/^Job description/).fill(posting);
    await expect.poll(() => page.getByTestId('score-job-match').count()).toBe(1);
    await nav(page, 'Export').click();
    const [download] = await Promise.all([page.waitForEvent('download', { timeout: 100_000 }), page.getByRole('button', { name: 'resume.pdf' }).click()]);
    expect(download.suggestedFilename()).toBe('resume.pdf');
    const text = await pdfTextOf(new Uint8Array(await readFile((await download.path())!)));
    const headings = ['Skills', 'Coursework'].map((heading) => text.indexOf(heading));
    expect(headings.every((at) => at >= 0)).toBe(true);
    expect([...headings].sort((a, b) => a - b)).toEqual(headings);
    // Only the user's roadmap was given: nothing of the example's person, jobs or repos.
    for (const exampleFact of ['Amira', 'Haddad', 'amira.haddad@example.com', 'Sepsis Early Warning', 'Chest Xray']) expect(text).not.toContain(exampleFact);
    // The dropped roadmap's finished course is on the resume; its unfinished project is not.
    expect(text).toContain('Deep Learning with PyTorch');
    expect(text).not.toContain('Sepsis early warning with XGBoost');
    expect(text).not.toContain('[add result]');
    await context.close();
  });

  // The first PDF of a visit loads react-pdf and the fonts: seconds on a busy machine.
  it('imports a JSON Resume and edits the profile form; the resume PDF follows, the export round-trips', { timeout: 120_000 }, async () => {
    const { context, page } = await openApp(browser, app.url);
    await startWith(page, 'own');
    const theirs = {
      basics: { name: 'Dr. Lena Fischer', label: 'Radiologist moving into imaging AI', email: 'lena.fischer@example.org', summary: 'Radiologist with ten years of reading CT and MRI.' },
      work: [{ name: 'Charité Berlin', position: 'Consultant Radiologist', startDate: '2016-03', highlights: ['Read 12,000 CT studies a year'] }],
      education: [{ institution: 'Universität Heidelberg', studyType: 'Doctor of Medicine (MD)', area: 'Medicine', endDate: '2010' }],
    };
    await page.getByTestId('profile-drop').locator('input[type=file]').setInputFiles({ name: 'resume.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(theirs)) });
    await expect.poll(() => page.getByLabel('Name', { exact: true }).inputValue()).toBe('Dr. Lena Fischer');
    await page.getByLabel('Headline').fill('Radiologist retraining in medical imaging AI');
    const [exported] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export profile.json' }).click()]);
    const profile = JSON.parse(await readFile((await exported.path())!, 'utf8')) as typeof theirs;
    expect(profile.basics.label).toBe('Radiologist retraining in medical imaging AI');
    expect(profile.work[0]?.name).toBe('Charité Berlin');
    await nav(page, 'Export').click();
    const text = await pdfTextOf(await previewedPdf(page));
    expect(text).toContain('Dr. Lena Fischer');
    expect(text).toContain('Radiologist retraining in medical imaging AI');
    expect(text).toContain('Charité Berlin');
    await context.close();
  });

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
    // Never a blank screen: the first screen asks again, and the example still works.
    await startWith(page, 'example');
    expect(await scoreOf(page, 'overall')).toBeGreaterThan(0);
    const keys = await page.evaluate(() => Object.keys(localStorage));
    expect(keys.some((key) => key.startsWith('roadfolio.state.set-aside.'))).toBe(true);
    await context.close();
  });

  it('renders a hostile README as GitHub markdown and executes none of its script', async () => {
    const { context, page, errors } = await openApp(browser, app.url);
    await startWith(page, 'own');
    let dialogs = 0;
    page.on('dialog', (dialog) => { dialogs++; void dialog.dismiss(); });
    await page.getByTestId('snapshot-drop').locator('input[type=file]').setInputFiles({
      name: 'github-snapshot.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(snapshotWithReadme(fixture('hostile-readme.md')))),
    });
    await expect.poll(() => page.getByTestId('github-summary').textContent()).toContain('1 repo of test-user');
    await nav(page, 'READMEs').click();
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

    // The checklist beside it is the CLI's: a failed check says what to add.
    expect(await page.getByRole('heading', { name: /README checklist: \d of \d/ }).count()).toBe(1);

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

  it('syncs repos from a GitHub-compatible server with a token it does not keep', async () => {
    const github = await startGithubServer({ users: { 'amira-haddad-md': fixturesFromSnapshot(exampleSnapshot) }, tokens: { github_pat_web_test: 'amira-haddad-md' } });
    try {
      const { context, page } = await openApp(browser, app.url);
      await startWith(page, 'own');
      // api.github.com answers browsers with CORS headers; the test server is for Node clients, so add them here.
      const cors = { 'access-control-allow-origin': '*', 'access-control-allow-headers': '*', 'access-control-allow-methods': 'GET, POST', 'access-control-expose-headers': 'etag, link, x-ratelimit-remaining, x-ratelimit-reset, retry-after' };
      await context.route(`${github.url}/**`, async (route) => {
        if (route.request().method() === 'OPTIONS') return route.fulfill({ status: 204, headers: cors });
        const response = await route.fetch();
        return route.fulfill({ response, headers: { ...response.headers(), ...cors } });
      });
      await page.getByLabel('GitHub user').fill('amira-haddad-md');
      await page.getByLabel(/^Personal access token/).fill('github_pat_web_test');
      await page.getByLabel(/^API URL/).fill(github.url);
      await page.getByRole('button', { name: 'Sync repos' }).click();
      await expect.poll(() => page.getByRole('status').filter({ hasText: /^Synced / }).textContent(), { timeout: 150_000 })
        .toMatch(/^Synced \d+ repos of amira-haddad-md\.$/);
      expect(await page.getByTestId('github-summary').textContent()).toContain('repos of amira-haddad-md');
      expect(github.count((request) => request.authenticated)).toBeLessThanOrEqual(3);
      // Not ticked "remember": the token is nowhere in the browser's storage.
      await page.waitForTimeout(400);
      expect(await page.evaluate(() => JSON.stringify({ ...localStorage }))).not.toContain('github_pat_web_test');
      await context.close();
    } finally {
      await github.close();
    }
  });

  it('works at phone width: every page fits 375 px, and entries reorder from the keyboard', async () => {
    const { context, page, errors } = await openApp(browser, app.url, PHONE);
    await startWith(page, 'example');
    for (const name of ['Sources', 'Coverage', 'Bullets', 'READMEs', 'Export', 'Applications']) {
      await nav(page, name).click();
      await page.getByRole('heading', { level: 1, name }).waitFor();
      expect(await page.evaluate(() => document.documentElement.scrollWidth), name).toBeLessThanOrEqual(375);
    }
    await nav(page, 'Bullets').click();
    const names = () => page.locator('.bullet-entry h3').evaluateAll((headings) => headings.map((heading) => heading.firstChild?.textContent?.trim()));
    const [first, second] = await names();
    await page.getByRole('button', { name: `Move ${first} down` }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(async () => (await names()).slice(0, 2)).toEqual([second, first]);
    // README images point at github.com, which the test browser may not reach (requests aborted).
    expect(errors.filter((error) => !error.includes('net::ERR_FAILED'))).toEqual([]);
    await context.close();
  });
});

/** A page's link in the main navigation (the example notice links to Sources too). */
function nav(page: Page, name: string) {
  return page.getByRole('navigation', { name: 'Pages' }).getByRole('link', { name, exact: true });
}

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
