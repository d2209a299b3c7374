import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import type { Bench } from './benches.js';
import { report } from './measure.js';
import { bigProfile, bigReadme, bigSnapshot } from './scale-inputs.js';
import { pdfText } from '../src/pdf/read-back.js';

const bin = fileURLToPath(new URL('../../bin/roadfolio.js', import.meta.url));
const usagePreload = fileURLToPath(new URL('./report-usage.js', import.meta.url));

interface Run { wallMs: number; cpuMs: number; maxRssMb: number; status: number | null; stderr: string; stdoutBytes: number }

/**
 * One `roadfolio` process as a user runs it, with its wall time, CPU time (user + system: the fair
 * figure on a shared machine, where wall time carries other people's work) and peak RSS, which
 * bench/report-usage.ts writes when the process exits.
 */
function runCli(args: string[], dir: string): Promise<Run> {
  const usageFile = join(dir, `usage-${Math.random().toString(36).slice(2)}.json`);
  const { NODE_ENV: _ignored, ...environment } = process.env;
  return new Promise((resolve, reject) => {
    const start = performance.now();
    const child = spawn(process.execPath, ['--import', usagePreload, bin, ...args], { cwd: dir, env: { ...environment, ROADFOLIO_USAGE_FILE: usageFile } });
    let stderr = '';
    let stdoutBytes = 0;
    child.stdout.on('data', (chunk: Buffer) => { stdoutBytes += chunk.length; });
    child.stderr.on('data', (chunk: Buffer) => { stderr += chunk.toString(); });
    child.on('error', reject);
    child.on('close', (status) => {
      const wallMs = performance.now() - start;
      let usage = { cpuMs: NaN, maxRssMb: NaN };
      try { usage = JSON.parse(readFileSync(usageFile, 'utf8')) as typeof usage; } catch { /* the process died before exit: NaN says so */ }
      resolve({ wallMs, ...usage, status, stderr, stdoutBytes });
    });
  });
}

function failed(label: string, run: Run): boolean {
  if (run.status === 0) return false;
  process.stdout.write(`${label}: exit ${run.status}: ${run.stderr.trim().split('\n').slice(-2).join(' / ')}\n`);
  return true;
}

/** Input 10× larger, time (CPU) at most 12× longer: the test that nothing is super-linear. */
function growth(label: string, small: Run, large: Run): void {
  report(`${label}: CPU time growth for 10× the input`, large.cpuMs / small.cpuMs, '×', '<= 12×');
}

function writeSnapshot(dir: string, name: string, repos: ReturnType<typeof bigSnapshot>['repos']): string {
  const path = join(dir, name);
  writeFileSync(path, JSON.stringify({ version: 1, user: 'scale', fetchedAt: '2026-03-01T00:00:00.000Z', apiUrl: 'https://api.github.com', repos }));
  return path;
}

/**
 * Issue 15's scaling goals, on inputs generated here (never committed): 100 and 1,000 repos
 * through `build`; 200 KB and 2 MB profiles through `analyze`; 1 MB and 10 MB READMEs through
 * `readme --show`; three 1 MB one-paragraph READMEs in the portfolio (the excerpt is cut inside the block).
 */
