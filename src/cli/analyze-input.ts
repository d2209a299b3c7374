import { existsSync } from 'node:fs';
import { basename, join } from 'node:path';
import { buildEvidence } from '../evidence/index.js';
import type { AnalyzeInput } from '../keywords/index.js';
import type { Roadmap } from '../model/index.js';
import { bundledExamplesDir, readGithubSnapshot, readProfile, readRoadmapJson, readTextInput } from '../store/input-files.js';
import type { AnalyzeOptions } from './commands/analyze.js';
import { asUserError, loadKeywords } from './keyword-inputs.js';
import { UserError } from './user-error.js';
import { loadRoadmap } from './commands/roadmap.js';

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

/** Read every input `analyze` was given (or the bundled example), each bad file a one-line error. */
export async function gatherAnalyzeInput(options: AnalyzeOptions): Promise<AnalyzeInput> {
  const noSources = options.roadmap === undefined && options.githubSnapshot === undefined && options.profile === undefined;
  const sources = noSources ? exampleSources() : options;
  if (noSources) process.stderr.write('roadfolio: no --roadmap, --github-snapshot or --profile given: analyzing the bundled example\n');
  if (options.jd === '-' && options.resume === '-') throw new UserError('--jd and --resume cannot both read stdin (-)');

  const { keywordSet, lexicon } = await loadKeywords(options.keywords);
  return asUserError(async () => {
    const roadmap = sources.roadmap ? await readRoadmap(sources.roadmap) : undefined;
    const profile = sources.profile ? await readProfile(sources.profile) : undefined;
    const snapshot = sources.githubSnapshot ? await readGithubSnapshot(sources.githubSnapshot) : undefined;
    const jobText = options.jd ? await readTextInput(options.jd) : undefined;
    const resumeText = options.resume ? await readTextInput(options.resume) : undefined;
    const evidence = buildEvidence({
      ...(roadmap ? { roadmap, roadmapRef: basename(sources.roadmap!) } : {}),
      ...(profile ? { profile } : {}),
      ...(snapshot ? { repos: snapshot.repos } : {}),
    });
    return {
      evidence,
      keywordSet,
      lexicon,
      ...(roadmap ? { roadmap } : {}),
      ...(profile ? { profile } : {}),
      ...(jobText !== undefined ? { jobText } : {}),
      ...(resumeText !== undefined ? { resumeText } : {}),
    };
  });
}
