import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, readdir, readFile, writeFile, mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { lockOutputFolder, recoverOutputFolder } from '../src/store/output-folder.js';
import { repoRoot, runCli } from './helpers/run-cli.js';

const NAMES = ['resume.json', 'coverage.json', 'resume.pdf', 'portfolio.pdf'];
const moduleUrl = pathToFileURL(join(repoRoot, 'dist/src/store/output-folder.js')).href;

/**
 * One build's writing step in a process of its own: lock, recover, swap in four files that all
 * carry `tag` (300 KB each, so writing takes a while), unlock. The renames are slowed so a kill
 * can land between them.
 */
function writer(out: string, tag: string, slowRenameMs: number): ChildProcess {
  const script = `
    const { lockOutputFolder, recoverOutputFolder, replaceOutputFolder } = await import(${JSON.stringify(moduleUrl)});
    const lock = await lockOutputFolder(${JSON.stringify(out)});
    await recoverOutputFolder(${JSON.stringify(out)});
    const body = ${JSON.stringify(`${tag}\n`)}.repeat(300 * 1024 / ${tag.length + 1});
    await replaceOutputFolder(${JSON.stringify(out)}, ${JSON.stringify(NAMES)}.map((name) => ({ name, data: body })));
    await lock.release();`;
  return spawn(process.execPath, ['--input-type=module', '-e', script], {
    env: { ...process.env, ROADFOLIO_TEST_SLOW_RENAME_MS: String(slowRenameMs) },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
}

const exited = (child: ChildProcess): Promise<number | null> => new Promise((resolve) => {
  if (child.exitCode !== null || child.signalCode !== null) resolve(child.exitCode);
  else child.on('exit', (code) => resolve(code));
});

/** Resolves when `predicate` holds for the folder's entries, or the child ends first. */
async function whenEntries(folder: string, predicate: (names: string[]) => boolean, child: ChildProcess): Promise<boolean> {
  while (child.exitCode === null && child.signalCode === null) {
    if (predicate(await readdir(folder).catch(() => []))) return true;
    await new Promise((resolve) => setTimeout(resolve, 2));
  }
  return false;
}

/** The tags the four outputs carry (one tag: one run's files). */
async function tagsIn(out: string): Promise<string[]> {
  const names = (await readdir(out)).sort();
  expect(names).toEqual([...NAMES].sort());
  return [...new Set(await Promise.all(names.map(async (name) => (await readFile(join(out, name), 'utf8')).split('\n')[0]!)))];
}

describe('build outputs are replaced as one unit', () => {
  it('kill -9 at any moment of the swap: after recovery the four files are from one run, and nothing is left beside them', async () => {
    const parent = await mkdtemp(join(tmpdir(), 'roadfolio-swap-'));
    const out = join(parent, 'out');
    const first = writer(out, 'run-0', 0);
    expect(await exited(first)).toBe(0);
    let previous = 'run-0';
    const moments = ['staging', 'old-made', 'new-gone', 'random', 'random', 'random'];
    const counts = { killed: 0, mixed: 0, rolledForward: 0, rolledBack: 0 };
    for (let round = 1; round <= 24; round++) {
      const tag = `run-${round}`;
      const child = writer(out, tag, 40);
      const moment = moments[round % moments.length]!;
      // Wait on what the writer has done (its folders appearing and going), never on a fixed sleep.
      const reached = moment === 'staging' ? await whenEntries(parent, (names) => names.some((name) => name.endsWith('.new')), child)
        : moment === 'old-made' ? await whenEntries(parent, (names) => names.some((name) => name.endsWith('.old')), child)
        : moment === 'new-gone' ? await whenEntries(parent, (names) => names.some((name) => name.endsWith('.old')) && !names.some((name) => name.endsWith('.new')), child)
        : await new Promise<boolean>((resolve) => setTimeout(() => resolve(true), Math.floor(Math.random() * 250)));
      if (reached) child.kill('SIGKILL');
      const code = await exited(child);
      if (code === null) counts.killed++;
      await recoverOutputFolder(out);
      const tags = await tagsIn(out);
      if (tags.length !== 1) counts.mixed++;
      expect(tags, `round ${round} (${moment})`).toHaveLength(1);
      expect([previous, tag]).toContain(tags[0]);
      if (tags[0] === tag && code === null) counts.rolledForward++;
      if (tags[0] === previous && code === null) counts.rolledBack++;
      previous = tags[0]!;
      expect((await readdir(parent)).filter((name) => name !== 'out'), `round ${round}: leftovers`).toEqual([]);
    }
    console.log(`kill -9 loop: 24 writers, ${counts.killed} killed, ${counts.rolledForward} finished by recovery, ${counts.rolledBack} left the previous run, ${counts.mixed} mixed`);
    // The loop really killed writers mid-swap, both before and after the point of no return.
    expect(counts.killed).toBeGreaterThanOrEqual(12);
    expect(counts.rolledForward).toBeGreaterThanOrEqual(3);
    expect(counts.rolledBack).toBeGreaterThanOrEqual(3);
    expect(counts.mixed).toBe(0);
  }, 240_000);

  it('a second build to the same --out while one runs is refused with one line, and its lock is taken over once the holder is gone', async () => {
    const parent = await mkdtemp(join(tmpdir(), 'roadfolio-lock-'));
    const out = join(parent, 'out');
    const lock = await lockOutputFolder(out);
    try {
      const refused = await runCli(['build', '--out', out]);
      expect(refused.code).toBe(1);
      expect(refused.stderr).toBe(`roadfolio: --out ${out}: another roadfolio build (process ${process.pid}) is writing there; wait for it to finish or give another folder\n`);
    } finally {
      await lock.release();
    }
    // A lock left by a killed build (its process gone) does not stop the next one.
    await writeFile(join(parent, '.out.lock'), '999999');
    const built = await runCli(['build', '--out', out]);
    expect(built.code, built.stderr).toBe(0);
    expect((await readdir(out)).sort()).toEqual([...NAMES, 'plan.pdf', 'resume.docx'].sort());
    expect(await readdir(parent)).toEqual(['out']);
  }, 240_000);

  it('a real build killed between its two renames is finished by the next run', async () => {
    const parent = await mkdtemp(join(tmpdir(), 'roadfolio-build-kill-'));
    const out = join(parent, 'out');
    await mkdir(out);
    await writeFile(join(out, 'notes.txt'), 'my notes');
    const child = spawn(process.execPath, [join(repoRoot, 'bin/roadfolio.js'), 'build', '--out', out], {
      env: { ...process.env, ROADFOLIO_TEST_SLOW_RENAME_MS: '2000' }, stdio: ['ignore', 'ignore', 'pipe'],
    });
    const reached = await whenEntries(parent, (names) => names.some((name) => name.endsWith('.old')), child);
    expect(reached).toBe(true);
    child.kill('SIGKILL');
    await exited(child);
    // Between the renames --out is missing; the pair beside it holds both runs.
    expect((await readdir(parent)).some((name) => name === 'out')).toBe(false);
    const again = await runCli(['build', '--out', out]);
    expect(again.code, again.stderr).toBe(0);
    expect((await readdir(out)).sort()).toEqual([...NAMES, 'plan.pdf', 'resume.docx', 'notes.txt'].sort());
    expect(await readFile(join(out, 'notes.txt'), 'utf8')).toBe('my notes');
    expect(await readdir(parent)).toEqual(['out']);
  }, 240_000);
});
