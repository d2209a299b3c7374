import { createHash } from 'node:crypto';
import type { GithubSnapshot } from '../../src/model/index.js';

/** One repo as the test server knows it; every response shape is derived from this. */
export interface FixtureRepo {
  owner: string;
  name: string;
  description: string | null;
  topics: string[];
  /** Language → bytes, in any order; the largest is the primary language. */
  languages: Record<string, number>;
  stars: number;
  forks: number;
  homepage: string | null;
  createdAt: string;
  pushedAt: string;
  updatedAt: string;
  archived: boolean;
  fork: boolean;
  private: boolean;
  license: { spdxId: string; key: string; name: string } | null;
  /** Root files besides the README (names only). */
  files: string[];
  readme: { name: string; text: string } | null;
}

const LICENSES: Record<string, { key: string; name: string }> = {
  MIT: { key: 'mit', name: 'MIT License' },
  'Apache-2.0': { key: 'apache-2.0', name: 'Apache License 2.0' },
  'GPL-3.0': { key: 'gpl-3.0', name: 'GNU General Public License v3.0' },
  'BSD-3-Clause': { key: 'bsd-3-clause', name: 'BSD 3-Clause "New" or "Revised" License' },
  'CC-BY-4.0': { key: 'cc-by-4.0', name: 'Creative Commons Attribution 4.0 International' },
};

export function numericId(text: string): number {
  return createHash('sha1').update(text).digest().readUInt32BE(0) % 900_000_000 + 10_000_000;
}

function nodeId(prefix: string, text: string): string {
  return `${prefix}_kgDO${createHash('sha1').update(text).digest('base64url').slice(0, 10)}`;
}

/** The repos of our example snapshot, as server fixtures: a sync should give the snapshot back. */
export function fixturesFromSnapshot(snapshot: GithubSnapshot): FixtureRepo[] {
  return snapshot.repos.map((repo) => {
    const [owner = snapshot.user] = repo.fullName.split('/');
    return {
      owner,
      name: repo.name,
      description: repo.description,
      topics: repo.topics,
      languages: Object.fromEntries(repo.languages.map((language) => [language.name, language.bytes])),
      stars: repo.stars,
      forks: repo.forks,
      homepage: repo.homepage,
      createdAt: repo.createdAt,
      pushedAt: repo.pushedAt ?? repo.createdAt,
      updatedAt: repo.pushedAt ?? repo.createdAt,
      archived: repo.archived,
      fork: repo.fork,
      private: repo.private,
      license: repo.license ? { spdxId: repo.license, ...(LICENSES[repo.license] ?? { key: 'other', name: 'Other' }) } : null,
      files: ['.gitignore', 'requirements.txt'],
      readme: repo.readme ? { name: repo.readme.path, text: repo.readme.text } : null,
    };
  });
}

/** `count` plausible repos for pagination and request-count tests. */
export function generatedRepos(owner: string, count: number): FixtureRepo[] {
  return Array.from({ length: count }, (_, i) => {
    const name = `study-notebook-${String(i + 1).padStart(3, '0')}`;
    const day = String((i % 28) + 1).padStart(2, '0');
    return {
      owner,
      name,
      description: `Exercise ${i + 1}: cleaning and plotting a public health dataset with pandas`,
      topics: ['pandas', 'data-cleaning', i % 2 ? 'healthcare' : 'kaggle'],
      languages: { 'Jupyter Notebook': 40_000 + i, Python: 2_000 + i },
      stars: i % 5,
      forks: i % 3,
      homepage: null,
      createdAt: `2025-0${(i % 9) + 1}-${day}T10:00:00Z`,
      pushedAt: `2025-10-${day}T12:00:00Z`,
      updatedAt: `2025-10-${day}T12:00:00Z`,
      archived: false,
      fork: false,
      private: false,
      license: { spdxId: 'MIT', ...LICENSES.MIT! },
      files: ['.gitignore', 'notebook.ipynb'],
      readme: { name: 'README.md', text: `# ${name}\n\nCleaning a public health dataset with pandas (exercise ${i + 1}).\n` },
    };
  });
}

