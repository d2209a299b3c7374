import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { extractText } from 'unpdf';

const bin = fileURLToPath(new URL('../../bin/roadfolio.js', import.meta.url));

export const CHROMIUM_ARGS = [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking',
  '--disable-component-update', '--no-first-run', '--disable-sync',
];

export interface RunningApp { url: string; stop(): Promise<void> }

/**
 * `roadfolio serve --port 0` as a user runs it (the built CLI serving the built dist/web;
 * `npm test` builds both first), resolved once it prints its address.
 */
export function startServedApp(): Promise<RunningApp> {
  return new Promise((resolve, reject) => {
    const child: ChildProcess = spawn(process.execPath, [bin, 'serve', '--port', '0'], { stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    const onData = (chunk: Buffer) => {
      output += chunk.toString('utf8');
      const url = /http:\/\/127\.0\.0\.1:\d+\//.exec(output)?.[0];
      if (url) {
        child.stdout?.off('data', onData);
        resolve({
          url,
          stop: () => new Promise((done) => {
            if (child.exitCode !== null) return done();
            child.once('exit', () => done());
            child.kill('SIGTERM');
          }),
        });
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', (chunk: Buffer) => { output += chunk.toString('utf8'); });
    child.once('exit', (code) => reject(new Error(`roadfolio serve exited with ${code}: ${output}`)));
    child.once('error', reject);
  });
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
}

export const DESKTOP = { width: 1280, height: 900 };
export const PHONE = { width: 375, height: 800 };

/**
 * A fresh browser profile (empty localStorage) opened on the app. Requests anywhere but this
 * machine are refused, so a test can never reach the network (README images, fonts, GitHub).
 */
export async function openApp(browser: Browser, url: string, viewport = DESKTOP, hash = ''): Promise<{ context: BrowserContext; page: Page; errors: string[] }> {
  const context = await browser.newContext({ viewport, acceptDownloads: true });
  // Playwright's 30 s default is too short for a chromium page on a loaded 2-core machine.
  context.setDefaultTimeout(150_000);
  await context.route(/^(?!(http|https):\/\/127\.0\.0\.1[:/]|blob:|data:)/, (route) => route.abort());
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => { if (message.type() === 'error') errors.push(message.text()); });
  await page.goto(url + hash);
  return { context, page, errors };
}

/** The text a PDF reader (and an ATS) extracts from a PDF's bytes. */
export async function pdfTextOf(bytes: Uint8Array): Promise<string> {
  const { text } = await extractText(bytes, { mergePages: true });
  return text;
}

/** The PDF the Export page is previewing, fetched from its blob URL inside the page. */
export async function previewedPdf(page: Page): Promise<Uint8Array> {
  const frame = page.locator('iframe.pdf-frame[data-status="ready"]');
  await frame.waitFor({ timeout: 150_000 });
  const src = await frame.getAttribute('src');
  const bytes = await page.evaluate(async (blobUrl) => Array.from(new Uint8Array(await (await fetch(blobUrl!)).arrayBuffer())), src);
  return new Uint8Array(bytes);
}

/** Drop a file on an element the way a browser does: dragover, then drop with a DataTransfer. */
export async function dropFile(page: Page, selector: string, file: { name: string; type: string; text: string }): Promise<void> {
  const dataTransfer = await page.evaluateHandle(({ name, type, text }) => {
    const transfer = new DataTransfer();
    transfer.items.add(new File([text], name, { type }));
    return transfer;
  }, file);
  await page.dispatchEvent(selector, 'dragover', { dataTransfer });
  await page.dispatchEvent(selector, 'drop', { dataTransfer });
}

/** The first screen's choice: the bundled example, or the user's own (empty) sources. */
export async function startWith(page: Page, choice: 'example' | 'own'): Promise<void> {
  await page.getByRole('button', { name: choice === 'example' ? 'Try the example' : 'Start with my data' }).click();
  await page.getByRole('navigation', { name: 'Pages' }).waitFor();
}

export function scoreOf(page: Page, label: string): Promise<number> {
  return page.getByTestId(`score-${label}`).first().textContent().then((text) => Number(text));
}

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** axe-core's serious and critical violations on the page as it is now, labelled with the state. */
export async function axeProblems(page: Page, state: string): Promise<string[]> {
  await page.evaluate(axeSource);
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (context: Document, options: object) => Promise<{ violations: { id: string; impact: string; nodes: { target: string[] }[] }[] }> } }).axe;
    const result = await axe.run(document, { iframes: false, resultTypes: ['violations'] });
    return result.violations.map((violation) => ({ id: violation.id, impact: violation.impact, targets: violation.nodes.map((node) => node.target.join(' ')) }));
  });
  return violations.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical').map((violation) => `${state}: ${violation.id} (${violation.impact}) at ${violation.targets.slice(0, 3).join(', ')}`);
}
