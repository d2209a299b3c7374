import type { BulletResult } from '../bullets/generate-bullets.js';
import type { Coverage, KeywordCategory, KeywordSet, Repo, Resume, Roadmap } from '../model/index.js';
import { keywordEntries } from '../bullets/keyword-mentions.js';
import { printable } from './printable-text.js';

export interface CategoryCoverage { category: KeywordCategory; covered: string[]; missing: string[] }

export interface PortfolioProject {
  name: string;
  evidenceId: string;
  links: Array<{ text: string; url: string }>;
  languages: Array<{ name: string; share: number }>;
  topics: string[];
  stars: number;
  bullets: string[];
  readme?: string;
  keywords: string[];
  /** README checklist, where the GitHub work's checker is available. */
  checklist?: { score: number; failed: string[] };
}

export interface PhaseProgress { title: string; done: number; total: number; completed: string[] }

export interface PortfolioModel {
  name: string;
  label?: string;
  keywordSetTitle: string;
  score: number;
  tiers: Array<{ name: string; score: number; covered: number; total: number }>;
  categories: CategoryCoverage[];
  projects: PortfolioProject[];
  phases: PhaseProgress[];
  /** Not-done roadmap items that would cover missing keywords, best first. */
  nextSteps: Array<{ title: string; covers: string[] }>;
}

export interface PortfolioInput {
  resume: Resume;
  bullets: BulletResult;
  coverage: Coverage;
  keywordSet: KeywordSet;
  repos: readonly Repo[];
  roadmap?: Roadmap;
  draft: boolean;
  checklist?: (repo: Repo) => { score: number; failed: string[] } | undefined;
}

/** Everything portfolio.pdf shows, decided here (pure) so the document only draws. */
export function portfolioModel(input: PortfolioInput): PortfolioModel {
  const { coverage, keywordSet } = input;
  const covered = new Set([...coverage.mustHave.covered, ...coverage.goodToHave.covered].map((keyword) => keyword.term));
  const categories = new Map<KeywordCategory, CategoryCoverage>();
  for (const { keyword } of keywordEntries(keywordSet)) {
    const entry = categories.get(keyword.category) ?? { category: keyword.category, covered: [], missing: [] };
    (covered.has(keyword.term) ? entry.covered : entry.missing).push(keyword.term);
    categories.set(keyword.category, entry);
  }
  const reposById = new Map(input.repos.map((repo) => [`repo:${repo.fullName}`, repo]));
  const projects = input.bullets.projects.map((entry): PortfolioProject => {
    const repo = reposById.get(entry.evidenceId);
    const totalBytes = repo?.languages.reduce((sum, language) => sum + language.bytes, 0) ?? 0;
    const checklist = repo ? input.checklist?.(repo) : undefined;
    return {
      name: entry.name,
      evidenceId: entry.evidenceId,
      links: [
        ...(entry.url ? [{ text: entry.url.replace(/^https?:\/\//, ''), url: entry.url }] : []),
        ...(repo?.homepage ? [{ text: repo.homepage.replace(/^https?:\/\//, ''), url: repo.homepage }] : []),
      ],
      languages: totalBytes === 0 ? [] : (repo?.languages ?? []).map((language) => ({ name: language.name, share: language.bytes / totalBytes })),
      topics: repo?.topics ?? [],
      stars: repo?.stars ?? 0,
      bullets: entry.bullets.map((bullet) => printable(input.draft ? bullet.draft : bullet.text)),
      ...(repo?.readme?.text ? { readme: repo.readme.text } : {}),
      keywords: entry.keywords,
      ...(checklist ? { checklist } : {}),
    };
  });
  const phases = (input.roadmap?.phases ?? []).map((phase) => {
    const items = (input.roadmap?.items ?? []).filter((item) => item.phase === phase.title);
    const done = items.filter((item) => item.status === 'done');
    return { title: printable(phase.title), done: done.length, total: items.length, completed: done.map((item) => printable(item.title)) };
  }).filter((phase) => phase.total > 0);
  const tier = (name: string, tierCoverage: Coverage['mustHave']) => ({
    name, score: tierCoverage.score, covered: tierCoverage.covered.length, total: tierCoverage.covered.length + tierCoverage.missing.length,
  });
  return {
    name: printable(input.resume.basics?.name ?? ''),
    ...(input.resume.basics?.label ? { label: printable(input.resume.basics.label) } : {}),
    keywordSetTitle: keywordSet.title,
    score: coverage.score,
    tiers: [tier('Must-have', coverage.mustHave), tier('Good-to-have', coverage.goodToHave)],
    categories: [...categories.values()],
    projects,
    phases,
    nextSteps: [...coverage.suggestions].sort((a, b) => b.weight - a.weight).slice(0, 5)
      .map((suggestion) => ({ title: printable(suggestion.title), covers: suggestion.covers.map((cover) => cover.term) })),
  };
}
