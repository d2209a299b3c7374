import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import type { z } from 'zod';
import { buildEvidence } from '../../evidence/index.js';
import { matchProjectsToRepos } from '../../evidence/match-projects-to-repos.js';
import { analyze } from '../../keywords/analyze.js';
import { KeywordFileError } from '../../keywords/lexicon.js';
import { GithubSnapshot, Profile, type KeywordSet, type Repo, type Roadmap } from '../../model/index.js';
import { readmeChecklist } from '../../readme/index.js';
import { loadKeywordSet } from '../../store/keyword-sets.js';
import { loadRoadmap } from '../commands/roadmap.js';
import { UserError } from '../user-error.js';
import type { BuildInputs } from './run-build.js';

/** The package root (dist/src/cli/build/ → four levels up), where examples/ lives. */
const packageRoot = fileURLToPath(new URL('../../../../', import.meta.url));
export const examplesDir = join(packageRoot, 'examples');

export interface BuildFlags {
  roadmap?: string;
  githubSnapshot?: string;
  profile?: string;
  keywords?: string;
  jd?: string;
}

function readText(path: string, what: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new UserError(`${path}: no such file; give the path of your ${what}`);
    if (code === 'EISDIR') throw new UserError(`${path} is a directory; give the ${what} file inside it`);
    throw new UserError(`${path}: cannot be read (${code ?? String(error)})`);
  }
}

function readJsonFile<T>(path: string, schema: z.ZodType<T>, what: string): T {
  let data: unknown;
  try {
    data = JSON.parse(readText(path, what));
  } catch (error) {
    if (error instanceof UserError) throw error;
    throw new UserError(`${path}: not valid JSON (${(error as Error).message}); fix the ${what}`);
  }
  const result = schema.safeParse(data);
  if (!result.success) {
    const issue = result.error.issues[0];
    throw new UserError(`${path}: field ${issue?.path.join('.') || '(root)'}: ${issue?.message ?? 'invalid'}; fix the ${what}`);
  }
  return result.data;
}

/** The bundled example roadmap: the progress copy (items done) when it is there, else the seed. */
function defaultRoadmap(): string {
  const progress = join(examplesDir, 'roadmap-progress.md');
  return existsSync(progress) ? progress : join(examplesDir, 'roadmap.md');
}

async function keywordSetNamed(nameOrPath: string): Promise<KeywordSet> {
  try {
    return await loadKeywordSet(nameOrPath);
  } catch (error) {
    if (error instanceof KeywordFileError) throw new UserError(`--keywords: ${error.message}`);
    throw error;
  }
}

/**
 * Read and validate every input of a build. With none of --roadmap, --github-snapshot and
 * --profile, the bundled example; once the user names one of their own files, the example fills
 * in nothing (its repos and jobs are someone else's facts), and what they leave out is simply absent.
 * Each failure is one line naming the file and field.
 */
export async function gatherInputs(flags: BuildFlags): Promise<BuildInputs> {
  const example = flags.roadmap === undefined && flags.githubSnapshot === undefined && flags.profile === undefined;

  const roadmapFile = flags.roadmap ?? (example ? defaultRoadmap() : undefined);
  const roadmap: Roadmap | undefined = roadmapFile ? loadRoadmap(roadmapFile) : undefined;

  const snapshotFile = flags.githubSnapshot ?? (example ? join(examplesDir, 'github-snapshot.json') : undefined);
  const repos: Repo[] = snapshotFile && (flags.githubSnapshot !== undefined || existsSync(snapshotFile))
    ? readJsonFile(snapshotFile, GithubSnapshot, 'GitHub snapshot (roadfolio github sync writes one)').repos
    : [];

  const profileFile = flags.profile ?? (example ? join(examplesDir, 'profile.json') : undefined);
  const profile = profileFile ? readJsonFile(profileFile, Profile, 'profile (a JSON Resume file)') : {};

  const keywordSet = await keywordSetNamed(flags.keywords ?? 'medical-ai');

  const jobText = flags.jd ? readText(flags.jd, 'job description (a text or markdown file)') : undefined;

  const evidence = buildEvidence({
    ...(roadmap && roadmapFile ? { roadmap, roadmapRef: roadmapFile.split(/[\\/]/).pop() ?? roadmapFile } : {}),
    profile,
    repos,
  });
  const coverage = analyze({ evidence, keywordSet, ...(roadmap ? { roadmap } : {}), profile, ...(jobText ? { jobText } : {}) });
  // Roadmap projects and the repos that hold them become one resume entry.
  const { links } = matchProjectsToRepos(roadmap?.items ?? [], repos.filter((repo) => !repo.fork), profile.meta?.roadfolio?.links ?? {});
  return {
    profile, keywordSet, evidence, coverage, repos,
    ...(roadmap ? { roadmap } : {}),
    repoLinks: Object.fromEntries(links.map((link) => [`roadmap:${link.line}`, `repo:${link.repo}`])),
    ...(jobText ? { jobText } : {}),
    checklist: (repo) => {
      const result = readmeChecklist(repo.readme?.text ?? null, { license: repo.license });
      return { score: result.score, failed: result.checks.filter((check) => check.status === 'fail').map((check) => check.label) };
    },
    sources: {
      keywords: flags.keywords ?? 'medical-ai',
      ...(roadmapFile ? { roadmap: roadmapFile } : {}),
      ...(profileFile ? { profile: profileFile } : {}),
      ...(repos.length > 0 && snapshotFile ? { githubSnapshot: snapshotFile } : {}),
      ...(flags.jd ? { jobDescription: flags.jd } : {}),
    },
  };
}