export const scaleBench: Bench = {
  name: 'scale',
  async run() {
    const dir = mkdtempSync(join(tmpdir(), 'roadfolio-bench-scale-'));
    try {
      // build: 100 and 1,000 repos.
      const builds: Run[] = [];
      for (const count of [100, 1000]) {
        const snapshot = writeSnapshot(dir, `snapshot-${count}.json`, bigSnapshot(count).repos);
        const out = join(dir, `out-${count}`);
        const run = await runCli(['build', '--github-snapshot', snapshot, '--out', out], dir);
        if (failed(`build ${count} repos`, run)) return;
        builds.push(run);
        const portfolio = await pdfText(readFileSync(join(out, 'portfolio.pdf')));
        const plan = await pdfText(readFileSync(join(out, 'plan.pdf')));
        const notShown = /(\d+) more projects? not shown here/.exec(portfolio.text)?.[1];
        report(`build, ${count} repos: wall time`, run.wallMs / 1000, 's', count === 1000 ? '<= 10 s' : undefined);
        report(`build, ${count} repos: CPU time (user + system)`, run.cpuMs / 1000, 's', count === 1000 ? '<= 10 s' : undefined);
        report(`build, ${count} repos: peak RSS`, run.maxRssMb, 'MB', count === 1000 ? '<= 500 MB' : undefined);
        report(`build, ${count} repos: portfolio.pdf pages / plan.pdf pages`, portfolio.pages, `pages / ${plan.pages} pages; portfolio says ${notShown ?? 'NOTHING about'} more not shown`);
      }
      growth('build 100 → 1,000 repos', builds[0]!, builds[1]!);

      // The README excerpt budget holds inside one block: three 1 MB one-paragraph READMEs.
      const huge = bigSnapshot(3, 151).repos.map((repo) => ({ ...repo, fork: false, readme: { path: 'README.md', text: `# ${repo.name}\n\n${bigReadme(1_000_000, 'one-paragraph')}`, truncated: true } }));
      const hugeOut = join(dir, 'out-huge');
      const hugeRun = await runCli(['build', '--github-snapshot', writeSnapshot(dir, 'snapshot-huge.json', huge), '--out', hugeOut], dir);
      if (!failed('build with three 1 MB READMEs', hugeRun)) {
        const portfolio = await pdfText(readFileSync(join(hugeOut, 'portfolio.pdf')));
        report('build, three 1 MB one-paragraph READMEs: CPU time', hugeRun.cpuMs / 1000, 's');
        report('  portfolio.pdf pages (excerpts cut by size inside the block)', portfolio.pages, 'pages', 'a few, not hundreds');
      }

      // analyze: 200 KB and 2 MB profiles.
      const analyses: Run[] = [];
      for (const bytes of [200_000, 2_000_000]) {
        const profile = join(dir, `profile-${bytes}.json`);
        writeFileSync(profile, JSON.stringify(bigProfile(bytes)));
        const run = await runCli(['analyze', '--profile', profile, '--json'], dir);
        if (failed(`analyze ${bytes} B profile`, run)) return;
        analyses.push(run);
        report(`analyze --profile, ${bytes / 1_000_000} MB profile: wall / CPU`, run.wallMs / 1000, `s wall, ${(run.cpuMs / 1000).toFixed(2)} s CPU`, bytes === 2_000_000 ? '<= 5 s' : undefined);
      }
      growth('analyze 0.2 → 2 MB profile', analyses[0]!, analyses[1]!);

      // readme --show: 1 MB and 10 MB, sections of prose, lists, code and tables.
      for (const shape of ['mixed', 'short-lines'] as const) {
        const shows: Run[] = [];
        for (const bytes of [1_000_000, 10_000_000]) {
          const readme = { ...bigSnapshot(1, 152).repos[0]!, name: 'big', fullName: 'scale/big', readme: { path: 'README.md', text: bigReadme(bytes, shape), truncated: false } };
          const run = await runCli(['readme', 'big', '--github-snapshot', writeSnapshot(dir, `readme-${shape}-${bytes}.json`, [readme]), '--show'], dir);
          if (failed(`readme --show ${bytes} B ${shape}`, run)) return;
          shows.push(run);
          report(`readme --show, ${bytes / 1_000_000} MB README (${shape}): wall / CPU / peak RSS`, run.wallMs / 1000,
            `s wall, ${(run.cpuMs / 1000).toFixed(2)} s CPU, ${run.maxRssMb.toFixed(0)} MB, ${(run.stdoutBytes / 1_000_000).toFixed(1)} MB printed`);
        }
        growth(`readme --show 1 → 10 MB (${shape})`, shows[0]!, shows[1]!);
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  },
};
