import DiceCoefficient from 'natural/lib/natural/distance/dice_coefficient.js';
import JaroWinklerDistance from 'natural/lib/natural/distance/jaro-winkler_distance.js';
import type { ProjectRepoLink, ProjectRepoLinks, Repo, RoadmapItem } from '../model/index.js';

/**
 * Below this similarity a name pair is not a match. Tested on both sides: "Project: The Clinical
 * Calculator" ↔ clinical-calculator (1.0), ↔ clinical-calculater (0.98) and "3D Tumor Segmentation"
 * ↔ brats-3d-tumor-segmentation (0.89) match; "Data Cleaning" ↔ pima-diabetes-cleaning (0.55),
 * "End-to-End Pipeline" ↔ ecg-pipeline-notes (0.55) and "Clinical Calculator" ↔
 * clinical-notes-nlp (0.50) do not.
 */
export const NAME_MATCH_THRESHOLD = 0.72;

/** Words that say what kind of thing it is, not which one: dropped before comparing names. */
const FILLER = new Set(['the', 'a', 'an', 'my', 'of', 'for', 'with', 'and', 'to', 'in', 'on', 'project', 'projects', 'capstone', 'mini', 'portfolio', 'proj', 'repo']);

/** "Project: The Clinical Calculator" → "clinical calculator"; "ClinicalCalculator_v2" → "clinical calculator v2". */
export function normaliseName(name: string): string {
  return name
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .split(' ')
    .filter((word) => word !== '' && !FILLER.has(word))
    .join(' ');
}

/**
 * How alike two names are, 0-1: Dice on character bigrams, in written order and with the words
 * sorted (so "tumor segmentation 3d" meets "3d tumor segmentation"), and Jaro-Winkler on the
 * names without spaces to forgive a typo ("calculater").
 */
export function nameSimilarity(a: string, b: string): number {
  const left = normaliseName(a);
  const right = normaliseName(b);
  if (left === '' || right === '') return 0;
  if (left === right) return 1;
  const sorted = (text: string): string => text.split(' ').sort().join(' ');
  const dice = Math.max(DiceCoefficient(left, right), DiceCoefficient(sorted(left), sorted(right)));
  const jaroWinkler = JaroWinklerDistance(left.replace(/ /g, ''), right.replace(/ /g, ''));
  // Jaro-Winkler rewards a shared prefix a lot ("data cleaning" vs "data visualization"), so it
  // only counts when it is near certain.
  return jaroWinkler >= 0.95 ? Math.max(dice, jaroWinkler) : dice;
}

const sameTitle = (a: string, b: string): boolean => a.trim().toLowerCase() === b.trim().toLowerCase();

/** owner/name from a link to a repo on the same host as the repo (github.com or an Enterprise server). */
function repoFromUrl(url: string, repos: Repo[]): Repo | undefined {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return undefined;
  }
  const [owner, name] = parsed.pathname.split('/').filter(Boolean);
  if (!owner || !name) return undefined;
  const fullName = `${owner}/${name.replace(/\.git$/, '')}`.toLowerCase();
  return repos.find((repo) => repo.fullName.toLowerCase() === fullName && new URL(repo.url).host === parsed.host);
}

function findRepoByName(wanted: string, repos: Repo[]): Repo | undefined {
  const lower = wanted.trim().toLowerCase().replace(/^https?:\/\/[^/]+\//, '');
  return repos.find((repo) => repo.fullName.toLowerCase() === lower) ?? repos.find((repo) => repo.name.toLowerCase() === lower);
}

/**
 * Tie roadmap projects to the repos that hold them: first the user's own links (the profile's
 * `meta.roadfolio.links`, title → repo), then a repo link in the roadmap row, then names alike
 * enough. Each repo serves one project. What stays unmatched is listed so the user can add a
 * link by hand. Manual links may name any roadmap item, not only projects.
 */
export function matchProjectsToRepos(items: RoadmapItem[], repos: Repo[], manualLinks: Record<string, string> = {}): ProjectRepoLinks {
  const links: ProjectRepoLink[] = [];
  const problems: string[] = [];
  const linkedItems = new Set<RoadmapItem>();
  const linkedRepos = new Set<Repo>();
  const link = (item: RoadmapItem, repo: Repo, how: ProjectRepoLink['how'], score: number): void => {
    links.push({ project: item.title, line: item.line, repo: repo.fullName, how, score: Math.round(score * 1000) / 1000 });
    linkedItems.add(item);
    linkedRepos.add(repo);
  };

  for (const [title, target] of Object.entries(manualLinks)) {
    const item = items.find((candidate) => sameTitle(candidate.title, title));
    const repo = findRepoByName(target, repos);
    if (!item) problems.push(`meta.roadfolio.links["${title}"]: no roadmap item has this title`);
    else if (!repo) problems.push(`meta.roadfolio.links["${title}"]: no repo "${target}" in the GitHub snapshot`);
    else if (!linkedItems.has(item)) link(item, repo, 'manual', 1);
  }

  const projects = items.filter((item) => item.kind === 'project');
  for (const item of projects) {
    if (linkedItems.has(item)) continue;
    const repo = item.links.map((entry) => repoFromUrl(entry.url, repos)).find((found) => found && !linkedRepos.has(found));
    if (repo) link(item, repo, 'roadmap-link', 1);
  }

  const candidates = projects
    .filter((item) => !linkedItems.has(item))
    .flatMap((item) => repos.filter((repo) => !linkedRepos.has(repo)).map((repo) => ({ item, repo, score: nameSimilarity(item.title, repo.name) })))
    .filter((pair) => pair.score >= NAME_MATCH_THRESHOLD)
    // Best pairs first; a fork loses a tie to the user's own repo.
    .sort((a, b) => b.score - a.score || Number(a.repo.fork) - Number(b.repo.fork) || a.item.line - b.item.line);
  for (const pair of candidates) {
    if (!linkedItems.has(pair.item) && !linkedRepos.has(pair.repo)) link(pair.item, pair.repo, 'name', pair.score);
  }

  return {
    links: links.sort((a, b) => a.line - b.line),
    unmatchedProjects: projects.filter((item) => !linkedItems.has(item)).map((item) => ({ title: item.title, line: item.line })),
    unmatchedRepos: repos.filter((repo) => !linkedRepos.has(repo)).map((repo) => repo.fullName),
    problems,
  };
}
