import type { BulletResult, ProjectEntry } from '../bullets/generate-bullets.js';
import type { Coverage, Evidence, KeywordCategory, KeywordSet, PaperSize, Repo, Resume, Roadmap } from '../model/index.js';
import { keywordEntries } from '../bullets/keyword-mentions.js';
import { readmeChecklist } from '../readme/checklist.js';
import { printable } from './printable-text.js';
import { TOOL_CATEGORIES } from './skills.js';

/**
 * The two documents `build` writes from one model:
 * - portfolio.pdf, for an employer: who the person is, the skills they can show (each linked to
 *   the work behind it), their strongest projects, completed learning. Nothing missing, no scores.
 * - plan.pdf, for the user: coverage ✓/✗ by category, every gap with the roadmap item that closes
 *   it, README fixes, phase progress.
 */

export interface CategoryCoverage { category: KeywordCategory; covered: string[]; missing: string[] }

export interface PortfolioProject {
  name: string;
  evidenceId: string;
  /** One sentence saying what it is (the repo's description or the README's first paragraph). */
  description?: string;
  links: Array<{ text: string; url: string }>;
  languages: Array<{ name: string; share: number }>;
  topics: string[];
  /** Shown only from 10 up: below that a star count is not social proof. */
  stars: number;
  bullets: string[];
  readme?: string;
  /** How much of the README the excerpt may print (characters); lowered to avoid a near-empty last page. */
  readmeChars?: number;
  keywords: string[];
}

/** A skill the person can show, and the projects, courses or roles behind it. */
export interface ShownSkill { term: string; backedBy: string[] }
export interface SkillGroup { category: KeywordCategory; skills: ShownSkill[] }

export interface LearningGroup { provider: string; courses: string[] }

export interface PhaseProgress { title: string; done: number; total: number; completed: string[] }

/** A keyword of the set (or the posting) the evidence does not cover, and what would close it. */
export interface Gap {
  term: string;
  /** Why it matters: the posting requires it, or the set's tier. */
  askedBy: 'posting-required' | 'posting-preferred' | 'must-have' | 'good-to-have';
  category?: KeywordCategory;
  /** Not-done roadmap items that would cover it, roadmap order. */
  closedBy: string[];
}

export interface ReadmeFixes {
  project: string;
  url?: string;
  score: number;
  /** Failing checks, each with the exact thing to add. */
  fixes: Array<{ label: string; fix: string }>;
}

export interface PortfolioModel {
  /** The resume's paper (Letter or A4): all three PDFs of one build print on the same sheet. */
  paper?: PaperSize;
  name: string;
  label?: string;
  summary?: string;
  contacts: Array<{ text: string; url: string }>;
  keywordSetTitle: string;
  /** Employer side: coverage said positively, or nothing when there is nothing to say. */
  coverageStatement?: string;
  skills: SkillGroup[];
  /** Strong projects, best first. */
  projects: PortfolioProject[];
  /** Shown-worthy projects past the strongest MAX_PORTFOLIO_PROJECTS: counted in the PDF, named by build. */
  projectsNotShown: string[];
  /** Projects too thin to show an employer, and why (build names them). */
  thinProjects: Array<{ evidenceId: string; name: string; reason: string }>;
  learning: LearningGroup[];
  /** Plan side. */
  score: number;
  tiers: Array<{ name: string; score: number; covered: number; total: number }>;
  categories: CategoryCoverage[];
  gaps: Gap[];
  readmeFixes: ReadmeFixes[];
  /** Phases with something done. */
  phases: PhaseProgress[];
  /** Phases with items but nothing done yet: one line in the plan. */
  notStartedPhases: string[];
  /** Not-done roadmap items that would cover missing keywords, best first. */
  nextSteps: Array<{ title: string; covers: string[] }>;
}

export interface PortfolioInput {
  resume: Resume;
  bullets: BulletResult;
  coverage: Coverage;
  keywordSet: KeywordSet;
  repos: readonly Repo[];
  /** The evidence coverage was computed from: names the work behind each skill. */
  evidence?: readonly Evidence[];
  roadmap?: Roadmap;
  draft: boolean;
  /** The resume's paper, from its layout. */
  paper?: PaperSize;
}

