import type { Bullet, Coverage, Evidence, KeywordSet, PhraseBook, Repo, RoadfolioSettings, RoadmapItem } from '../model/index.js';
import { VerbPicker } from './choose-template.js';
import { groupCourses, type CourseGroup } from './course-groups.js';
import { factsOf, keywordsByEvidence, type EvidenceFacts } from './evidence-facts.js';
import { KeywordNamer } from './keyword-names.js';
import { keywordEntries, mentionedTerms } from './keyword-mentions.js';
import { applyOverride } from './overrides.js';
import { projectBullets } from './project-bullets.js';
import { cleanProjectTitle } from './subject.js';

export { groupCourses, type CourseGroup } from './course-groups.js';
export { mentionedTerms, mentions, keywordEntries } from './keyword-mentions.js';
export { findMetric, findDatasetSize } from './numbers.js';
export { KeywordNamer, joinList } from './keyword-names.js';

export interface BulletInput {
  evidence: readonly Evidence[];
  coverage: Coverage;
  keywordSet: KeywordSet;
  phraseBook: PhraseBook;
  /** The roadmap's items, so course rows keep their track and links (evidence ids are `roadmap:<line>`). */
  roadmapItems?: readonly RoadmapItem[];
  /** Snapshot repos, for stars (evidence ids are `repo:<owner>/<name>`). */
  repos?: readonly Repo[];
  settings?: Partial<RoadfolioSettings>;
  /**
   * Roadmap project evidence id → repo evidence id (matchProjectsToRepos). Without it, a project
   * is tied to a repo by the profile's links or a repo name holding every word of its title.
   */
  repoLinks?: Readonly<Record<string, string>>;
  /** Canonical terms a job description asks for: entries that show them move up. */
  jobTerms?: readonly string[];
}

/** A Projects-section entry: a repo or a done roadmap project, with its bullets. */
export interface ProjectEntry {
  evidenceId: string;
  /** The roadmap project a repo was linked to (meta.roadfolio.links or the same name). */
  linkedEvidenceIds: string[];
  kind: 'repo' | 'project';
  name: string;
  description?: string;
  url?: string;
  date?: string;
  bullets: Bullet[];
  /** Canonical terms this entry's evidence covers (project keywords in resume.json). */
  keywords: string[];
  /** The user wrote this entry's bullets: it shows only `keywords` (those their text names), not all its evidence has. */
  ownWords?: boolean;
}

export interface PlaceholderToFill { evidenceId: string; entry: string; placeholder: string; draft: string }

export interface BulletResult {
  projects: ProjectEntry[];
  courseGroups: CourseGroup[];
  placeholders: PlaceholderToFill[];
  /** Repos left off the Projects section, and why (build lists them). */
  leftOut: Array<{ evidenceId: string; name: string; reason: string }>;
}

export const roadmapEvidenceId = (item: RoadmapItem): string => `roadmap:${item.line}`;

function words(text: string): Set<string> {
  return new Set(text.toLowerCase().split(/[^a-z0-9]+/).filter((word) => word.length > 2 && !['the', 'and', 'for', 'with', 'project'].includes(word)));
}

/** The repo a roadmap project stands for: the user's explicit link, else a repo whose name holds every word of the title. */
function repoFor(project: Evidence, repos: readonly Evidence[], links: Record<string, string>): Evidence | undefined {
  const title = cleanProjectTitle(project.title);
  const linked = links[project.title] ?? links[title];
  if (linked) return repos.find((repo) => repo.id === `repo:${linked}`);
  const titleWords = words(title);
  if (titleWords.size === 0) return undefined;
  return repos.find((repo) => [...titleWords].every((word) => words(repo.title).has(word)));
}

/**
 * A repo with no README and no keyword (an empty notes repo, dotfiles) has nothing a bullet could
 * truthfully say; it is left out unless the user wrote bullets for it (and `build` lists it).
 */
function saysSomething(evidence: Evidence, terms: ReadonlyMap<string, ReadonlySet<string>>, linked: ReadonlyMap<string, string[]>, overrides: Record<string, { bullets?: string[] | undefined }>): boolean {
  if (overrides[evidence.id]?.bullets) return true;
  if ((terms.get(evidence.id)?.size ?? 0) > 0 || (linked.get(evidence.id)?.length ?? 0) > 0) return true;
  // A one-line description alone ("my shell config") is a label, not work to describe.
  return evidence.fields.some((field) => field.name === 'readme' && field.text.trim() !== '') || evidence.kind === 'project';
}

const ROMAN = /^(ii|iii|iv|vi|vii|viii|ix|xi|xii)$/i;

/**
 * Short words that are acronyms in a repo name ("churn-api", "heart-disease-eda", "ecg-notes"), and
 * names with their own spelling ("vscode" → "VS Code"). Only spelling: a word written here still
 * passes the same no-claim check as every other word.
 */
