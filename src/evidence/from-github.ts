import type { Evidence, Repo } from '../model/index.js';
import { readmeToPlainText } from '../readme/index.js';

/**
 * A GitHub repo as evidence: its description, topics, languages and README prose, each a
 * field so a keyword match can say where it was found. The README goes in as plain text,
 * without code blocks, badges, images or HTML: `pip install tensorflow` in a code block or a
 * "PyTorch" badge is not evidence that the author used it; the words they wrote are.
 */
export function repoEvidence(repo: Repo): Evidence {
  // A sync without a token knows the primary language only (no byte counts); use it then.
  const languages = repo.languages.length > 0 ? repo.languages.map((language) => language.name) : repo.primaryLanguage ? [repo.primaryLanguage] : [];
  const fields = [
    { name: 'name', text: repo.name.replace(/[-_]+/g, ' ') },
    { name: 'description', text: repo.description ?? '' },
    { name: 'topics', text: repo.topics.join(', ') },
    { name: 'languages', text: languages.join(', ') },
    { name: 'readme', text: repo.readme ? readmeToPlainText(repo.readme.text) : '' },
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
