import { readFileSync } from 'node:fs';
import { mkdtempSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { docxParagraphs } from '../src/export/docx-read-back.js';
import { ApplicationRecord } from '../src/model/index.js';
import { axeProblems, DESKTOP, launchChromium, openApp, pdfTextOf, PHONE, startServedApp, type RunningApp } from './helpers/web-app.js';
import { runCli } from './helpers/run-cli.js';

// The Applications page of the built app (roadfolio serve), in Debian's chromium, on a
// pharmacist's own sources (tests/fixtures/pharmacist, keyword set data-science). The first
// posting is one `roadfolio apply` is tested on: the page must make the same record and report.
// The second is new: a posting copied from a job board's page, written for this test, with the
// expectations below written before the page ever read it.
let app: RunningApp;
let browser: Browser;
const PHARMACIST = 'tests/fixtures/pharmacist';
const file = (path: string) => readFileSync(new URL(`../${path}`, import.meta.url), 'utf8');
const northwind = file(`${PHARMACIST}/postings/northwind-pv-data-scientist.txt`);
const boardPaste = file('tests/fixtures/web-applications/linkedin-paste-medication-safety.txt');

// Written before running: the role is the paste's first line. The company sits on the "Name ·
// Place" line under it, which the posting reader did not take at first (the user had to type it);
// it now does (posting-facts.ts, companyUnderTitle), and the user shortens it, as anyone may.
const PASTE = {
  role: 'Medication Safety Data Analyst',
  companyFound: 'Aldergrove NHS Foundation Trust',
  company: 'Aldergrove NHS',
  gapsInclude: ['Power BI'],
  covered: ['Python', 'SQL', 'Statistics'],
};

/** Priya's sources as the Sources page keeps them (one key per source, version 2). */
const savedSources = {
  'roadfolio.roadmap': { origin: 'user', fileName: 'roadmap.md', text: file(`${PHARMACIST}/roadmap.md`) },
  'roadfolio.github': { origin: 'user', fileName: 'github-snapshot.json', snapshot: JSON.parse(file(`${PHARMACIST}/github-snapshot.json`)) },
  'roadfolio.profile': { origin: 'user', profile: JSON.parse(file(`${PHARMACIST}/profile.json`)) },
  'roadfolio.posting': null,
  'roadfolio.settings': { keywordSet: 'data-science', template: 'classic', started: true },
};

/** The user's calendar day, as the page dates an application (chromium and this process share the time zone). */
const today = () => {
  const now = new Date();
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
};

let cli: { record: ApplicationRecord; report: string };

beforeAll(async () => {
  const dir = join(mkdtempSync(join(tmpdir(), 'roadfolio-web-apps-')), 'applications');
  const [served, chromium, applied] = await Promise.all([
    startServedApp(),
    launchChromium(),
    runCli(['apply', `${PHARMACIST}/postings/northwind-pv-data-scientist.txt`, '--roadmap', `${PHARMACIST}/roadmap.md`, '--profile', `${PHARMACIST}/profile.json`,
      '--github-snapshot', `${PHARMACIST}/github-snapshot.json`, '--keywords', 'data-science', '--dir', dir, '--date', today()]),
  ]);
  app = served;
  browser = chromium;
  expect(applied.stderr).toBe('');
  const folder = join(dir, `${today()}-northwind-therapeutics-pharmacovigilance-data-scientist`);
  cli = { record: ApplicationRecord.parse(JSON.parse(readFileSync(join(folder, 'application.json'), 'utf8'))), report: readFileSync(join(folder, 'report.md'), 'utf8') };
});
afterAll(async () => {
  await browser?.close();
  await app?.stop();
});

async function openWithSources(viewport = DESKTOP) {
  const opened = await openApp(browser, app.url, viewport);
  await opened.page.evaluate((entries) => {
    localStorage.clear();
    for (const [key, value] of Object.entries(entries)) localStorage.setItem(key, JSON.stringify({ version: 2, value }));
  }, savedSources);
  await opened.page.goto(`${app.url}#/applications`);
  await opened.page.reload();
  await opened.page.getByRole('heading', { level: 1, name: 'Applications' }).waitFor();
  return opened;
}

/** Paste a posting, correct the fields if asked, create; the milliseconds from the click to the opened version. */
async function createApplication(page: Page, posting: string, fields: { company?: string; role?: string } = {}): Promise<number> {
  await page.getByLabel(/^Job posting/).fill(posting);
  if (fields.company !== undefined) await page.getByLabel('Company', { exact: true }).fill(fields.company);
  if (fields.role !== undefined) await page.getByLabel('Role', { exact: true }).fill(fields.role);
  const create = page.getByRole('button', { name: 'Create application' });
  await expect.poll(() => create.isEnabled()).toBe(true);
  const before = (await page.locator('#version-heading').count()) > 0 ? await page.locator('#version-heading').textContent() : null;
  const started = Date.now();
  await create.click();
  await expect.poll(() => page.locator('#version-heading').textContent({ timeout: 1000 }).catch(() => null)).not.toBe(before);
  await page.locator('#version-heading').waitFor();
  return Date.now() - started;
}

async function download(page: Page, name: string): Promise<Uint8Array> {
  const [file] = await Promise.all([
    page.waitForEvent('download', { timeout: 150_000 }),
    page.getByTestId('version').getByRole('button', { name, exact: true }).click(),
  ]);
  expect(file.suggestedFilename()).toBe(name);
  return new Uint8Array(await readFile((await file.path())!));
}


const storedRecords = (page: Page) => page.evaluate(() => Object.fromEntries(Object.keys(localStorage)
  .filter((key) => key.startsWith('roadfolio.application.'))
  .map((key) => [key.slice('roadfolio.application.'.length), JSON.parse(localStorage.getItem(key)!).value as unknown])));

describe('the Applications page in chromium', { timeout: 400_000 }, () => {
  it('keeps two applications, changes a status, and shows them again after a reload', async () => {
    const { context, page, errors } = await openWithSources();

    // 1. The posting `roadfolio apply` was run on: company and role found, the same record and report.
    await page.getByLabel(/^Job posting/).fill(northwind);
    await expect.poll(() => page.getByLabel('Company', { exact: true }).inputValue()).toBe('Northwind Therapeutics');
    expect(await page.getByLabel('Role', { exact: true }).inputValue()).toBe('Pharmacovigilance Data Scientist');
    const firstMs = await createApplication(page, northwind);
    expect(await page.locator('#version-heading').textContent()).toBe('Pharmacovigilance Data Scientist at Northwind Therapeutics');
    // Focus moves to the version just made, where a keyboard user reads on.
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('version-heading');
    const folderOne = `${today()}-northwind-therapeutics-pharmacovigilance-data-scientist`;
    const stored = ApplicationRecord.parse((await storedRecords(page))[folderOne]);
    expect(stored.score).toEqual(cli.record.score);
    expect(stored.gaps).toEqual(cli.record.gaps);
    expect(stored.posting).toEqual(cli.record.posting);
    expect({ ...stored.sources, roadmap: undefined, profile: undefined, githubSnapshot: undefined })
      .toEqual({ ...cli.record.sources, roadmap: undefined, profile: undefined, githubSnapshot: undefined });
    expect(stored.sources.roadmap?.sha256).toBe(cli.record.sources.roadmap?.sha256);
    const [downloadedReport] = await Promise.all([page.waitForEvent('download'), page.getByTestId('version').getByRole('button', { name: 'report.md', exact: true }).click()]);
    expect(await readFile((await downloadedReport.path())!, 'utf8')).toBe(cli.report);

    // 2. A job board paste: the role is found, the company is typed by the user.
    await page.getByLabel(/^Job posting/).fill(boardPaste);
    await expect.poll(() => page.getByLabel('Role', { exact: true }).inputValue()).toBe(PASTE.role);
    await expect.poll(() => page.getByLabel('Company', { exact: true }).inputValue()).toBe(PASTE.companyFound);
    const secondMs = await createApplication(page, boardPaste, { company: PASTE.company });
    expect(await page.locator('#version-heading').textContent()).toBe(`${PASTE.role} at ${PASTE.company}`);
    const folderTwo = `${today()}-aldergrove-nhs-medication-safety-data-analyst`;
    const second = ApplicationRecord.parse((await storedRecords(page))[folderTwo]);
    const gapTerms = second.gaps.map((gap) => gap.term);
    for (const term of PASTE.gapsInclude) expect(gapTerms).toContain(term);
    for (const term of PASTE.covered) expect(gapTerms).not.toContain(term);
    console.log(`applications made in the browser in ${firstMs} ms and ${secondMs} ms (click to the opened version, pipeline run twice each)`);

    // 3. A status change: only the record's key is rewritten; the files are not touched.
    const filesBefore = await page.evaluate((key) => localStorage.getItem(key), `roadfolio.application-files.${folderOne}`);
    const statusOne = page.locator(`li[data-folder="${folderOne}"]`).getByLabel(/^Status of/);
    await statusOne.focus();
    await statusOne.selectOption('interview');
    await expect.poll(() => page.locator('#announcer').textContent()).toContain('status applied → interview');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('application-status');
    expect(await page.evaluate((key) => localStorage.getItem(key), `roadfolio.application-files.${folderOne}`)).toBe(filesBefore);
    const changed = ApplicationRecord.parse((await storedRecords(page))[folderOne]);
    expect(changed.history.map((step) => step.status)).toEqual(['applied', 'interview']);
    expect(changed.gaps).toEqual(stored.gaps);

    // 4. After a reload both are listed (as `roadfolio applications` orders them: by day, then folder), with their status, score and top gaps.
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Applications' }).waitFor();
    const items = page.locator('.application-list > li');
    await expect.poll(() => items.count()).toBe(2);
    expect(await items.locator('h3').allTextContents()).toEqual([`${PASTE.role} at ${PASTE.company}`, 'Pharmacovigilance Data Scientist at Northwind Therapeutics']);
    expect(await items.nth(1).getByLabel(/^Status of/).inputValue()).toBe('interview');
    expect(await items.nth(0).getByLabel(/^Status of/).inputValue()).toBe('applied');
    expect(await items.nth(1).textContent()).toContain(`Score ${cli.record.score.posting}/100`);
    expect(await items.nth(1).textContent()).toContain(`Top gaps: ${cli.record.gaps.slice(0, 3).map((gap) => gap.term).join(', ')}`);
    expect(await page.getByTestId('application-counts').textContent()).toContain('2 applications (1 applied, 1 interview)');

    // 5. Open the second version from the keyboard; its DOCX, TXT and PDF hold the bullets the page shows.
    await items.nth(0).getByRole('button', { name: /^Open/ }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('version-heading');
    const shownBullets = await page.getByTestId('version').locator('.rs-bullets li').allTextContents();
    expect(shownBullets.length).toBeGreaterThan(3);
    const docx = docxParagraphs(await download(page, 'resume.docx'));
    expect(docx.filter((paragraph) => paragraph.listItem).map((paragraph) => paragraph.text)).toEqual(shownBullets);
    expect(docx.find((paragraph) => paragraph.style === 'Title')?.text).toBe('Priya Raman, PharmD');
    const txt = new TextDecoder().decode(await download(page, 'resume.txt'));
    expect(txt.split('\n').filter((line) => line.startsWith('- ')).map((line) => line.slice(2))).toEqual(shownBullets);
    const pdf = (await pdfTextOf(await download(page, 'resume.pdf'))).replace(/\s+/g, ' ');
    for (const bullet of shownBullets) expect(pdf).toContain(bullet.replace(/\s+/g, ' ').slice(0, 40));
    // Only web, mail and phone links (and the app's own #/ routes) on the page.
    const hrefs = await page.locator('main a[href]').evaluateAll((links) => links.map((link) => link.getAttribute('href')!));
    expect(hrefs.filter((href) => !/^(#|https?:|mailto:|tel:)/.test(href))).toEqual([]);
    // Closing returns focus to the button that opened it.
    await page.getByTestId('version').getByRole('button', { name: /^Close/ }).click();
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-open'))).toBe(folderTwo);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('refuses a text that is not a posting in one line, and applying again to the same posting changes nothing', async () => {
    const { context, page } = await openWithSources();
    await page.getByLabel(/^Job posting/).fill('Data analyst, Python. Apply now!');
    await page.getByRole('button', { name: 'Create application' }).click();
    await expect.poll(() => page.getByTestId('application-problem').textContent()).toMatch(/^The posting does not read like a job posting \(5 words/);
    expect(await page.locator('.application-list > li').count()).toBe(0);
    await createApplication(page, northwind);
    const record = await page.evaluate(() => Object.keys(localStorage).filter((key) => key.startsWith('roadfolio.application')).sort());
    await page.getByLabel(/^Job posting/).fill(northwind);
    await page.getByRole('button', { name: 'Create application' }).click();
    await expect.poll(() => page.locator('#announcer').textContent()).toContain('already kept and up to date');
    expect(await page.evaluate(() => Object.keys(localStorage).filter((key) => key.startsWith('roadfolio.application')).sort())).toEqual(record);
    await context.close();
  });

  it('reports a damaged stored record in plain words and leaves it as it is', async () => {
    const { context, page } = await openWithSources();
    const damaged = '{"version":1,"value":{"company":"Corvid Bio","role":"Senior Scientist","status":"hired"';
    const wrongStatus = JSON.stringify({ version: 1, value: { ...cli.record, status: 'hired' } });
    await page.evaluate(([a, b]) => {
      localStorage.setItem('roadfolio.application.2026-03-05-corvid-bio-senior-scientist', a!);
      localStorage.setItem('roadfolio.application.2026-03-02-northwind', b!);
    }, [damaged, wrongStatus]);
    await page.reload();
    const notices = page.getByTestId('damaged-application');
    await expect.poll(() => notices.count()).toBe(2);
    expect(await notices.nth(0).textContent()).toContain('2026-03-02-northwind, could not be read: status: ');
    expect(await notices.nth(1).textContent()).toContain('could not be read: it is not valid JSON');
    expect(await notices.nth(1).textContent()).toContain('It is left as it is');
    expect(await page.evaluate(() => localStorage.getItem('roadfolio.application.2026-03-05-corvid-bio-senior-scientist'))).toBe(damaged);
    expect(await page.evaluate(() => localStorage.getItem('roadfolio.application.2026-03-02-northwind'))).toBe(wrongStatus);
    await context.close();
  });

  it('passes axe with nothing serious or critical, at desktop and phone width', async () => {
    const problems: string[] = [];
    for (const viewport of [DESKTOP, PHONE]) {
      const { context, page } = await openWithSources(viewport);
      problems.push(...await axeProblems(page, `empty ${viewport.width}`));
      await createApplication(page, northwind);
      await createApplication(page, boardPaste, { company: PASTE.company });
      await page.getByTestId('version-report').getByRole('heading', { name: 'Gaps' }).waitFor();
      problems.push(...await axeProblems(page, `two applications, one open ${viewport.width}`));
      // Nothing wider than the screen (the six page links wrap on a phone).
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBe(viewport.width);
      await page.evaluate(() => localStorage.setItem('roadfolio.application.broken', 'not json'));
      await page.reload();
      await page.getByTestId('damaged-application').waitFor();
      problems.push(...await axeProblems(page, `damaged record ${viewport.width}`));
      await context.close();
    }
    expect(problems).toEqual([]);
  });
});

// `ROADFOLIO_SCREENSHOTS=1 npx vitest run tests/web-applications.test.ts -t screenshots`: the page
// with two applications, one open, at desktop and phone width, for docs/ and for a person to look at.
describe.skipIf(!process.env.ROADFOLIO_SCREENSHOTS)('screenshots of the Applications page', { timeout: 400_000 }, () => {
  it('takes the page at 1280 and 375 px', async () => {
    const outDir = new URL('../docs/screenshots/', import.meta.url).pathname;
    for (const [width, viewport] of [['1280', DESKTOP], ['375', PHONE]] as const) {
      const { context, page } = await openWithSources(viewport);
      await createApplication(page, northwind);
      await createApplication(page, boardPaste, { company: PASTE.company });
      await page.locator(`li[data-folder="${today()}-northwind-therapeutics-pharmacovigilance-data-scientist"]`).getByLabel(/^Status of/).selectOption('interview');
      await page.getByTestId('version-report').getByRole('heading', { name: 'Gaps' }).waitFor();
      await page.evaluate(() => window.scrollTo(0, 0));
      await page.waitForTimeout(400);
      await page.screenshot({ path: `${outDir}applications-${width}.png`, fullPage: true });
      await context.close();
    }
  });
});