export function primaryLanguage(repo: FixtureRepo): string | null {
  const sorted = Object.entries(repo.languages).sort((a, b) => b[1] - a[1]);
  return sorted[0]?.[0] ?? null;
}

function ownerJson(login: string, base: string, web: string) {
  const id = numericId(`user:${login}`);
  return {
    login, id, node_id: nodeId('U', login),
    avatar_url: `https://avatars.githubusercontent.com/u/${id}?v=4`, gravatar_id: '',
    url: `${base}/users/${login}`, html_url: `${web}/${login}`,
    followers_url: `${base}/users/${login}/followers`, following_url: `${base}/users/${login}/following{/other_user}`,
    gists_url: `${base}/users/${login}/gists{/gist_id}`, starred_url: `${base}/users/${login}/starred{/owner}{/repo}`,
    subscriptions_url: `${base}/users/${login}/subscriptions`, organizations_url: `${base}/users/${login}/orgs`,
    repos_url: `${base}/users/${login}/repos`, events_url: `${base}/users/${login}/events{/privacy}`,
    received_events_url: `${base}/users/${login}/received_events`, type: 'User', user_view_type: 'public', site_admin: false,
  };
}

/** GET /users/{username}: the public profile. */
export function userJson(login: string, repoCount: number, base: string, web: string) {
  return {
    ...ownerJson(login, base, web),
    name: null, company: null, blog: '', location: null, email: null, hireable: null, bio: null, twitter_username: null,
    public_repos: repoCount, public_gists: 0, followers: 3, following: 5,
    created_at: '2024-01-15T09:30:00Z', updated_at: '2025-11-01T08:00:00Z',
  };
}

/** An item of GET /users/{username}/repos, with the fields GitHub sends (URL templates included). */
export function restRepoJson(repo: FixtureRepo, base: string, web: string) {
  const full = `${repo.owner}/${repo.name}`;
  const api = `${base}/repos/${full}`;
  const size = Math.ceil(Object.values(repo.languages).reduce((a, b) => a + b, 0) / 1024);
  return {
    id: numericId(full), node_id: nodeId('R', full), name: repo.name, full_name: full, private: repo.private,
    owner: ownerJson(repo.owner, base, web), html_url: `${web}/${full}`, description: repo.description, fork: repo.fork,
    url: api, forks_url: `${api}/forks`, keys_url: `${api}/keys{/key_id}`, collaborators_url: `${api}/collaborators{/collaborator}`,
    teams_url: `${api}/teams`, hooks_url: `${api}/hooks`, issue_events_url: `${api}/issues/events{/number}`, events_url: `${api}/events`,
    assignees_url: `${api}/assignees{/user}`, branches_url: `${api}/branches{/branch}`, tags_url: `${api}/tags`,
    blobs_url: `${api}/git/blobs{/sha}`, git_tags_url: `${api}/git/tags{/sha}`, git_refs_url: `${api}/git/refs{/sha}`,
    trees_url: `${api}/git/trees{/sha}`, statuses_url: `${api}/statuses/{sha}`, languages_url: `${api}/languages`,
    stargazers_url: `${api}/stargazers`, contributors_url: `${api}/contributors`, subscribers_url: `${api}/subscribers`,
    subscription_url: `${api}/subscription`, commits_url: `${api}/commits{/sha}`, git_commits_url: `${api}/git/commits{/sha}`,
    comments_url: `${api}/comments{/number}`, issue_comment_url: `${api}/issues/comments{/number}`,
    contents_url: `${api}/contents/{+path}`, compare_url: `${api}/compare/{base}...{head}`, merges_url: `${api}/merges`,
    archive_url: `${api}/{archive_format}{/ref}`, downloads_url: `${api}/downloads`, issues_url: `${api}/issues{/number}`,
    pulls_url: `${api}/pulls{/number}`, milestones_url: `${api}/milestones{/number}`,
    notifications_url: `${api}/notifications{?since,all,participating}`, labels_url: `${api}/labels{/name}`,
    releases_url: `${api}/releases{/id}`, deployments_url: `${api}/deployments`,
    created_at: repo.createdAt, updated_at: repo.updatedAt, pushed_at: repo.pushedAt,
    git_url: `git://${new URL(web).host}/${full}.git`, ssh_url: `git@${new URL(web).host}:${full}.git`,
    clone_url: `${web}/${full}.git`, svn_url: `${web}/${full}`, homepage: repo.homepage ?? '',
    size, stargazers_count: repo.stars, watchers_count: repo.stars, language: primaryLanguage(repo),
    has_issues: !repo.fork, has_projects: true, has_downloads: true, has_wiki: true, has_pages: false, has_discussions: false,
    forks_count: repo.forks, mirror_url: null, archived: repo.archived, disabled: false, open_issues_count: 0,
    license: repo.license ? {
      key: repo.license.key, name: repo.license.name, spdx_id: repo.license.spdxId,
      url: `${base}/licenses/${repo.license.key}`, node_id: nodeId('MDc6TGljZW5zZQ', repo.license.key),
    } : null,
    allow_forking: true, is_template: false, web_commit_signoff_required: false, topics: repo.topics,
    visibility: repo.private ? 'private' : 'public', forks: repo.forks, open_issues: 0, watchers: repo.stars, default_branch: 'main',
  };
}

