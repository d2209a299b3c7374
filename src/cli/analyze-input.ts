import { existsSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { AnalyzeInput } from '../keywords/index.js';
import type { KeywordSet, Lexicon, Profile, Repo, Roadmap } from '../model/index.js';
import { evidenceOf } from '../portfolio/prepare.js';
import { bundledExamplesDir, readTextInput } from '../store/input-files.js';
import { readGithubSnapshot, readProfile, readRoadmapJson } from '../store/json-file.js';
import type { AnalyzeOptions } from './commands/analyze.js';
import { asUserError, loadKeywords } from './keyword-inputs.js';
import { UserError } from './user-error.js';
import { loadRoadmap, roadmapWarningsForStderr } from './commands/roadmap.js';

/** The bundled example: the progress roadmap when there is one, else the seed roadmap; profile; snapshot when present. */
function exampleSources(): Pick<AnalyzeOptions, 'roadmap' | 'profile' | 'githubSnapshot'> {
  const dir = bundledExamplesDir();
  const progress = join(dir, 'roadmap-progress.md');
  const snapshot = join(dir, 'github-snapshot.json');
  return {
    roadmap: existsSync(progress) ? progress : join(dir, 'roadmap.md'),
    profile: join(dir, 'profile.json'),
    ...(existsSync(snapshot) ? { githubSnapshot: snapshot } : {}),
  };
}

/** A roadmap file: markdown through the roadmap parser (any encoding), or its `roadfolio roadmap --json` output. */
async function readRoadmap(path: string): Promise<Roadmap> {
  if (path.endsWith('.json')) return readRoadmapJson(path);
  return loadRoadmap(path);
}

/** The files a command was pointed at (or the bundled example), read and validated. */
export interface Sources {
  /** The paths each input came from, after the bundled-example default. */
  files: { roadmap?: string; profile?: string; githubSnapshot?: string; jd?: string };
  /** True when no source flag was given and the bundled example stands in. */
  usedExample: boolean;
  roadmap?: Roadmap;
  /** The roadmap's file name, shown in each evidence record's source (`roadmap.md:14`). */
  roadmapRef?: string;
  profile?: Profile;
  repos: Repo[];
  jobText?: string;
  resumeText?: string;
  keywordSet: KeywordSet;
  /** The lexicon extended with the set: what job-description extraction recognises. */
  lexicon: Lexicon;
}

export type SourceOptions = Omit<AnalyzeOptions, 'json' | 'verbose'>;

/**
 * Read every source `analyze` and `build` take, each bad file a one-line error. With none of
 * --roadmap, --github-snapshot and --profile, the bundled example; once the user names one of
 * their own files the example fills in nothing (its repos and jobs are someone else's facts).
 */
export async function readSources(options: SourceOptions): Promise<Sources> {
  const usedExample = options.roadmap === undefined && options.githubSnapshot === undefined && options.profile === undefined;
  const files = { ...(usedExample ? exampleSources() : pickSources(options)), ...(options.jd ? { jd: options.jd } : {}) };
  if (options.jd === '-' && options.resume === '-') throw new UserError('--jd and --resume cannot both read stdin (-)');

  const { keywordSet, lexicon } = await loadKeywords(options.keywords);
  return asUserError(async () => {
    const roadmap = files.roadmap ? await readRoadmap(files.roadmap) : undefined;
    const profile = files.profile ? await readProfile(files.profile) : undefined;
    const repos = files.githubSnapshot ? (await readGithubSnapshot(files.githubSnapshot)).repos : [];
    const jobText = options.jd ? await readTextInput(options.jd) : undefined;
    const resumeText = options.resume ? await readTextInput(options.resume, 'resume text') : undefined;
    return {
      files, usedExample, repos, keywordSet, lexicon,
      ...(roadmap && files.roadmap ? { roadmap, roadmapRef: basename(files.roadmap) } : {}),
      ...(profile ? { profile } : {}),
      ...(jobText !== undefined ? { jobText } : {}),
      ...(resumeText !== undefined ? { resumeText } : {}),
    };
  });
}

function pickSources(options: SourceOptions): Sources['files'] {
  return {
    ...(options.roadmap !== undefined ? { roadmap: options.roadmap } : {}),
    ...(options.profile !== undefined ? { profile: options.profile } : {}),
    ...(options.githubSnapshot !== undefined ? { githubSnapshot: options.githubSnapshot } : {}),
  };
}

/** The roadmap's warnings on stderr (count and the first few, all with --verbose): what was not read, and why. */
export function printRoadmapWarnings(sources: Pick<Sources, 'roadmap' | 'files'>, verbose: boolean): void {
  if (!sources.roadmap || !sources.files.roadmap) return;
  process.stderr.write(roadmapWarningsForStderr(sources.roadmap.warnings, sources.files.roadmap, verbose));
}

/** Read every input `analyze` was given (or the bundled example). */
export async function gatherAnalyzeInput(options: AnalyzeOptions): Promise<AnalyzeInput> {
  const sources = await readSources(options);
  if (sources.usedExample) process.stderr.write('roadfolio: no --roadmap, --github-snapshot or --profile given: analyzing the bundled example\n');
  printRoadmapWarnings(sources, options.verbose ?? false);
  // Hidden entries count nowhere, as in `build` and the web app.
  const { evidence, warnings } = evidenceOf(sources);
  for (const warning of warnings) process.stderr.write(`roadfolio: ${sources.files.profile ?? 'profile'}: ${warning}\n`);
  const { loadEvidenceMap } = await import('../store/keyword-sets.js');
  const evidenceMap = await asUserError(() => loadEvidenceMap());
  return {
    evidence,
    evidenceMap,
    keywordSet: sources.keywordSet,
    lexicon: sources.lexicon,
    ...(sources.roadmap ? { roadmap: sources.roadmap } : {}),
    ...(sources.profile ? { profile: sources.profile } : {}),
    ...(sources.jobText !== undefined ? { jobText: sources.jobText } : {}),
    ...(sources.resumeText !== undefined ? { resumeText: sources.resumeText } : {}),
  };
}