const ACRONYMS = new Set(['api', 'eda', 'ecg', 'ekg', 'eeg', 'sql', 'csv', 'etl', 'nlp', 'ml', 'ai', 'llm', 'cnn', 'rnn', 'mri', 'ct', 'icu',
  'ehr', 'emr', 'bi', 'ui', 'ux', 'cli', 'gpu', 'kpi', 'hr', 'ab', 'nhs', 'who', 'cdc', 'fda', 'usa', 'uk', 'eu', 'ocr', 'gis', 'iot', 'sdk',
  'pdf', 'json', 'xml', 'html', 'css', 'ci', 'cd', 'aws', 'gcp', 'dl', 'rl', 'gan', 'bert', 'gpt', 'roc', 'auc', 'svm', 'knn', 'pca', 'oop']);
const SPELLINGS: Record<string, string> = {
  vscode: 'VS Code', github: 'GitHub', gitlab: 'GitLab', javascript: 'JavaScript', typescript: 'TypeScript', mysql: 'MySQL',
  postgresql: 'PostgreSQL', postgres: 'Postgres', sqlite: 'SQLite', powerbi: 'Power BI', jupyterlab: 'JupyterLab', ios: 'iOS',
  macos: 'macOS', numpy: 'NumPy', pytorch: 'PyTorch', fastapi: 'FastAPI', mlflow: 'MLflow', xgboost: 'XGBoost', lightgbm: 'LightGBM',
  scikit: 'scikit', sklearn: 'sklearn', covid: 'COVID', covid19: 'COVID-19', mnist: 'MNIST', imdb: 'IMDb', chatgpt: 'ChatGPT', openai: 'OpenAI',
};

/**
 * "sepsis-early-warning" → "Sepsis Early Warning", "churn-api" → "Churn API", "vscode-kaggle-setup" →
 * "VS Code Kaggle Setup": words the keyword set writes in capitals keep its spelling, known acronyms
 * are capitals. Capitalising can make a claim ("go-tutorial" → "Go", "excel-macros" → "Excel"): when a
 * word would name a keyword its evidence does not back, the repo keeps the name as its owner wrote it.
 * Roadmap titles lose their "Project:" prefix and their note.
 */
function displayName(evidence: Evidence, spelling: ReadonlyMap<string, string>, keywordSet: KeywordSet, termsHere: ReadonlySet<string>): string {
  if (evidence.kind !== 'repo') return cleanProjectTitle(evidence.title);
  // A respelling of the owner's own word ("vscode" → "VS Code") names what they named.
  const respelled = evidence.title.split(/[-_\s]+/).map((word) => SPELLINGS[word.toLowerCase()] ?? word).join(' ');
  const asWritten = new Set(mentionedTerms(respelled, keywordSet));
  const backed = (cased: string) => mentionedTerms(cased, keywordSet).every((term) => asWritten.has(term) || termsHere.has(term));
  const words = evidence.title.split(/[-_\s]+/).filter(Boolean).map((word) => {
    const lower = word.toLowerCase();
    if (/[A-Z]/.test(word)) return word; // the owner chose a spelling: keep it
    return spelling.get(lower) ?? SPELLINGS[lower] ?? (ACRONYMS.has(lower) || ROMAN.test(word) ? word.toUpperCase() : (word[0]?.toUpperCase() ?? '') + word.slice(1));
  });
  const name = words.join(' ');
  return backed(name) ? name : evidence.title;
}

/** Single-word terms, aliases and acronyms with a capital past the first letter: EDA, SQL, MIMIC, PyTorch. */
function spellingOf(keywordSet: KeywordSet): Map<string, string> {
  const forms = keywordEntries(keywordSet).flatMap(({ keyword }) => [keyword.term, ...keyword.aliases, ...(keyword.acronym ? [keyword.acronym] : [])]);
  return new Map(forms.filter((form) => /^[\p{L}\d]+$/u.test(form) && /^.+[A-Z]/u.test(form)).map((form) => [form.toLowerCase(), form]));
}

/**
 * Resume bullets from evidence, the pipeline in a row: facts per evidence (covered keywords,
 * numbers) → order the entries → choose and fill phrase templates (verbs not repeated in the
 * section, acronyms spelled out on first use) → apply the user's overrides → group courses.
 * Pure and deterministic: the same input gives the same bullets.
 */