/** Evidence an employer can look at; a skills list or summary line is a claim, not evidence. */
const BACKING_KINDS = new Set(['course', 'project', 'item', 'repo', 'work', 'education', 'certificate']);
const STAR_PROOF = 10;
/**
 * An employer reads a handful of projects, not a list of every repo: the strongest this many are
 * shown and the rest counted (1,000 repos once made a 461-page portfolio).
 */
export const MAX_PORTFOLIO_PROJECTS = 12;
const MIN_README_WORDS = 60;

const wordCount = (text: string): number => text.split(/\s+/).filter((word) => /[A-Za-z0-9]/.test(word)).length;

/** What a project's README offers an employer: prose words outside code blocks and badges. */
function readmeWords(readme: string | undefined): number {
  if (!readme) return 0;
  return wordCount(readme.replace(/```[\s\S]*?```/g, ' ').replace(/!\[[^\]]*\]\([^)]*\)/g, ' ').replace(/[#*_`>|-]/g, ' '));
}

/** Words a roadmap row says beyond its title: its note and nested details. */
function roadmapWords(evidence: Evidence | undefined): number {
  return wordCount((evidence?.fields ?? []).filter((field) => field.name === 'note' || field.name === 'details').map((field) => field.text).join(' '));
}

/** Why an entry is too thin for an employer's eyes, or undefined when it can be shown. */
function thinReason(entry: ProjectEntry, repo: Repo | undefined, bullets: readonly string[], evidence: Evidence | undefined): string | undefined {
  if (entry.ownWords && bullets.length > 0) return undefined;
  if (!repo && roadmapWords(evidence) < 12) {
    return 'only a roadmap line says it exists: link it to its repo under meta.roadfolio.links, or write bullets for it under meta.roadfolio.overrides';
  }
  const words = readmeWords(repo?.readme?.text);
  if (bullets.length === 0 && words < MIN_README_WORDS) return 'nothing yet says what you did: write bullets for it under meta.roadfolio.overrides';
  if (repo && !repo.readme?.text) return 'no README: add one saying what it does, on which data, with what result';
  if (repo && words < MIN_README_WORDS && bullets.length < 2) return `README too short to show (${words} words): say what it does, the data, the method and the result`;
  return undefined;
}

const isProse = (block: string): boolean => block !== '' && !/^(#|!\[|\[!\[|```|<|\||[-*] |\d+\. )/.test(block);

function firstParagraph(readme: string | undefined): string | undefined {
  if (!readme) return undefined;
  const paragraph = readme.split(/\n\s*\n/).map((block) => block.trim()).find(isProse);
  return paragraph ? paragraph.replace(/\s+/g, ' ').replace(/\[([^\]]*)\]\([^)]*\)/g, '$1').replace(/[*_`]/g, '') : undefined;
}

/**
 * The README as the portfolio excerpts it: without its own title (the section heading shows it)
 * and without the first paragraph when that is already the project's description.
 */
function readmeBody(readme: string, descriptionIsFirstParagraph: boolean): string {
  const blocks = readme.replace(/^\s*#\s+[^\n]*\n/, '').split(/\n\s*\n/);
  if (descriptionIsFirstParagraph) {
    const first = blocks.findIndex((block) => isProse(block.trim()));
    if (first >= 0) blocks.splice(first, 1);
  }
  return blocks.join('\n\n').trim();
}

/** A course or project name as printed: bare URLs pasted after it belong to its links, not its name. */
const withoutBareUrls = (text: string): string => text.replace(/\s*<?\bhttps?:\/\/\S+/gi, '').trim() || text;

/** The name a reader sees: the README's own title over a repo slug ("levey-jennings-qc"). */
function displayName(entry: ProjectEntry, repo: Repo | undefined): string {
  const title = /^#\s+(.+)$/m.exec(repo?.readme?.text ?? '')?.[1]?.replace(/[*_`]/g, '').trim();
  const slugLike = /^[a-z0-9]+([-_][a-z0-9]+)+$/i.test(repo?.name ?? '') && entry.name.toLowerCase().replace(/\W+/g, '') === (repo?.name ?? '').toLowerCase().replace(/\W+/g, '');
  return title && title.length <= 80 && (slugLike || !entry.name) ? title : entry.name;
}

