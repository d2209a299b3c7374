import { spawn, execFileSync } from 'node:child_process';
import { mkdtemp, mkdir, readdir, truncate, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { repoRoot } from './helpers/run-cli.js';

// Dozens of CLI runs on a busy 2-core machine: the bound that matters is the per-run kill below.
vi.setConfig({ testTimeout: 600_000 });

/** Longest a run may take before the test calls it a hang (a FIFO read hangs forever). */
const HANG_MS = 60_000;

let dir: string;
let socketServer: Server;

/**
 * Every kind of path a person (or a typo) can hand to a file option. Each is made for real:
 * a named pipe with mkfifo, a listening unix socket, a 300 MB sparse file (size on paper, no disk).
 */
const KINDS = {
  missing: { path: () => join(dir, 'no-such-file.md'), says: /no such file/ },
  folder: { path: () => join(dir, 'folder'), says: /a folder, not a file|is a directory|a folder with no \.txt or \.md postings/ },
  fifo: { path: () => join(dir, 'pipe'), says: /a named pipe \(FIFO\), not a file/ },
  device: { path: () => '/dev/zero', says: /a device, not a file/ },
  socket: { path: () => join(dir, 'socket'), says: /a socket, not a file/ },
  huge: { path: () => join(dir, 'huge.json'), says: /314\.6 MB, over the [\d.]+ MB a .+ may be/ },
  deep: { path: () => join(dir, 'deep.json'), says: /nested more than 64 levels deep/ },
  pdf: { path: () => join(dir, 'resume.pdf'), says: /looks like a PDF|looks like a binary file|not valid JSON/ },
} as const;
type Kind = keyof typeof KINDS;

/** A fresh --out per build: builds run four at a time, and two to one folder are refused by design. */
let outs = 0;

/** Each command with the option that takes the file, and the kinds that are errors for it. */
const COMMANDS: Array<{ name: string; args: (file: string) => string[]; kinds: Kind[] }> = [
  { name: 'roadmap FILE', args: (file) => ['roadmap', file], kinds: ['missing', 'folder', 'fifo', 'device', 'socket', 'huge', 'pdf'] },
  { name: 'jd FILE', args: (file) => ['jd', file], kinds: ['missing', 'folder', 'fifo', 'device', 'socket', 'huge', 'pdf'] },
  { name: 'analyze --profile', args: (file) => ['analyze', '--profile', file], kinds: ['missing', 'folder', 'fifo', 'device', 'socket', 'huge', 'deep', 'pdf'] },
  { name: 'analyze --jd', args: (file) => ['analyze', '--jd', file], kinds: ['missing', 'fifo', 'device', 'huge', 'pdf'] },
  { name: 'analyze --github-snapshot', args: (file) => ['analyze', '--github-snapshot', file], kinds: ['missing', 'fifo', 'device', 'socket', 'huge', 'deep'] },
  { name: 'readme --github-snapshot', args: (file) => ['readme', '--github-snapshot', file], kinds: ['missing', 'fifo', 'device', 'socket', 'huge', 'deep'] },
  { name: 'build --profile', args: (file) => ['build', '--profile', file, '--out', join(dir, `out-${outs++}`)], kinds: ['missing', 'folder', 'fifo', 'device', 'huge', 'deep', 'pdf'] },
  { name: 'build --roadmap', args: (file) => ['build', '--roadmap', file, '--out', join(dir, `out-${outs++}`)], kinds: ['fifo', 'device', 'huge'] },
  { name: 'github links --profile', args: (file) => ['github', 'links', '--profile', file], kinds: ['fifo', 'device', 'deep'] },
];

interface Run { code: number | null; stdout: string; stderr: string; ms: number; killed: boolean }

function run(args: string[]): Promise<Run> {
  return new Promise((resolve, reject) => {
    const started = Date.now();
    const child = spawn(process.execPath, [join(repoRoot, 'bin/roadfolio.js'), ...args], {
      cwd: dir, env: { ...process.env, NO_COLOR: '1' }, stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    let killed = false;
    const timer = setTimeout(() => { killed = true; child.kill('SIGKILL'); }, HANG_MS);
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => { stdout += chunk; });
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => { stderr += chunk; });
    child.on('error', reject);
    child.on('close', (code) => { clearTimeout(timer); resolve({ code, stdout, stderr, ms: Date.now() - started, killed }); });
  });
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'roadfolio-kinds-'));
  await mkdir(join(dir, 'folder'));
  execFileSync('mkfifo', [join(dir, 'pipe')]);
  socketServer = createServer();
  await new Promise<void>((resolve) => socketServer.listen(join(dir, 'socket'), resolve));
  await writeFile(join(dir, 'huge.json'), '');
  await truncate(join(dir, 'huge.json'), 300 * 1024 * 1024);
  await writeFile(join(dir, 'deep.json'), `${'['.repeat(5000)}${']'.repeat(5000)}`);
  // A PDF as saved by a word processor: the header, then compressed (binary) streams.
  await writeFile(join(dir, 'resume.pdf'), Buffer.concat([Buffer.from('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Length 64 /Filter /FlateDecode >>\nstream\n', 'latin1'), Buffer.from([0x78, 0x9c, 0x00, 0x03, 0x00, 0x00, 0x00, 0x01, 0xff, 0x10, 0x00]), Buffer.from('\nendstream\nendobj\n')]));
});
afterAll(async () => { await new Promise((resolve) => socketServer.close(resolve)); });

describe('every input kind × every command that reads a file', () => {
  it('is one line on stderr, exit 1, no hang, nothing on stdout and no output folder', async () => {
    const cases = COMMANDS.flatMap((command) => command.kinds.map((kind) => ({ command, kind })));
    const results: Array<{ label: string; result: Run; says: RegExp }> = [];
    // Four at a time: enough to finish, few enough for a shared 2-core machine.
    for (let i = 0; i < cases.length; i += 4) {
      const batch = cases.slice(i, i + 4);
      results.push(...await Promise.all(batch.map(async ({ command, kind }) => ({
        label: `${command.name} ← ${kind}`,
        result: await run(command.args(KINDS[kind].path())),
        says: KINDS[kind].says,
      }))));
    }
    const table = results.map(({ label, result }) => `${label.padEnd(42)} exit ${result.code} ${String(result.ms).padStart(6)} ms  ${result.stderr.trim().slice(0, 110)}`);
    console.log(table.join('\n'));
    for (const { label, result, says } of results) {
      expect(result.killed, `${label}: hung`).toBe(false);
      expect(result.code, `${label}: ${result.stderr}`).toBe(1);
      expect(result.stdout, label).toBe('');
      expect(result.stderr.endsWith('\n') && result.stderr.trimEnd().split('\n').length === 1, `${label}: ${result.stderr}`).toBe(true);
      expect(result.stderr, label).toMatch(/^roadfolio: /);
      expect(result.stderr, label).not.toMatch(/\n\s+at /);
      expect(result.stderr, label).toMatch(says);
    }
    // A failed build leaves no output folder, and nothing beside where it would be.
    expect((await readdir(dir)).filter((name) => name.startsWith('out') || name.startsWith('.out'))).toEqual([]);
  });

  it('an empty job description is said to be empty, not answered with nothing', async () => {
    await writeFile(join(dir, 'empty.txt'), '  \n');
    const result = await run(['jd', join(dir, 'empty.txt')]);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/^roadfolio: .*empty\.txt: empty; a job description is the text itself/);
  });
});
