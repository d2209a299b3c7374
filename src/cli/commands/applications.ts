import { stat } from 'node:fs/promises';
import { basename, join, resolve } from 'node:path';
import type { Command } from 'commander';
import { crossPostingGaps, topGaps, withStatus, type CrossPostingGaps } from '../../applications/index.js';
import type { ApplicationRecord } from '../../model/index.js';
import { listApplications, readApplicationRecord, RECORD_FILE, writeApplicationRecord, type StoredApplication } from '../../store/applications.js';
import { displayPath } from '../../store/input-files.js';
import { UserError } from '../user-error.js';
import { parseStatus, today } from './apply.js';

interface ListOptions { dir: string; json?: boolean }

const cut = (text: string, width: number) => (text.length <= width ? text : `${text.slice(0, width - 1)}…`);

/** A plain table: columns padded to their widest cell (each capped), two spaces apart. */
function table(header: string[], rows: string[][], caps: number[]): string {
  const cells = [header, ...rows].map((row) => row.map((cell, index) => cut(cell, caps[index] ?? 80)));
  const widths = header.map((_, index) => Math.max(...cells.map((row) => row[index]!.length)));
  return cells.map((row) => row.map((cell, index) => (index === row.length - 1 ? cell : cell.padEnd(widths[index]!))).join('  ').trimEnd()).join('\n');
}

async function readAll(dir: string): Promise<StoredApplication[]> {
  const { applications, damaged } = await listApplications(resolve(dir));
  for (const entry of damaged) process.stderr.write(`roadfolio: ${entry.path}: ${entry.problem}; left as it is\n`);
  return applications;
}

function listTable(applications: StoredApplication[], dir: string): string {
  if (applications.length === 0) return `No applications in ${dir}/ yet: make one with roadfolio apply POSTING\n`;
  const rows = applications.map(({ record }) => [
    record.created, record.company, record.role, record.status, String(record.score.posting),
    topGaps(record).join(', ') || '-',
  ]);
  const byStatus = new Map<string, number>();
  for (const { record } of applications) byStatus.set(record.status, (byStatus.get(record.status) ?? 0) + 1);
  const counts = [...byStatus].map(([status, count]) => `${count} ${status}`).join(', ');
  return `${table(['DATE', 'COMPANY', 'ROLE', 'STATUS', 'SCORE', 'TOP GAPS'], rows, [10, 24, 34, 9, 5, 60])}\n\n${applications.length} ${applications.length === 1 ? 'application' : 'applications'} (${counts}). SCORE: share of the posting's skills your evidence backs.\n`;
}

function gapsText(gaps: CrossPostingGaps): string {
  if (gaps.applications === 0) return 'No applications yet: make one with roadfolio apply POSTING\n';
  const lines = [`Skills most often missing across ${gaps.applications} ${gaps.applications === 1 ? 'application' : 'applications'}:`];
  if (gaps.mostMissing.length === 0) lines.push('  none: your evidence backs every skill the postings name');
  for (const skill of gaps.mostMissing.slice(0, 15)) {
    lines.push(`  ${skill.term.padEnd(28)} ${skill.postings} of ${gaps.applications}${skill.required > 0 ? ` (required in ${skill.required})` : ''}`);
  }
  lines.push('', 'Roadmap items that would close the most gaps:');
  if (gaps.roadmapClosesMost.length === 0) lines.push('  none of your unfinished roadmap items names a missing skill: plan something for the top ones');
  gaps.roadmapClosesMost.slice(0, 10).forEach((item, index) => {
    lines.push(`  ${index + 1}. ${item.title} (roadmap line ${item.line}): ${item.gapsClosed} ${item.gapsClosed === 1 ? 'gap' : 'gaps'} (${item.closes.join(', ')})`);
  });
  return `${lines.join('\n')}\n`;
}

/** A folder name under --dir, or a path to the folder. */
async function folderPath(dir: string, folder: string): Promise<string> {
  for (const candidate of [join(resolve(dir), folder), resolve(folder)]) {
    if (await stat(join(candidate, RECORD_FILE)).then(() => true, () => false)) return candidate;
  }
  throw new UserError(`${folder}: no application there (no ${RECORD_FILE} in ${join(dir, folder)}); roadfolio applications lists them`);
}

/**
 * `--dir` and `--json` may come after the subcommand (`applications gaps --dir X`), where the
 * parent command takes them: the subcommand's own value when given, else its parent's.
 */
function option<T>(command: Command, name: string): T {
  return (command.getOptionValueSource(name) === 'cli' || command.parent === null ? command.opts()[name] : command.parent.opts()[name] ?? command.opts()[name]) as T;
}

/** `roadfolio applications`: the applications kept, the skills they keep missing, a status change. */
export function registerApplications(program: Command): void {
  const command = program
    .command('applications')
    .description('list the applications made with roadfolio apply: date, company, role, status, score against the posting, top gaps')
    .option('--dir <dir>', 'where the application folders are kept', 'applications')
    .option('--json', 'print { applications: [{ folder, ...application.json }] }')
    .action(async (options: ListOptions) => {
      const applications = await readAll(options.dir);
      process.stdout.write(options.json
        ? `${JSON.stringify({ applications: applications.map(({ folder, record }) => ({ folder, ...record })) }, null, 2)}\n`
        : listTable(applications, options.dir));
    });

  command
    .command('gaps')
    .description('the skills most often missing across your applications, and the roadmap items that would close the most of them')
    .option('--dir <dir>', 'where the application folders are kept', 'applications')
    .option('--json', 'print { applications, mostMissing: [{ term, postings, required, applications }], roadmapClosesMost: [{ title, line, closes, gapsClosed, requiredClosed }] }')
    .action(async (_options: ListOptions, self: Command) => {
      const gaps = crossPostingGaps(await readAll(option<string>(self, 'dir')));
      process.stdout.write(option<boolean | undefined>(self, 'json') ? `${JSON.stringify(gaps, null, 2)}\n` : gapsText(gaps));
    });

  command
    .command('status')
    .argument('<folder>', 'the application folder (its name under --dir, or a path)')
    .argument('<status>', 'applied, interview, offer, rejected or draft')
    .description('change an application\'s status: only its application.json is edited')
    .option('--dir <dir>', 'where the application folders are kept', 'applications')
    .action(async (folder: string, value: string, _options: { dir: string }, self: Command) => {
      const status = parseStatus(value);
      const path = join(await folderPath(option<string>(self, 'dir'), folder), RECORD_FILE);
      let record: ApplicationRecord;
      try {
        record = await readApplicationRecord(path);
      } catch (error) {
        throw new UserError(`${displayPath(path)}: ${(error as Error).message}; left as it is (fix it by hand, or remove the folder and apply again)`);
      }
      const name = basename(join(path, '..'));
      if (record.status === status) {
        process.stdout.write(`${name}: already ${status}; nothing written\n`);
        return;
      }
      await writeApplicationRecord(path, withStatus(record, status, today()));
      process.stdout.write(`${name}: status ${record.status} → ${status}\n`);
    });
}
