import { readdir, readFile } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import type { Command } from 'commander';
import {
  applicationFolderName, checkPosting, companyOf, freeFolderName, hashVersionSources, nextVersionDates, postingFileName, roleOf,
  sameApplication, sameVersionSources, withStatus,
} from '../../applications/index.js';
import { ApplicationStatus } from '../../model/index.js';
import { listApplications, sha256, writeApplicationRecord } from '../../store/applications.js';
import { displayPath, readTextInput } from '../../store/input-files.js';
import { bundledPath } from '../../store/package-files.js';
import { readSources } from '../analyze-input.js';
import { runApply, type ApplyInputs } from '../apply-command/run-apply.js';
import { applySummary } from '../apply-command/print-summary.js';
import { asOutputError } from '../build-command/output-errors.js';
import { asUserError } from '../keyword-inputs.js';
import { loadPhraseBook, loadResumeTemplate, resumeTemplateNames } from '../load-templates.js';
import { UsageError, UserError } from '../user-error.js';

interface ApplyOptions {
  company?: string;
  role?: string;
  status?: string;
  roadmap?: string;
  githubSnapshot?: string;
  profile?: string;
  keywords: string;
  template: string;
  dir: string;
  date?: string;
  rebuild?: boolean;
}

/** Today as the user's calendar says it (local time): the day an application is made. */
export function today(): string {
  const now = new Date();
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
}

export function parseDay(value: string, flag: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  const date = match ? new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]))) : undefined;
  if (!date || date.toISOString().slice(0, 10) !== value) throw new UsageError(`${flag} ${value}: give a date as YYYY-MM-DD`);
  return value;
}

export function parseStatus(value: string): ApplicationStatus {
  const result = ApplicationStatus.safeParse(value);
  if (!result.success) throw new UsageError(`--status ${value}: use one of ${ApplicationStatus.options.join(', ')}`);
  return result.data;
}

/** The package's version: a version built by another one may word its bullets differently. */
async function roadfolioVersion(): Promise<string> {
  return (JSON.parse(await readFile(bundledPath('package.json'), 'utf8')) as { version: string }).version;
}

