import { z } from 'zod';
import type { Repo } from '../model/index.js';
import { pickReadmeName, snapshotReadme } from './readme-text.js';
import { utf8Length } from './utf8.js';

/**
 * Everything a snapshot repo needs, in one GraphQL selection: metadata, all languages with
 * byte counts, topics, the root file names (to find a README of any name) and the text of
 * README.md, the name nearly every repo uses. Other README names cost one batched follow-up.
 */
export const REPO_FIELDS = `
fragment RoadfolioRepo on Repository {
  name
  nameWithOwner
  url
  description
  homepageUrl
  stargazerCount
  forkCount
  createdAt
  pushedAt
  isArchived
  isFork
  isPrivate
  licenseInfo { spdxId }
  primaryLanguage { name }
  languages(first: 25, orderBy: { field: SIZE, direction: DESC }) { edges { size node { name } } }
  repositoryTopics(first: 25) { nodes { topic { name } } }
  rootTree: object(expression: "HEAD:") { ... on Tree { entries { name type } } }
  readmeBlob: object(expression: "HEAD:README.md") { ... on Blob { text byteSize isBinary } }
}`;

export const Blob = z.object({ text: z.string().nullable(), byteSize: z.number(), isBinary: z.boolean().nullable() });

export const GraphqlRepo = z.object({
  name: z.string(),
  nameWithOwner: z.string(),
  url: z.string(),
  description: z.string().nullable(),
  homepageUrl: z.string().nullable(),
  stargazerCount: z.number(),
  forkCount: z.number(),
  createdAt: z.string(),
  pushedAt: z.string().nullable(),
  isArchived: z.boolean(),
  isFork: z.boolean(),
  isPrivate: z.boolean(),
  licenseInfo: z.object({ spdxId: z.string().nullable() }).nullable(),
  primaryLanguage: z.object({ name: z.string() }).nullable(),
  languages: z.object({ edges: z.array(z.object({ size: z.number(), node: z.object({ name: z.string() }) })) }).nullable(),
  repositoryTopics: z.object({ nodes: z.array(z.object({ topic: z.object({ name: z.string() }) })) }),
  // An empty repo has no HEAD: both objects are null.
  rootTree: z.object({ entries: z.array(z.object({ name: z.string(), type: z.string() })) }).partial().nullable(),
  readmeBlob: Blob.partial().nullable(),
});
export type GraphqlRepo = z.infer<typeof GraphqlRepo>;

/** The README file a repo has at its root, when it is not the README.md we already fetched. */
export function otherReadmeName(node: GraphqlRepo): string | null {
  const blobs = (node.rootTree?.entries ?? []).filter((entry) => entry.type === 'blob').map((entry) => entry.name);
  const name = pickReadmeName(blobs);
  return name !== null && name !== 'README.md' ? name : null;
}

export function repoFromGraphql(node: GraphqlRepo): Repo {
  const blob = node.readmeBlob;
  const readme = blob && typeof blob.text === 'string' && !blob.isBinary
    ? snapshotReadme('README.md', blob.text, blob.byteSize ?? utf8Length(blob.text))
    : null;
  return {
    name: node.name,
    fullName: node.nameWithOwner,
    url: node.url,
    description: node.description,
    topics: node.repositoryTopics.nodes.map((topic) => topic.topic.name),
    primaryLanguage: node.primaryLanguage?.name ?? null,
    languages: (node.languages?.edges ?? []).map((edge) => ({ name: edge.node.name, bytes: edge.size })),
    stars: node.stargazerCount,
    forks: node.forkCount,
    homepage: node.homepageUrl ? node.homepageUrl : null,
    createdAt: node.createdAt,
    pushedAt: node.pushedAt,
    archived: node.isArchived,
    fork: node.isFork,
    private: node.isPrivate,
    license: node.licenseInfo?.spdxId ?? null,
    readme,
  };
}
