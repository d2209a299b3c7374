import type { Evidence, Repo } from '../model/index.js';

/**
 * A GitHub repo as evidence: its description, topics, languages and README text, each a
 * field so a keyword match can say where it was found.
 * (First cut: the README goes in as written; the GitHub work strips code blocks and badges.)
 */
export function repoEvidence(repo: Repo): Evidence {
  const fields = [
    { name: 'name', text: repo.name.replace(/[-_]+/g, ' ') },
    { name: 'description', text: repo.description ?? '' },
    { name: 'topics', text: repo.topics.join(', ') },
    { name: 'languages', text: repo.languages.map((language) => language.name).join(', ') },
    { name: 'readme', text: repo.readme?.text ?? '' },
  ].filter((field) => field.text.trim() !== '');
  return {
    id: `repo:${repo.fullName}`,
    kind: 'repo',
    title: repo.name,
    fields,
    links: [{ text: repo.fullName, url: repo.url }, ...(repo.homepage ? [{ text: 'homepage', url: repo.homepage }] : [])],
    source: { type: 'github', ref: repo.url },
    date: (repo.pushedAt ?? repo.createdAt).slice(0, 10),
  };
}
