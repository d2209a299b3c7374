import { resolve } from 'node:path';
import type { Command } from 'commander';
import { gatherInputs } from '../build-command/gather-inputs.js';
import { asOutputError } from '../build-command/output-errors.js';
import { lockOutputFolder, recoverOutputFolder } from '../../store/output-folder.js';
import { OutputPathError, prepareOutputPath } from '../../store/output-path.js';
import { UsageError, UserError } from '../user-error.js';
import { buildSummary } from '../build-command/print-summary.js';
import { runBuild } from '../build-command/run-build.js';
import type { PaperSize } from '../../model/index.js';
import { loadPhraseBook, loadResumeTemplate, resumeTemplateNames } from '../load-templates.js';
import { roadmapWarningsForStderr } from './roadmap.js';

interface BuildOptions {
  roadmap?: string;
  githubSnapshot?: string;
  profile?: string;
  keywords?: string;
  jd?: string;
  template: string;
  out: string;
  draft?: boolean;
  verbose?: boolean;
  paper?: string;
}

function paperOption(value: string | undefined): PaperSize | undefined {
  if (value === undefined) return undefined;
  const size = value.trim().toUpperCase();
  if (size === 'A4' || size === 'LETTER') return size;
  throw new UsageError(`--paper ${value}: choose a4 or letter`);
}

/** `roadfolio build`: resume.pdf, portfolio.pdf, resume.json and coverage.json from your evidence. */
export function registerBuild(program: Command): void {
  program
    .command('build')
    .description('write resume.pdf, portfolio.pdf, resume.json (JSON Resume) and coverage.json; with none of --roadmap, --github-snapshot, --profile it builds the bundled example, and once you name one of them only your files are used')
    .option('--roadmap <file>', 'your roadmap markdown file (left out: no roadmap)')
    .option('--github-snapshot <file>', 'a snapshot from `roadfolio github sync` (left out: no repos)')
    .option('--profile <file>', 'your JSON Resume file: basics, work, education; bullet overrides under meta.roadfolio.overrides (left out: a resume with no name or contacts)')
    .option('--keywords <name>', 'keyword set name in keyword-sets/, or a .json file', 'medical-ai')
    .option('--jd <file>', 'a job description as plain text, or - for stdin: matching skills and bullets move up, and the report lists the gaps')
    .option('--template <name>', `resume template: ${resumeTemplateNames().join(', ')}, or a .json file`, 'classic')
    .option('--out <dir>', 'output directory (made if missing)', 'out')
    .option('--paper <size>', 'a4 or letter for both PDFs (default: the template\'s, else Letter when your profile\'s country is the US, Canada or another Letter country, A4 elsewhere)')
    .option('--draft', 'print [add result] markers in the PDFs, to see what to fill')
    .option('--verbose', 'print every warning about the roadmap (without it, the first few)')
    .action(async (options: BuildOptions) => {
      const lock = await outputFolderReady(options.out);
      try {
        await buildInto(options);
      } finally {
        await lock.release();
      }
    });
}

/**
 * --out checked and locked before anything is rendered: a file there, a read-only mount, /proc or
 * another build writing to it is one line now, not after a minute of rendering. A swap a killed
 * build left half done is finished first.
 */
async function outputFolderReady(out: string): Promise<{ release(): Promise<void> }> {
  try {
    // Checked first: it makes only the parent, so a swap cut between its renames (--out missing,
    // the pair beside it) is still there for the recovery below.
    await prepareOutputPath(out, 'directory', '--out');
    const lock = await lockOutputFolder(out);
    try {
      await recoverOutputFolder(out);
    } catch (error) {
      await lock.release();
      throw error;
    }
    return lock;
  } catch (error) {
    throw error instanceof OutputPathError ? new UserError(error.message) : asOutputError(error, out);
  }
}

async function buildInto(options: BuildOptions): Promise<void> {
  const template = loadResumeTemplate(options.template);
  const phraseBook = loadPhraseBook();
  const inputs = await gatherInputs(options);
  for (const warning of inputs.warnings) process.stderr.write(`roadfolio: ${warning}\n`);
  const roadmapFile = inputs.sources.roadmap;
  const { prepared } = inputs;
  if (prepared.roadmap && roadmapFile) process.stderr.write(roadmapWarningsForStderr(prepared.roadmap.warnings, roadmapFile, options.verbose ?? false));
  if (prepared.evidence.length === 0) throw new UserError(nothingToBuild(options));
  if (!prepared.profile.basics?.name) process.stderr.write('roadfolio: no name in the profile: the resume has no header; pass --profile (a JSON Resume file with basics.name)\n');
  const paper = paperOption(options.paper);
  const report = await runBuild(inputs, { template, phraseBook, draft: options.draft ?? false, outDir: resolve(options.out), ...(paper ? { paper } : {}) })
    .catch((error: unknown) => { throw error instanceof OutputPathError ? new UserError(error.message) : asOutputError(error, options.out); });
  for (const warning of report.warnings) process.stderr.write(`roadfolio: ${warning}\n`);
  process.stdout.write(buildSummary(report, options.draft ?? false));
}

/** One line for a build with no evidence at all: which sources were given, and what would fill the resume. */
function nothingToBuild(options: BuildOptions): string {
  const given = [
    ...(options.roadmap ? [`${options.roadmap} has no items`] : []),
    ...(options.profile ? [`${options.profile} has no basics, work, education or skills`] : []),
    ...(options.githubSnapshot ? [`${options.githubSnapshot} has no repos of your own`] : []),
  ];
  const missing = [...(options.profile ? [] : ['--profile']), ...(options.githubSnapshot ? [] : ['--github-snapshot'])];
  return `nothing to put on a resume: ${given.join(', ')}${missing.length > 0 ? `, and no ${missing.join(' or ')} was given` : ''}; add items to the roadmap (- [x] Course) or pass ${missing.length > 0 ? missing.join(' / ') : 'a profile with work or education'}`;
}