/** `roadfolio apply POSTING`: a tailored version of the resume for one job posting, kept in its own folder. */
export function registerApply(program: Command): void {
  program
    .command('apply')
    .argument('<posting>', 'the job posting as plain text (.txt or .md), or - for stdin')
    .description('make a tailored version for one job posting in applications/DATE-company-role/: the posting, resume.pdf, resume.docx, resume.txt, resume.json, coverage.json, report.md and application.json; running it again on the same posting updates that folder, and --status alone only edits application.json')
    .option('--company <name>', 'the hiring company (left out: read from the posting)')
    .option('--role <title>', 'the job title (left out: read from the posting)')
    .option('--status <status>', `${ApplicationStatus.options.join(', ')} (a new application: applied; again: unchanged)`)
    .option('--roadmap <file>', 'your roadmap markdown file')
    .option('--github-snapshot <file>', 'a snapshot from `roadfolio github sync`')
    .option('--profile <file>', 'your JSON Resume file (with meta.roadfolio overrides)')
    .option('--keywords <name>', 'keyword set name in keyword-sets/, or a .json file', 'medical-ai')
    .option('--template <name>', `resume template: ${resumeTemplateNames().join(', ')}, or a .json file`, 'classic')
    .option('--dir <dir>', 'where the application folders are kept', 'applications')
    .option('--date <YYYY-MM-DD>', 'the day of the application (left out: today)')
    .option('--rebuild', 'build the files again even when no source changed (they come out byte for byte the same)')
    .action(async (posting: string, options: ApplyOptions) => {
      const status = options.status !== undefined ? parseStatus(options.status) : undefined;
      const day = options.date !== undefined ? parseDay(options.date, '--date') : today();
      const template = loadResumeTemplate(options.template);
      const phraseBook = loadPhraseBook();
      const sources = await readSources({
        keywords: options.keywords,
        ...(options.roadmap !== undefined ? { roadmap: options.roadmap } : {}),
        ...(options.githubSnapshot !== undefined ? { githubSnapshot: options.githubSnapshot } : {}),
        ...(options.profile !== undefined ? { profile: options.profile } : {}),
      });
      if (sources.usedExample) process.stderr.write('roadfolio: no --roadmap, --github-snapshot or --profile given: applying with the bundled example\n');
      const postingText = await asUserError(() => readTextInput(posting));
      const postingName = posting === '-' ? 'standard input' : displayPath(posting);
      const check = checkPosting(postingText, sources.lexicon);
      if (check.problem) throw new UserError(`${postingName}: ${check.problem}`);
      const company = options.company?.trim() || companyOf(postingText);
      if (!company) throw new UserError(`${postingName}: no company name found in the posting; pass --company NAME`);
      const role = options.role?.trim() || roleOf(postingText);
      if (!role) throw new UserError(`${postingName}: no job title found in the posting; pass --role TITLE`);

      const { files } = sources;
      const file = async (path: string) => ({ ref: path, content: await readFile(path) });
      const hashed = await hashVersionSources({
        ...(files.roadmap ? { roadmap: await file(files.roadmap) } : {}),
        ...(files.profile ? { profile: await file(files.profile) } : {}),
        ...(files.githubSnapshot ? { githubSnapshot: await file(files.githubSnapshot) } : {}),
        keywords: { ref: options.keywords, keywordSet: sources.keywordSet },
        template: { ref: options.template, template },
        phraseBook,
        overrides: sources.profile?.meta?.roadfolio?.overrides ?? {},
        roadfolio: await roadfolioVersion(),
      }, sha256);
      const inputs: ApplyInputs = {
        flags: {
          keywords: options.keywords,
          ...(files.roadmap ? { roadmap: files.roadmap } : {}),
          ...(files.profile ? { profile: files.profile } : {}),
          ...(files.githubSnapshot ? { githubSnapshot: files.githubSnapshot } : {}),
        },
        postingText,
        postingFile: postingFileName(posting),
        template,
        phraseBook,
        hashed: hashed.sources,
        overrides: hashed.overrides,
        roadfolioVersion: hashed.roadfolio,
      };

      const dir = resolve(options.dir);
      const { applications, damaged } = await listApplications(dir);
      for (const entry of damaged) process.stderr.write(`roadfolio: ${entry.path}: ${entry.problem}; left as it is\n`);
      // The same posting for the same company and role: that application, whatever day it was made.
      const existing = sameApplication(applications, { sha256: sha256(postingText), company, role });

      if (existing && !options.rebuild && sameVersionSources(existing.record, hashed)) {
        const folder = displayPath(dirname(existing.path));
        if (status === undefined || status === existing.record.status) {
          process.stdout.write(`${folder}: up to date (no source, override or posting changed since ${existing.record.built}); nothing written\n`);
          return;
        }
        await writeApplicationRecord(existing.path, withStatus(existing.record, status, day));
        process.stdout.write(`${folder}: status ${existing.record.status} → ${status} (only ${basename(existing.path)} changed)\n`);
        return;
      }

      const taken = new Set(await readdir(dir).catch(() => [] as string[]));
      const folderPath = existing ? dirname(existing.path) : join(dir, freeFolderName(applicationFolderName(day, company, role), taken));
      const previous = existing?.record;
      const report = await runApply(inputs, {
        folderPath,
        company,
        role,
        ...nextVersionDates(previous, { day, ...(status ? { status } : {}), sameSources: previous !== undefined && sameVersionSources(previous, hashed) }),
      }).catch((error: unknown) => { throw asOutputError(error, options.dir); });
      for (const warning of report.warnings) process.stderr.write(`roadfolio: ${warning}\n`);
      process.stdout.write(applySummary(report, displayPath(folderPath), previous === undefined));
    });
}
