import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from './helpers/run-cli.js';

describe('roadfolio readme', () => {
  it('prints a checklist table for every repo of the bundled example', async () => {
    const result = await runCli(['readme']);
    expect(result.code).toBe(0);
    const lines = result.stdout.trim().split('\n');
    expect(lines[0]).toMatch(/^REPO\s+CHECKS\s+SCORE\s+MISSING$/);
    expect(lines).toHaveLength(9);
    expect(result.stdout).toMatch(/heart-disease-eda\s+8\/9\s+89%\s+tests\n/);
  });

  it('explains each check of one repo', async () => {
    const result = await runCli(['readme', 'clinical-calculator']);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('clinical-calculator: README.md, 6 of 9 checks passed (67%)');
    expect(result.stdout).toContain('  ✓ Setup / install instructions: Found section "Installation"');
    expect(result.stdout).toContain('  ✗ Screenshots or figures: Add a screenshot or a figure');
  });

  it('--show prints the README as terminal text, --json the checklist', async () => {
    const shown = await runCli(['readme', 'amira-haddad-md/heart-disease-eda', '--show', '--width', '70']);
    expect(shown.code).toBe(0);
    expect(shown.stdout.startsWith('HEART DISEASE EDA (UCI CLEVELAND)\n═════')).toBe(true);
    expect(shown.stdout).not.toContain('<img');
    const json = JSON.parse((await runCli(['readme', 'pima-diabetes-cleaning', '--json'])).stdout) as { score: number; checks: unknown[] };
    expect(json.score).toBe(56);
    expect(json.checks).toHaveLength(9);
  });

  it('names the repos it has when asked for one it does not, and says when a repo has no README', async () => {
    const unknown = await runCli(['readme', 'no-such-repo']);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toMatch(/github-snapshot\.json: no repo named "no-such-repo"; it has clinical-calculator, ecg-arrhythmia-notes, /);
    const none = await runCli(['readme', 'ecg-arrhythmia-notes', '--show']);
    expect(none.code).toBe(1);
    expect(none.stderr).toBe('roadfolio: amira-haddad-md/ecg-arrhythmia-notes has no README; `roadfolio readme ecg-arrhythmia-notes` lists what one should contain\n');
  });

  it('a broken snapshot file: one line naming the file and the field', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'roadfolio-readme-'));
    const file = join(dir, 'snap.json');
    await writeFile(file, JSON.stringify({ version: 1, user: 'x', fetchedAt: 'now', apiUrl: 'u', repos: [{ name: 3 }] }));
    const result = await runCli(['readme', '--github-snapshot', file]);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(new RegExp(`^roadfolio: ${file.replace(/[.]/g, '\\.')}: repos\\[0\\]\\.name: .*\\n$`));
  });
});
