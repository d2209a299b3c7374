import { basename } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Command } from 'commander';
import { matchProjectsToRepos } from '../../evidence/match-projects-to-repos.js';
import type { ProjectRepoLinks } from '../../model/index.js';
import { InputFileError } from '../../store/input-files.js';
import { readProfile } from '../../store/json-file.js';
import { readSnapshotOrFail } from './readme.js';
import { loadRoadmap } from './roadmap.js';
import { UserError } from '../user-error.js';

const example = (name: string): string => fileURLToPath(new URL(`../../../../examples/${name}`, import.meta.url));

/** The profile's manual links (`meta.roadfolio.links`: roadmap item title → owner/name). */
async function manualLinks(path: string | undefined): Promise<Record<string, string>> {
  if (!path) return {};
  try {
    return (await readProfile(path)).meta?.roadfolio?.links ?? {};
  } catch (error) {
    if (error instanceof InputFileError) throw new UserError(error.message);
    throw error;
  }
}

function linksText(result: ProjectRepoLinks, roadmapName: string, owner: string): string {
  const how = { manual: 'linked in the profile', 'roadmap-link': 'linked in the roadmap', name: 'names alike' } as const;
  const lines: string[] = [];
  lines.push(result.links.length > 0 ? 'Roadmap items tied to repos:' : 'No roadmap project is tied to a repo yet.');
  for (const link of result.links) {
    lines.push(`  ${roadmapName}:${link.line}  ${link.project}  →  ${link.repo}  (${how[link.how]}${link.how === 'name' ? `, ${link.score.toFixed(2)}` : ''})`);
  }
  if (result.unmatchedProjects.length > 0) {
    lines.push('', 'Projects without a repo:');
    for (const project of result.unmatchedProjects) lines.push(`  ${roadmapName}:${project.line}  ${project.title}`);
  }
  if (result.unmatchedRepos.length > 0) {
    lines.push('', 'Repos not tied to a roadmap project:');
    for (const repo of result.unmatchedRepos) lines.push(`  ${repo}`);
  }
  if (result.problems.length > 0) {
    lines.push('', 'Problems:');
    for (const problem of result.problems) lines.push(`  ${problem}`);
  }
  if (result.unmatchedProjects.length > 0) {
    const project = result.unmatchedProjects[0]!.title;
    lines.push('', 'To tie a project to its repo by hand, add to your profile (--profile):', `  "meta": { "roadfolio": { "links": { ${JSON.stringify(project)}: "${owner}/REPO-NAME" } } }`);
  }
  return lines.join('\n');
}

/** `roadfolio github links`: which roadmap projects have a repo, and what is left to link by hand. */
export function registerGithubLinks(github: Command): void {
  github.command('links')
    .description('tie roadmap projects to repos (profile links, repo links in the roadmap, similar names) and list what is left unmatched')
    .option('--roadmap <file>', 'roadmap markdown (default: the bundled example)')
    .option('--github-snapshot <file>', 'snapshot from `roadfolio github sync` (default: the bundled example)')
    .option('--profile <file>', 'JSON Resume profile whose meta.roadfolio.links ties items to repos by hand')
    .option('--json', 'print the links as JSON')
    .action(async (options: { roadmap?: string; githubSnapshot?: string; profile?: string; json?: boolean }) => {
      const roadmapPath = options.roadmap ?? example('roadmap.md');
      const roadmap = loadRoadmap(roadmapPath);
      const snapshot = await readSnapshotOrFail(options.githubSnapshot ?? example('github-snapshot.json'));
      const result = matchProjectsToRepos(roadmap.items, snapshot.repos, await manualLinks(options.profile));
      process.stdout.write(options.json ? `${JSON.stringify(result, null, 2)}\n` : `${linksText(result, roadmapPath === '-' ? '(stdin)' : basename(roadmapPath), snapshot.user)}\n`);
    });
}
