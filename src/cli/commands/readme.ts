import { bundledPath } from '../../store/package-files.js';
import type { Command } from 'commander';
import type { GithubSnapshot, ReadmeChecklist, Repo } from '../../model/index.js';
import { InputFileError } from '../../store/input-files.js';
import { readGithubSnapshot } from '../../store/json-file.js';
import { readmeChecklist, readmeToTerminal } from '../../readme/index.js';
import { UsageError, UserError } from '../user-error.js';

/** dist/src/cli/commands/readme.js → the package root, where examples/ is shipped. */
const bundledSnapshot = bundledPath('examples', 'github-snapshot.json');

/** Read and validate a snapshot file; every failure is one line naming the file (and every field at fault). */
export async function readSnapshotOrFail(path: string): Promise<GithubSnapshot> {
  try {
    return await readGithubSnapshot(path);
  } catch (error) {
    if (!(error instanceof InputFileError)) throw error;
    throw new UserError(/: cannot read it/.test(error.message)
      ? `${error.message.replace(/: cannot read it/, ': cannot read the GitHub snapshot')}; run \`roadfolio github sync --user NAME --out ${path}\``
      : error.message);
  }
}

function findRepo(snapshot: GithubSnapshot, wanted: string, path: string): Repo {
  const lower = wanted.toLowerCase();
  const repo = snapshot.repos.find((candidate) => candidate.name.toLowerCase() === lower || candidate.fullName.toLowerCase() === lower);
  if (!repo) throw new UserError(`${path}: no repo named "${wanted}"; it has ${snapshot.repos.map((candidate) => candidate.name).join(', ') || 'no repos'}`);
  return repo;
}

const checklistOf = (repo: Repo): ReadmeChecklist => readmeChecklist(repo.readme?.text ?? null, { license: repo.license });

function checklistText(repo: Repo, checklist: ReadmeChecklist): string {
  const header = `${repo.name}: ${repo.readme ? repo.readme.path : 'no README'}, ${checklist.passed} of ${checklist.applicable} checks passed (${checklist.score}%)`;
  const marks = { pass: '✓', fail: '✗', 'not-applicable': '–' } as const;
  const lines = checklist.checks.map((check) => `  ${marks[check.status]} ${check.label}: ${check.status === 'not-applicable' ? `not applicable (${check.reason})` : check.reason}`);
  return [header, ...lines].join('\n');
}

function tableText(snapshot: GithubSnapshot): string {
  const rows = snapshot.repos.map((repo) => {
    const checklist = checklistOf(repo);
    const missing = checklist.checks.filter((check) => check.status === 'fail').map((check) => check.id).join(', ');
    return [repo.name, `${checklist.passed}/${checklist.applicable}`, `${checklist.score}%`, missing || '-'];
  });
  const all = [['REPO', 'CHECKS', 'SCORE', 'MISSING'], ...rows];
  const widths = [0, 1, 2].map((c) => Math.max(...all.map((row) => row[c]!.length)));
  return all.map((row) => row.map((cell, c) => (c < 3 ? cell.padEnd(widths[c]!) : cell)).join('  ')).join('\n');
}

export function registerReadme(program: Command): void {
  program.command('readme')
    .description('README checklist for each repo of a GitHub snapshot (or one repo); --show prints the README as terminal text')
    .argument('[repo]', 'repo name (or owner/name) from the snapshot')
    .option('--github-snapshot <file>', 'snapshot from `roadfolio github sync` (default: the bundled example)')
    .option('--show', 'print the README itself as readable terminal text')
    .option('--json', 'print the checklist(s) as JSON')
    .option('--width <columns>', 'wrap --show text at this width', (value) => {
      const columns = Number.parseInt(value, 10);
      if (!Number.isInteger(columns) || columns < 20) throw new UsageError(`--width "${value}" must be a number of columns, 20 or more`);
      return columns;
    })
    .action(async (wanted: string | undefined, options: { githubSnapshot?: string; show?: boolean; json?: boolean; width?: number }) => {
      const path = options.githubSnapshot ?? bundledSnapshot;
      const snapshot = await readSnapshotOrFail(path);
      if (options.show) {
        if (!wanted) throw new UserError('--show needs a repo name: `roadfolio readme REPO --show`');
        const repo = findRepo(snapshot, wanted, path);
        if (!repo.readme) throw new UserError(`${repo.fullName} has no README; \`roadfolio readme ${repo.name}\` lists what one should contain`);
        const color = process.stdout.isTTY === true && !process.env.NO_COLOR;
        process.stdout.write(readmeToTerminal(repo.readme.text, { width: options.width ?? process.stdout.columns ?? 80, color }));
        return;
      }
      if (wanted) {
        const repo = findRepo(snapshot, wanted, path);
        const checklist = checklistOf(repo);
        process.stdout.write(options.json ? `${JSON.stringify({ repo: repo.fullName, ...checklist }, null, 2)}\n` : `${checklistText(repo, checklist)}\n`);
        return;
      }
      if (options.json) {
        process.stdout.write(`${JSON.stringify(snapshot.repos.map((repo) => ({ repo: repo.fullName, ...checklistOf(repo) })), null, 2)}\n`);
        return;
      }
      process.stdout.write(`${tableText(snapshot)}\n`);
    });
}
