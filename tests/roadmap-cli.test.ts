import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { Roadmap } from '../src/model/index.js';
import { runCli } from './helpers/run-cli.js';
import { readSeed, seedsDir } from './helpers/seeds.js';

const scratch = mkdtempSync(join(tmpdir(), 'roadfolio-roadmap-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('roadfolio roadmap', () => {
  it('prints the seed as JSON with the counts its author meant (the contract of issue 2)', async () => {
    const result = await runCli(['roadmap', `${seedsDir}000_54948e29048d2862.txt`, '--json']);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const roadmap = Roadmap.parse(JSON.parse(result.stdout));
    expect(roadmap.phases).toHaveLength(5);
    expect(roadmap.phases[0]?.title).toBe('Phase 1: The Digital Physiology (Months 1–6)');
    expect(roadmap.items).toHaveLength(29);
    expect(roadmap.items.filter((item) => item.status === 'done')).toHaveLength(1);
    expect(roadmap.items.filter((item) => item.status === 'in_progress')).toHaveLength(1);
    expect(roadmap.items.filter((item) => item.kind === 'project')).toHaveLength(3);
  });

  it('summarises the progress example per phase for a person (what npm start shows)', async () => {
    const result = await runCli(['roadmap', 'examples/roadmap-progress.md']);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('examples/roadmap-progress.md: 29 items in 5 phases: 12 done, 2 in progress, 15 not started');
    expect(result.stdout).toContain('Phase 3: Tabular Intelligence & Medical Physics (Months 15–20)\n  2 done, 2 in progress, 2 not started');
    expect(result.stdout).toContain('[~] Feature Engineering (in progress)');
    expect(result.stdout).toContain('[x] Project: The Clinical Calculator');
    expect(result.stdout).toContain('Projects: 1 of 3 done');
    expect(result.stdout).not.toContain('Warnings');
  });

  it('lists warnings with file:line so the user can find the row', async () => {
    const file = join(scratch, 'typo.md');
    writeFileSync(file, '## Phase 1\n\n| Status | Course |\n|---|---|\n| Finsihed | SQL |\n');
    const result = await runCli(['roadmap', file]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(`${file}:5: status "Finsihed" is not one I know; the row is kept as not started (use ✅, done, 🟡, in progress, ⚪)`);
  });

  it('reads standard input when the file is -', async () => {
    const result = await runCli(['roadmap', '-', '--json'], { input: readSeed('001_dc2834c76129a440.txt') });
    expect(result.code).toBe(0);
    const roadmap = Roadmap.parse(JSON.parse(result.stdout));
    expect(roadmap.items.find((item) => item.title === 'Python + Pandas')?.phase).toBe('Phase 1: Foundations (1-2 Months)');
  });

  it.each([
    ['a missing file', () => join(scratch, 'nope.md'), /nope\.md: no such file; give the path of your roadmap markdown file$/],
    ['a directory', () => scratch, /is a directory; give the roadmap markdown file inside it$/],
    ['a binary file', () => { const file = join(scratch, 'photo.png'); writeFileSync(file, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 0xff, 0])); return file; }, /photo\.png looks like a binary file/],
    ['a 10 MB file', () => { const file = join(scratch, 'huge.md'); writeFileSync(file, '- [ ] item\n'.repeat(1_000_000)); return file; }, /huge\.md: 11\.0 MB, over the 2\.0 MB a roadmap may be/],
  ])('refuses %s with exit 1 and one line naming the file, no stack', async (_label, makePath, message) => {
    const path = makePath();
    const result = await runCli(['roadmap', path]);
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr.trim()).toMatch(message);
    expect(result.stderr).toContain(path);
    expect(result.stderr).not.toMatch(/\bat .*\.js:\d+/);
  });

  it('prints an empty file\'s result with a warning, exit 0', async () => {
    const file = join(scratch, 'empty.md');
    writeFileSync(file, '');
    const result = await runCli(['roadmap', file, '--json']);
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toEqual({ phases: [], items: [], warnings: [{ line: 0, message: expect.stringContaining('the file is empty') }] });
  });

  it('prints how many warnings there are and the first five, each with file:lines; --verbose prints all', async () => {
    const file = join(scratch, 'notes.md');
    // Seven notes sections after a heading: seven warnings, each naming its lines.
    writeFileSync(file, ['# Plan', '', '## Phase 1', '', '- [x] SQL', '', ...Array.from({ length: 7 }, (_, index) => [`### Notes ${index + 1}`, '', '- a note', '- another', ''].join('\n'))].join('\n'));
    const short = await runCli(['roadmap', file]);
    expect(short.code).toBe(0);
    expect(short.stdout).toContain(`${file}: 7 warnings (the first 5; --verbose shows all):`);
    expect(short.stdout).toContain(`  ${file}:9–10: 2 bullets under "Notes 1" are read as notes, not items`);
    expect(short.stdout).toContain('… and 2 more (--verbose)');
    expect(short.stdout).not.toContain('"Notes 6"');
    const all = await runCli(['roadmap', file, '--verbose']);
    expect(all.stdout).toContain(`${file}: 7 warnings:`);
    expect(all.stdout).toContain('"Notes 7"');
  });

  it('an itemless roadmap: `roadmap` exits 0 with the warning; `build` with nothing else exits 1 with one line; `analyze` shows the warning', async () => {
    const file = join(scratch, 'ideas.md');
    writeFileSync(file, '# Career change ideas\n\nMaybe health informatics? Ask Marisol how she moved.\n');
    const roadmap = await runCli(['roadmap', file]);
    expect(roadmap.code).toBe(0);
    expect(roadmap.stdout).toContain(`${file}: 0 items in 0 phases`);
    expect(roadmap.stdout).toContain(`${file}: found no items`);
    const build = await runCli(['build', '--roadmap', file, '--out', join(scratch, 'out')]);
    expect(build.code).toBe(1);
    expect(build.stdout).toBe('');
    const errorLines = build.stderr.trim().split('\n').filter((line) => !line.startsWith('roadfolio: ' + file) && !line.startsWith('  '));
    expect(errorLines).toEqual([`roadfolio: nothing to put on a resume: ${file} has no items, and no --profile or --github-snapshot was given; add items to the roadmap (- [x] Course) or pass --profile / --github-snapshot`]);
    // The roadmap's warning is printed too, so the user sees why it has no items.
    expect(build.stderr).toContain(`roadfolio: ${file}: 1 warning:`);
    const analyze = await runCli(['analyze', '--roadmap', file, '--json']);
    expect(analyze.code).toBe(0);
    expect(analyze.stderr).toContain(`${file}: found no items`);
  }, 60_000);

  it('exits 2 without a file, and documents itself in --help', async () => {
    expect((await runCli(['roadmap'])).code).toBe(2);
    const help = await runCli(['roadmap', '--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('--json');
    expect(help.stdout).toContain('docs/roadmap.md');
  });
});