/** GET /repos/{owner}/{repo}/readme as JSON: base64 in 60-column lines, as GitHub sends it. */
export function readmeJson(repo: FixtureRepo, base: string, web: string, overOneMb: boolean) {
  const readme = repo.readme!;
  const bytes = Buffer.from(readme.text, 'utf8');
  const full = `${repo.owner}/${repo.name}`;
  const sha = createHash('sha1').update(`blob ${bytes.length}\0`).update(bytes).digest('hex');
  const self = `${base}/repos/${full}/contents/${readme.name}?ref=main`;
  return {
    name: readme.name, path: readme.name, sha, size: bytes.length,
    url: self, html_url: `${web}/${full}/blob/main/${readme.name}`, git_url: `${base}/repos/${full}/git/blobs/${sha}`,
    download_url: `https://raw.githubusercontent.com/${full}/main/${readme.name}`, type: 'file',
    // The contents API sends no content for files over 1 MB; clients must ask for the raw media type.
    content: overOneMb ? '' : (bytes.toString('base64').match(/.{1,60}/g) ?? []).join('\n') + '\n',
    encoding: overOneMb ? 'none' : 'base64',
    _links: { self, git: `${base}/repos/${full}/git/blobs/${sha}`, html: `${web}/${full}/blob/main/${readme.name}` },
  };
}

/** A Repository node with exactly the fields of our RoadfolioRepo fragment. */
export function graphqlRepoNode(repo: FixtureRepo, web: string) {
  const primary = primaryLanguage(repo);
  const readmeMd = repo.readme && repo.readme.name === 'README.md' ? repo.readme : null;
  const entries = [...repo.files, ...(repo.readme ? [repo.readme.name] : [])].sort().map((name) => ({ name, type: 'blob' }));
  return {
    name: repo.name,
    nameWithOwner: `${repo.owner}/${repo.name}`,
    url: `${web}/${repo.owner}/${repo.name}`,
    description: repo.description,
    homepageUrl: repo.homepage,
    stargazerCount: repo.stars,
    forkCount: repo.forks,
    createdAt: repo.createdAt,
    pushedAt: repo.pushedAt,
    isArchived: repo.archived,
    isFork: repo.fork,
    isPrivate: repo.private,
    licenseInfo: repo.license ? { spdxId: repo.license.spdxId } : null,
    primaryLanguage: primary ? { name: primary } : null,
    languages: {
      edges: Object.entries(repo.languages).sort((a, b) => b[1] - a[1]).map(([name, size]) => ({ size, node: { name } })),
    },
    repositoryTopics: { nodes: repo.topics.map((name) => ({ topic: { name } })) },
    rootTree: { entries },
    readmeBlob: readmeMd ? blobJson(readmeMd.text) : null,
  };
}

export function blobJson(text: string) {
  const byteSize = Buffer.byteLength(text);
  return { text, byteSize, isBinary: false };
}