function evidenceName(evidence: Evidence | undefined, projectNames: ReadonlyMap<string, string>): string | undefined {
  if (!evidence) return undefined;
  const project = projectNames.get(evidence.id);
  if (project) return project;
  if (evidence.kind === 'work') return evidence.group && !evidence.title.includes(evidence.group) ? `${evidence.title}, ${evidence.group}` : evidence.title;
  return evidence.title;
}

function gapsOf(input: PortfolioInput, categoryOf: ReadonlyMap<string, KeywordCategory>): Gap[] {
  const { coverage } = input;
  const closers = new Map<string, string[]>();
  const order = new Map((input.roadmap?.items ?? []).map((item, index) => [item.line, index]));
  const suggestions = [...coverage.suggestions].sort((a, b) => (order.get(a.line) ?? a.line) - (order.get(b.line) ?? b.line));
  for (const suggestion of suggestions) {
    for (const cover of suggestion.covers) closers.set(cover.term.toLowerCase(), [...(closers.get(cover.term.toLowerCase()) ?? []), printable(withoutBareUrls(suggestion.title))]);
  }
  const gaps = new Map<string, Gap>();
  const add = (term: string, askedBy: Gap['askedBy']) => {
    const key = term.toLowerCase();
    if (gaps.has(key)) return;
    const category = categoryOf.get(key);
    gaps.set(key, { term, askedBy, ...(category ? { category } : {}), closedBy: closers.get(key) ?? [] });
  };
  for (const keyword of coverage.jd?.keywords ?? []) {
    if (!keyword.covered && keyword.section === 'required') add(keyword.term, 'posting-required');
  }
  for (const keyword of coverage.jd?.keywords ?? []) {
    if (!keyword.covered && keyword.section === 'preferred') add(keyword.term, 'posting-preferred');
  }
  for (const term of coverage.mustHave.missing) add(term, 'must-have');
  for (const term of coverage.goodToHave.missing) add(term, 'good-to-have');
  return [...gaps.values()];
}

