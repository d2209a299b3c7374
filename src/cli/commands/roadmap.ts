import { InputFileError, readInputBytesSync } from '../../store/input-bytes.js';
import type { Command } from 'commander';
import type { ItemStatus, Roadmap, RoadmapItem, RoadmapWarning } from '../../model/index.js';
import { parseRoadmapBytes, RoadmapInputError } from '../../roadmap/index.js';
import { UserError } from '../user-error.js';

/** `roadfolio roadmap FILE [--json]`: what the roadmap says, per phase. */

/** Read FILE (or stdin for "-") as bytes; every way this fails is a one-line UserError naming it. */
export function readRoadmapFile(file: string): Uint8Array {
  try {
    return readInputBytesSync(file, 'roadmap');
  } catch (error) {
    if (!(error instanceof InputFileError)) throw error;
    const message = error.message.replace(/: cannot read it \(no such file\)$/, ': no such file; give the path of your roadmap markdown file')
      .replace(/: a folder, not a file$/, ' is a directory; give the roadmap markdown file inside it');
    throw new UserError(message);
  }
}

/** Parse a roadmap file for any command (analyze, build...): errors name the file. */
export function loadRoadmap(file: string): Roadmap {
  const bytes = readRoadmapFile(file);
  try {
    return parseRoadmapBytes(bytes);
  } catch (error) {
    if (error instanceof RoadmapInputError) throw new UserError(`${displayName(file)} ${error.message}`);
    throw error;
  }
}

function displayName(file: string): string {
  return file === '-' ? '(stdin)' : file;
}

const STATUS_LABEL: Record<ItemStatus, string> = { done: 'done', in_progress: 'in progress', not_started: 'not started' };
const STATUS_MARK: Record<ItemStatus, string> = { done: '[x]', in_progress: '[~]', not_started: '[ ]' };

function countByStatus(items: readonly RoadmapItem[]): string {
  const counts = { done: 0, in_progress: 0, not_started: 0 };
  for (const item of items) counts[item.status]++;
  return (Object.keys(counts) as ItemStatus[]).map((status) => `${counts[status]} ${STATUS_LABEL[status]}`).join(', ');
}

const plural = (count: number, word: string): string => `${count} ${word}${count === 1 ? '' : 's'}`;

/** How many warnings `roadmap`, `analyze` and `build` print before "--verbose shows all". */
export const WARNINGS_SHOWN = 5;

/** "plan.md:22–23: 2 bullets under …": where a warning points, as an editor's jump-to-line reads it. */
function warningLine(warning: RoadmapWarning, file: string): string {
  const where = warning.line === 0 ? '' : `:${warning.line}${warning.endLine && warning.endLine > warning.line ? `–${warning.endLine}` : ''}`;
  return `${displayName(file)}${where}: ${warning.message}`;
}

/**
 * The roadmap's warnings for a person: how many, then the first few (all with `verbose`), each
 * with its file and lines. Empty when there are none.
 */
export function formatRoadmapWarnings(warnings: readonly RoadmapWarning[], file: string, verbose: boolean, indent = '  '): string[] {
  if (warnings.length === 0) return [];
  const shown = verbose ? warnings : warnings.slice(0, WARNINGS_SHOWN);
  const more = warnings.length - shown.length;
  return [
    `${displayName(file)}: ${plural(warnings.length, 'warning')}${more > 0 ? ` (the first ${shown.length}; --verbose shows all)` : ''}:`,
    ...shown.map((warning) => `${indent}${warningLine(warning, file)}`),
    ...(more > 0 ? [`${indent}… and ${more} more (--verbose)`] : []),
  ];
}

/** The summary a person reads: totals, then per phase the counts and what is under way. */
export function formatRoadmapSummary(roadmap: Roadmap, file: string, verbose = false): string {
  const lines: string[] = [];
  const { items, phases } = roadmap;
  lines.push(`${displayName(file)}: ${plural(items.length, 'item')} in ${plural(phases.length, 'phase')}: ${countByStatus(items)}`);
  const groups: { title: string; items: RoadmapItem[] }[] = [];
  const itemsOutsidePhases = items.filter((item) => item.phase === '');
  if (itemsOutsidePhases.length > 0) groups.push({ title: phases.length > 0 ? '(not in a phase)' : '(no phases: no stage headings like "Phase 1" or "Months 1–3")', items: itemsOutsidePhases });
  for (const phase of phases) groups.push({ title: phase.title, items: items.filter((item) => item.phase === phase.title) });
  const shownPhases = new Set<string>();
  for (const group of groups) {
    // Two headings with the same text share their items; print them once.
    if (shownPhases.has(group.title)) continue;
    shownPhases.add(group.title);
    lines.push('', group.title, `  ${countByStatus(group.items)}`);
    for (const item of group.items) {
      if (item.status === 'in_progress' || item.kind === 'project') {
        const labels = [
          ...(item.kind === 'project' && !/^(?:project|capstone|portfolio)\b/i.test(item.title) ? ['project'] : []),
          ...(item.status === 'in_progress' ? ['in progress'] : []),
        ];
        lines.push(`  ${STATUS_MARK[item.status]} ${item.title}${labels.length > 0 ? ` (${labels.join(', ')})` : ''}`);
      }
    }
  }
  const projects = items.filter((item) => item.kind === 'project');
  if (projects.length > 0) {
    lines.push('', `Projects: ${projects.filter((item) => item.status === 'done').length} of ${projects.length} done`);
  }
  const warnings = formatRoadmapWarnings(roadmap.warnings, file, verbose);
  if (warnings.length > 0) lines.push('', ...warnings);
  return lines.join('\n') + '\n';
}

/** The same warnings for stderr: "roadfolio: plan.md: 3 warnings:" then one indented line each; '' when there are none. */
export function roadmapWarningsForStderr(warnings: readonly RoadmapWarning[], file: string, verbose: boolean): string {
  const lines = formatRoadmapWarnings(warnings, file, verbose);
  return lines.length === 0 ? '' : `roadfolio: ${lines.join('\n')}\n`;
}

export function registerRoadmap(program: Command): void {
  program
    .command('roadmap')
    .description('read a markdown learning roadmap (tables or task lists) and summarise it per phase')
    .argument('<file>', 'roadmap markdown file, or - for standard input')
    .option('--json', 'print the parsed roadmap as JSON: { phases, items, warnings }')
    .option('--verbose', `print every warning (without it, the first ${WARNINGS_SHOWN})`)
    .addHelpText('after', '\nThe roadmap format (tables, task lists, statuses, encodings) is described in docs/roadmap.md.')
    .action((file: string, options: { json?: boolean; verbose?: boolean }) => {
      const roadmap = loadRoadmap(file);
      process.stdout.write(options.json ? `${JSON.stringify(roadmap, null, 2)}\n` : formatRoadmapSummary(roadmap, file, options.verbose ?? false));
    });
}
