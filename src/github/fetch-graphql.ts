import type { Octokit } from 'octokit';
import { z } from 'zod';
import type { Repo } from '../model/index.js';
import { Blob, GraphqlRepo, REPO_FIELDS, otherReadmeName, repoFromGraphql } from './repo-from-graphql.js';
import { snapshotReadme } from './readme-text.js';

/** GitHub caps a connection page at 100 nodes. */
export const GRAPHQL_PAGE_SIZE = 100;

const REPO_PAGE_QUERY = `query RoadfolioRepoPage($login: String!, $cursor: String, $privacy: RepositoryPrivacy) {
  user(login: $login) {
    repositories(first: ${GRAPHQL_PAGE_SIZE}, after: $cursor, ownerAffiliations: [OWNER], privacy: $privacy, orderBy: { field: NAME, direction: ASC }) {
      totalCount
      pageInfo { hasNextPage endCursor }
      nodes { ...RoadfolioRepo }
    }
  }
}
${REPO_FIELDS}`;

const RepoPage = z.object({
  user: z.object({
    repositories: z.object({
      totalCount: z.number(),
      pageInfo: z.object({ hasNextPage: z.boolean(), endCursor: z.string().nullable() }),
      nodes: z.array(GraphqlRepo),
    }),
  }).nullable(),
});

export interface GraphqlListOptions {
  user: string;
  includePrivate: boolean;
  onPage?(fetched: number, total: number): void;
}

/** Every repo with languages, topics and README.md text: one query per 100 repos. */
export async function listReposGraphql(octokit: Octokit, options: GraphqlListOptions): Promise<Repo[]> {
  const nodes: GraphqlRepo[] = [];
  const pages = octokit.graphql.paginate.iterator(REPO_PAGE_QUERY, {
    login: options.user,
    privacy: options.includePrivate ? null : 'PUBLIC',
  });
  for await (const raw of pages) {
    const page = RepoPage.parse(raw);
    if (!page.user) throw Object.assign(new Error('user not found'), { errors: [{ type: 'NOT_FOUND' }] });
    nodes.push(...page.user.repositories.nodes);
    options.onPage?.(nodes.length, page.user.repositories.totalCount);
  }
  return completeReadmes(octokit, nodes);
}

/**
 * Named repos in one query per 100, each under an alias (r0, r1, ...): how a re-sync
 * refreshes only the repos that were pushed to since the last snapshot.
 */
export async function fetchReposGraphql(octokit: Octokit, fullNames: string[]): Promise<Repo[]> {
  const nodes: GraphqlRepo[] = [];
  for (const batch of chunks(fullNames, GRAPHQL_PAGE_SIZE)) {
    const { declarations, selections, variables } = aliasRepos(batch, () => `{ ...RoadfolioRepo }`);
    const query = `query RoadfolioRepoBatch(${declarations.join(', ')}) {\n${selections.join('\n')}\n}\n${REPO_FIELDS}`;
    const data = await graphqlKeepingFound(octokit, query, variables);
    for (const alias of Object.keys(data)) {
      const node = data[alias];
      if (node) nodes.push(GraphqlRepo.parse(node));
    }
  }
  return completeReadmes(octokit, nodes);
}

/** README.md comes with the repo; a readme.rst or README.txt costs one batched follow-up. */
async function completeReadmes(octokit: Octokit, nodes: GraphqlRepo[]): Promise<Repo[]> {
  const repos = nodes.map(repoFromGraphql);
  const missing = nodes
    .map((node, index) => ({ index, name: node.readmeBlob?.text == null ? otherReadmeName(node) : null }))
    .filter((entry): entry is { index: number; name: string } => entry.name !== null);
  for (const batch of chunks(missing, GRAPHQL_PAGE_SIZE)) {
    const { declarations, selections, variables } = aliasRepos(
      batch.map((entry) => repos[entry.index]!.fullName),
      (alias) => `{ object(expression: $e${alias}) { ... on Blob { text byteSize isBinary } } }`,
    );
    batch.forEach((entry, i) => {
      declarations.push(`$e${i}: String!`);
      variables[`e${i}`] = `HEAD:${entry.name}`;
    });
    const query = `query RoadfolioReadmeBatch(${declarations.join(', ')}) {\n${selections.join('\n')}\n}`;
    const data = await graphqlKeepingFound(octokit, query, variables);
    batch.forEach((entry, i) => {
      const parsed = z.object({ object: Blob.nullable() }).nullable().safeParse(data[`r${i}`]);
      const blob = parsed.success ? parsed.data?.object : null;
      if (blob && typeof blob.text === 'string' && !blob.isBinary) {
        repos[entry.index]!.readme = snapshotReadme(entry.name, blob.text, blob.byteSize);
      }
    });
  }
  return repos;
}

function aliasRepos(fullNames: string[], selection: (index: number) => string) {
  const declarations: string[] = [];
  const selections: string[] = [];
  const variables: Record<string, string> = {};
  fullNames.forEach((fullName, i) => {
    const [owner = '', name = ''] = fullName.split('/');
    declarations.push(`$o${i}: String!`, `$n${i}: String!`);
    selections.push(`  r${i}: repository(owner: $o${i}, name: $n${i}) ${selection(i)}`);
    variables[`o${i}`] = owner;
    variables[`n${i}`] = name;
  });
  return { declarations, selections, variables };
}

/** A repo deleted between the list and this query comes back as a NOT_FOUND error beside the others' data. */
async function graphqlKeepingFound(octokit: Octokit, query: string, variables: Record<string, string>): Promise<Record<string, unknown>> {
  try {
    return await octokit.graphql<Record<string, unknown>>(query, variables);
  } catch (error) {
    const partial = error as { errors?: { type?: string }[]; data?: Record<string, unknown> };
    if (partial.data && partial.errors?.every((entry) => entry.type === 'NOT_FOUND')) return partial.data;
    throw error;
  }
}

function chunks<T>(items: T[], size: number): T[][] {
  const result: T[][] = [];
  for (let i = 0; i < items.length; i += size) result.push(items.slice(i, i + size));
  return result;
}