/** Everything portfolio.pdf and plan.pdf show, decided here (pure) so the documents only draw. */
export function portfolioModel(input: PortfolioInput): PortfolioModel {
  const { coverage, keywordSet } = input;
  const coveredKeywords = [...coverage.mustHave.covered, ...coverage.goodToHave.covered];
  const covered = new Set(coveredKeywords.map((keyword) => keyword.term));
  const categories = new Map<KeywordCategory, CategoryCoverage>();
  const categoryOf = new Map<string, KeywordCategory>();
  for (const { keyword } of keywordEntries(keywordSet)) {
    const entry = categories.get(keyword.category) ?? { category: keyword.category, covered: [], missing: [] };
    (covered.has(keyword.term) ? entry.covered : entry.missing).push(keyword.term);
    categories.set(keyword.category, entry);
    categoryOf.set(keyword.term.toLowerCase(), keyword.category);
  }

  const reposById = new Map(input.repos.map((repo) => [`repo:${repo.fullName}`, repo]));
  const evidenceById = new Map((input.evidence ?? []).map((evidence) => [evidence.id, evidence]));
  const shown: Array<{ project: PortfolioProject; weight: number; ids: string[] }> = [];
  const thinProjects: PortfolioModel['thinProjects'] = [];
  for (const entry of input.bullets.projects) {
    const repo = reposById.get(entry.evidenceId);
    const bullets = entry.bullets.map((bullet) => printable(input.draft ? bullet.draft : bullet.text)).filter((text) => text.trim() !== '');
    const reason = thinReason(entry, repo, bullets, evidenceById.get(entry.evidenceId));
    if (reason) {
      thinProjects.push({ evidenceId: entry.evidenceId, name: printable(entry.name), reason });
      continue;
    }
    const totalBytes = repo?.languages.reduce((sum, language) => sum + language.bytes, 0) ?? 0;
    const ownDescription = entry.description ?? repo?.description ?? undefined;
    const description = ownDescription ?? firstParagraph(repo?.readme?.text);
    const readme = repo?.readme?.text ? readmeBody(repo.readme.text, ownDescription === undefined) : '';
    shown.push({
      // The resume's own ranking (src/bullets/project-rank.ts): both documents put the same projects first.
      weight: entry.substance.score,
      ids: [entry.evidenceId, ...entry.linkedEvidenceIds],
      project: {
        name: printable(withoutBareUrls(displayName(entry, repo))),
        evidenceId: entry.evidenceId,
        ...(description ? { description: printable(description) } : {}),
        links: [
          ...(entry.url ? [{ text: entry.url.replace(/^https?:\/\//, ''), url: entry.url }] : []),
          ...(repo?.homepage ? [{ text: repo.homepage.replace(/^https?:\/\//, ''), url: repo.homepage }] : []),
        ],
        languages: totalBytes === 0 ? [] : (repo?.languages ?? []).map((language) => ({ name: language.name, share: language.bytes / totalBytes })),
        topics: repo?.topics ?? [],
        stars: (repo?.stars ?? 0) >= STAR_PROOF ? repo?.stars ?? 0 : 0,
        bullets,
        ...(readme ? { readme } : {}),
        keywords: entry.keywords,
      },
    });
  }
  shown.sort((a, b) => b.weight - a.weight);
  const projects = shown.slice(0, MAX_PORTFOLIO_PROJECTS).map((item) => item.project);
  const projectsNotShown = shown.slice(MAX_PORTFOLIO_PROJECTS).map((item) => item.project.name);

  // Skills: every covered keyword backed by something an employer can look at, named by the
  // project (as printed), course or role that shows it.
  const projectNames = new Map<string, string>();
  for (const item of shown) for (const id of item.ids) projectNames.set(id, item.project.name);
  const thinIds = new Set(thinProjects.map((project) => project.evidenceId));
  // The resume's Skills rules hold here too (src/resume/skills.ts): set-up rows back nothing, what is
  // still being learned or is a data set is not a skill, and a tool counts only where it was used.
  const setupIds = new Set(input.bullets.leftOut.filter((item) => item.reason.startsWith('set-up')).map((item) => item.evidenceId));
  const notSkills = new Set([...input.bullets.learningTerms, ...input.bullets.datasetTerms]);
  const toolUsed = (evidenceId: string, keyword: { term: string; category: KeywordCategory }) =>
    !TOOL_CATEGORIES.has(keyword.category) || evidenceId.startsWith('profile:') || (input.bullets.toolsUsed[evidenceId]?.includes(keyword.term) ?? false);
  const skillGroups = new Map<KeywordCategory, ShownSkill[]>();
  const backedMustHave = new Set<string>();
  const mustHaveTerms = new Set(coverage.mustHave.covered.map((keyword) => keyword.term));
  for (const keyword of coveredKeywords) {
    if (notSkills.has(keyword.term)) continue;
    const names = new Set<string>();
    for (const hit of keyword.evidence) {
      if (thinIds.has(hit.evidenceId) || setupIds.has(hit.evidenceId) || !toolUsed(hit.evidenceId, keyword)) continue;
      const evidence = evidenceById.get(hit.evidenceId);
      const kind = evidence?.kind ?? (hit.evidenceId.startsWith('repo:') ? 'repo' : undefined);
      if (!kind || !BACKING_KINDS.has(kind)) continue;
      const name = projectNames.get(hit.evidenceId) ?? evidenceName(evidence, projectNames);
      if (name) names.add(printable(withoutBareUrls(name)));
    }
    if (names.size === 0) continue;
    if (mustHaveTerms.has(keyword.term)) backedMustHave.add(keyword.term);
    skillGroups.set(keyword.category, [...(skillGroups.get(keyword.category) ?? []), { term: keyword.term, backedBy: [...names].slice(0, 3) }]);
  }
  const categoryOrder = [...categories.keys()];
  const skills = [...skillGroups.entries()]
    .sort(([a], [b]) => categoryOrder.indexOf(a) - categoryOrder.indexOf(b))
    .map(([category, list]) => ({ category, skills: list }));
  const mustHaveTotal = coverage.mustHave.covered.length + coverage.mustHave.missing.length;
  const roles = keywordSet.title.replace(/\s*\/.*$/, '');
  const coverageStatement = backedMustHave.size > 0
    ? `Shows ${backedMustHave.size} of the ${mustHaveTotal} must-have skills for ${roles} roles, each backed by a project, course or role below.`
    : undefined;

  const learning = input.bullets.courseGroups.map((group) => ({ provider: printable(group.provider), courses: group.courses.map((course) => printable(withoutBareUrls(course.name))) }));

  const fixesWithIds: Array<{ id: string; fixes: ReadmeFixes }> = [];
  for (const repo of input.repos) {
    if (repo.fork || repo.archived) continue;
    const result = readmeChecklist(repo.readme?.text ?? null, { license: repo.license });
    const fixes = result.checks.filter((check) => check.status === 'fail').map((check) => ({ label: check.label, fix: check.reason }));
    if (fixes.length > 0) fixesWithIds.push({ id: `repo:${repo.fullName}`, fixes: { project: printable(repo.name), url: repo.url, score: result.score, fixes } });
  }
  // The READMEs an employer will open first (the portfolio's projects, in its order) lead the list.
  const portfolioRank = new Map(projects.map((project, index) => [project.evidenceId, index]));
  const readmeFixes = fixesWithIds.sort((a, b) => (portfolioRank.get(a.id) ?? projects.length) - (portfolioRank.get(b.id) ?? projects.length)).map((item) => item.fixes);

  const allPhases = (input.roadmap?.phases ?? []).map((phase) => {
    const items = (input.roadmap?.items ?? []).filter((item) => item.phase === phase.title);
    const done = items.filter((item) => item.status === 'done');
    return { title: printable(phase.title), done: done.length, total: items.length, completed: done.map((item) => printable(withoutBareUrls(item.title))) };
  }).filter((phase) => phase.total > 0);
  const tier = (name: string, tierCoverage: Coverage['mustHave']) => ({
    name, score: tierCoverage.score, covered: tierCoverage.covered.length, total: tierCoverage.covered.length + tierCoverage.missing.length,
  });
  const basics = input.resume.basics;
  const contacts = [
    ...(basics?.email ? [{ text: basics.email, url: `mailto:${basics.email}` }] : []),
    ...(basics?.url && /^https?:\/\//i.test(basics.url) ? [{ text: basics.url, url: basics.url }] : []),
    ...(basics?.profiles ?? []).filter((profile) => profile.url && /^https?:\/\//i.test(profile.url))
      .map((profile) => ({ text: profile.url ?? '', url: profile.url ?? '' })),
  ].map((contact) => ({ text: printable(contact.text), url: contact.url }));
  return {
    ...(input.paper ? { paper: input.paper } : {}),
    name: printable(basics?.name ?? ''),
    ...(basics?.label ? { label: printable(basics.label) } : {}),
    ...(basics?.summary ? { summary: printable(basics.summary) } : {}),
    contacts,
    keywordSetTitle: keywordSet.title,
    ...(coverageStatement ? { coverageStatement } : {}),
    skills,
    projects,
    projectsNotShown,
    thinProjects,
    learning,
    score: coverage.score,
    tiers: [tier('Must-have', coverage.mustHave), tier('Good-to-have', coverage.goodToHave)],
    categories: [...categories.values()],
    gaps: gapsOf(input, categoryOf),
    readmeFixes,
    phases: allPhases.filter((phase) => phase.done > 0),
    notStartedPhases: allPhases.filter((phase) => phase.done === 0).map((phase) => phase.title),
    nextSteps: [...coverage.suggestions].sort((a, b) => b.weight - a.weight).slice(0, 5)
      .map((suggestion) => ({ title: printable(withoutBareUrls(suggestion.title)), covers: suggestion.covers.map((cover) => cover.term) })),
  };
}
