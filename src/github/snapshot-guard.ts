import type { GithubSnapshot } from '../model/index.js';

/**
 * Why a new snapshot must not replace the previous one without the user saying so, or undefined.
 * A sync that lost most repos is far more often a server answering oddly (an empty page, a proxy,
 * a user renamed) than a person deleting half their work, and the lost READMEs cannot be
 * fetched back from a server that no longer lists them.
 */
export function shrinkRefusal(previous: GithubSnapshot | null, next: GithubSnapshot, flag: string): string | undefined {
  if (!previous || previous.repos.length === 0) return undefined;
  if (previous.apiUrl !== next.apiUrl || previous.user.toLowerCase() !== next.user.toLowerCase()) return undefined;
  const before = previous.repos.length;
  const after = next.repos.length;
  if (after > 0 && after * 2 >= before) return undefined;
  return `the sync found ${after} of the ${before} repos in the previous snapshot; kept the previous snapshot and its cache (if you deleted or hid those repos, run again with ${flag})`;
}