export function generateBullets(input: BulletInput): BulletResult {
  const overrides = input.settings?.overrides ?? {};
  const termsByEvidence = keywordsByEvidence(input.coverage);
  const spelling = spellingOf(input.keywordSet);
  const nameOf = (evidence: Evidence) => displayName(evidence, spelling, input.keywordSet, termsByEvidence.get(evidence.id) ?? new Set());
  const starsById = new Map((input.repos ?? []).map((repo) => [`repo:${repo.fullName}`, repo.stars]));
  const itemsById = new Map((input.roadmapItems ?? []).map((item) => [roadmapEvidenceId(item), item]));
  // Profile entries (the user's own jobs and projects) keep the user's own words: no generated bullets.
  const visible = input.evidence.filter((evidence) => !overrides[evidence.id]?.hide && evidence.source.type !== 'profile');
  const facts = (evidence: Evidence): EvidenceFacts =>
    factsOf(evidence, termsByEvidence.get(evidence.id) ?? new Set(), input.keywordSet, starsById.get(evidence.id));

  // A private repo's link leads a recruiter nowhere, and "published" would be false: it stays off
  // the resume until the user names it in an override.
  const privateIds = new Set((input.repos ?? []).filter((repo) => repo.private).map((repo) => `repo:${repo.fullName}`));
  const repos = visible.filter((evidence) => evidence.kind === 'repo' && (!privateIds.has(evidence.id) || overrides[evidence.id] !== undefined));
  const linked = new Map<string, string[]>();
  const standaloneProjects = visible.filter((evidence) => {
    if (evidence.kind !== 'project') return false;
    const linkedId = input.repoLinks?.[evidence.id];
    const repo = input.repoLinks ? repos.find((candidate) => candidate.id === linkedId) : repoFor(evidence, repos, input.settings?.links ?? {});
    if (!repo) return true;
    linked.set(repo.id, [...(linked.get(repo.id) ?? []), evidence.id]);
    return false;
  });

  const jobTerms = new Set(input.jobTerms ?? []);
  const [speaking, silent] = partition([...repos, ...standaloneProjects], (evidence) => saysSomething(evidence, termsByEvidence, linked, overrides));
  const leftOut = silent.map((evidence) => ({ evidenceId: evidence.id, name: nameOf(evidence), reason: 'no README and no keyword: nothing true to say; write bullets for it under meta.roadfolio.overrides' }));
  const candidates = speaking.map((evidence) => {
    const own = facts(evidence);
    const extra = (linked.get(evidence.id) ?? []).flatMap((id) => [...(termsByEvidence.get(id) ?? [])]);
    const keywords = [...new Set([...own.keywords.map((entry) => entry.keyword.term), ...extra])];
    return { evidence, facts: own, keywords, jobMatches: keywords.filter((term) => jobTerms.has(term)).length };
  });
  candidates.sort((a, b) =>
    (overrides[a.evidence.id]?.order ?? Infinity) - (overrides[b.evidence.id]?.order ?? Infinity) ||
    b.jobMatches - a.jobMatches ||
    b.keywords.length - a.keywords.length ||
    (starsById.get(b.evidence.id) ?? 0) - (starsById.get(a.evidence.id) ?? 0) ||
    nameOf(a.evidence).localeCompare(nameOf(b.evidence), 'en'));

  // Capitalised keyword names (Streamlit, Python) stay capitalised at the start of a description.
  const properNouns = new Set(keywordEntries(input.keywordSet).flatMap(({ keyword }) => [keyword.term, ...keyword.aliases])
    .filter((name) => /^[A-Z]/.test(name) && !name.includes(' ')));
  const context = { book: input.phraseBook, verbs: new VerbPicker(input.phraseBook), namer: new KeywordNamer(), properNouns };
  const projects: ProjectEntry[] = candidates.map(({ evidence, facts: own, keywords }) => {
    const generated = projectBullets(own, context, nameOf(evidence));
    const override = overrides[evidence.id];
    const bullets = applyOverride(evidence.id, generated, override, input.keywordSet);
    // The user's own words replace ours: the entry then claims only what those words name.
    const claimed = override?.bullets ? [...new Set(bullets.flatMap((bullet) => bullet.keywords))] : keywords;
    // Bullets naming what the posting asks for come first; the sort is stable, so ties keep the
    // template order. A list the user wrote or ordered is printed in their order: a posting never
    // re-sorts it behind their back (the web app offers "order by this posting" as an action).
    const ordered = jobTerms.size === 0 || override?.bullets ? bullets
      : [...bullets].sort((a, b) => b.keywords.filter((t) => jobTerms.has(t)).length - a.keywords.filter((t) => jobTerms.has(t)).length);
    const url = evidence.links[0]?.url;
    const description = evidence.fields.find((field) => field.name === 'description')?.text;
    return {
      evidenceId: evidence.id,
      linkedEvidenceIds: linked.get(evidence.id) ?? [],
      kind: evidence.kind === 'repo' ? 'repo' : 'project',
      name: nameOf(evidence),
      ...(description ? { description } : {}),
      ...(url ? { url } : {}),
      ...(evidence.date ? { date: evidence.date } : {}),
      bullets: ordered,
      keywords: claimed,
      ...(override?.bullets ? { ownWords: true } : {}),
    };
  });

  const courses = visible.filter((evidence) => evidence.source.type === 'roadmap' && (evidence.kind === 'course' || evidence.kind === 'item'));
  const courseGroups = groupCourses(courses, itemsById);

  const placeholders = projects.flatMap((entry) => entry.bullets.flatMap((bullet) =>
    bullet.placeholders.map((placeholder) => ({ evidenceId: bullet.evidenceId, entry: entry.name, placeholder, draft: bullet.draft }))));
  return { projects, courseGroups, placeholders, leftOut };
}

function partition<T>(items: readonly T[], keep: (item: T) => boolean): [T[], T[]] {
  return [items.filter(keep), items.filter((item) => !keep(item))];
}
