import type { Bullet, BulletIssue, Coverage, Evidence, KeywordSet, PhraseBook, Repo, RoadfolioSettings, RoadmapItem } from '../model/index.js';
import { readmeChecklist } from '../readme/checklist.js';
import { evidenceLintContext, lintEntry, type BulletLintContext } from './bullet-lint.js';
import { VerbPicker } from './verb-picker.js';
import { groupCourses, providerOf, type CourseGroup } from './course-groups.js';
import { factsOf, keywordsByEvidence, type EvidenceFacts } from './evidence-facts.js';
import { KeywordNamer } from './keyword-names.js';
import { keywordEntries, mentionedTerms, mentions } from './keyword-mentions.js';
import { applyOverride } from './overrides.js';
import { projectBullets, THIN_EVIDENCE_QUESTION } from './project-bullets.js';
import { substanceOf, type Substance } from './project-rank.js';
import { isSetupItem } from './setup-items.js';
import { isCourseContext } from './statements.js';
import { cleanProjectTitle } from './subject.js';


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
   * Roadmap project evidence id → repo evidence id, from matchProjectsToRepos (which also reads the
   * profile's links); src/portfolio's prepare() makes it. Without it, no project is tied to a repo.
   */
  repoLinks?: Readonly<Record<string, string>>;
  /** Canonical terms a job description asks for: entries that show them move up. */
  jobTerms?: readonly string[];
  /** The resume template's bullet width: no bullet takes more than two lines of it. */
  width?: BulletLintContext['width'];
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
  /** What it has to show: entries are ranked by it, and a template's project limit cuts the weakest. */
  substance: Substance;
}

/**
 * A place the user should fill: a result the evidence does not state (`placeholder` "[add result]"
 * in `draft`), or an entry too thin for any bullet (`question`, and no draft).
 */
export interface PlaceholderToFill { evidenceId: string; entry: string; placeholder: string; draft: string; question?: string }

/** An in-progress roadmap item, for the labelled "Currently learning" line. */
export interface LearningItem { evidenceId: string; name: string; provider?: string; line: number }

export interface BulletResult {
  projects: ProjectEntry[];
  courseGroups: CourseGroup[];
  placeholders: PlaceholderToFill[];
  /** Repos left off the Projects section, and why (build lists them). */
  leftOut: Array<{ evidenceId: string; name: string; reason: string }>;
  /** In-progress roadmap items: never Skills, Coursework or covered keywords; a labelled line at most. */
  learning: LearningItem[];
  /** Keyword terms the in-progress items name (Skills leave them out: the user says they are still learning them). */
  learningTerms: string[];
  /** Printed bullets that break a lint rule (only the user's own words can: ours are refused). */
  lint: Array<{ evidenceId: string; entry: string; issue: BulletIssue }>;
  /** Keyword terms the evidence uses as data sets (a data set's name, or "from PhysioNet" in a Data section): not skills. */
  datasetTerms: string[];
  /** Per evidence id, the tools its own statements say were used: the only tools Skills may list. */
  toolsUsed: Record<string, string[]>;
}

export const roadmapEvidenceId = (item: RoadmapItem): string => `roadmap:${item.line}`;

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


/** A README title worth printing as the entry's name: not the slug again, short, and claiming no keyword the evidence lacks. */
function readmeTitle(facts: EvidenceFacts, slugName: string, keywordSet: KeywordSet, termsHere: ReadonlySet<string>): string | undefined {
  const title = facts.statements.title?.replace(/\s+/g, ' ').trim();
  if (!title || facts.evidence.kind !== 'repo' || title.length > 50) return undefined;
  const squash = (text: string) => text.toLowerCase().replace(/[^a-z0-9]+/g, '');
  if (squash(title) === squash(facts.evidence.title) || squash(title) === squash(slugName)) return undefined;
  return mentionedTerms(title, keywordSet).every((term) => termsHere.has(term)) ? title : undefined;
}

/** The repo a done roadmap row links to (a course row can be a project that lives in a repo). */
function linkedRepoId(evidence: Evidence, repos: readonly Evidence[]): string | undefined {
  const urls = new Set(evidence.links.map((link) => link.url.replace(/\/+$/, '').toLowerCase()));
  return repos.find((repo) => repo.links.some((link) => urls.has(link.url.replace(/\/+$/, '').toLowerCase())))?.id;
}

/** Dates as sortable numbers: 0 (oldest) to 1 (newest) among the entries. */
function recencyOf(dates: ReadonlyArray<string | undefined>): (date: string | undefined) => number {
  const known = dates.filter((date): date is string => Boolean(date)).sort();
  return (date) => (date && known.length > 1 ? known.indexOf(date) / (known.length - 1) : 0);
}

/**
 * Resume bullets from evidence, the pipeline in a row: facts per evidence (its statements, the
 * tools it used, its data set and result) → leave out set-up items and say so → bullets from the
 * evidence's own statements, each passing the bullet lint (thin evidence gets a question instead)
 * → apply the user's overrides → rank the entries by substance → group courses, list what is in
 * progress. Pure and deterministic: the same input gives the same bullets.
 */
/** Projects past a template's limit: the weakest by substance, and what they lack (build and the web app list them). */
export function projectsPastLimit(projects: readonly ProjectEntry[], maxProjects: number): BulletResult['leftOut'] {
  return projects.slice(maxProjects).map((entry) => ({
    evidenceId: entry.evidenceId,
    name: entry.name,
    reason: `past the template's limit of ${maxProjects} projects (substance ${entry.substance.score}${entry.substance.lacks.length > 0 ? `: ${entry.substance.lacks.join(', ')}` : ''})`,
  }));
}

export function generateBullets(input: BulletInput): BulletResult {
  const overrides = input.settings?.overrides ?? {};
  const termsByEvidence = keywordsByEvidence(input.coverage);
  const spelling = spellingOf(input.keywordSet);
  const repoById = new Map((input.repos ?? []).map((repo) => [`repo:${repo.fullName}`, repo]));
  const itemsById = new Map((input.roadmapItems ?? []).map((item) => [roadmapEvidenceId(item), item]));
  // Profile entries (the user's own jobs and projects) keep the user's own words: no generated bullets.
  const visible = input.evidence.filter((evidence) => !overrides[evidence.id]?.hide && evidence.source.type !== 'profile');
  const factsById = new Map(visible.map((evidence) => [evidence.id, factsOf(evidence, termsByEvidence.get(evidence.id) ?? new Set(), input.keywordSet)]));
  const facts = (evidence: Evidence): EvidenceFacts => factsById.get(evidence.id)!;
  const slugName = (evidence: Evidence) => displayName(evidence, spelling, input.keywordSet, termsByEvidence.get(evidence.id) ?? new Set());
  const nameOf = (evidence: Evidence) => readmeTitle(facts(evidence), slugName(evidence), input.keywordSet, termsByEvidence.get(evidence.id) ?? new Set()) ?? slugName(evidence);
  const leftOut: BulletResult['leftOut'] = [];

  // Set-up and tooling (an editor, an environment, an account) is never a project or a course.
  const setup = new Set(visible.filter((evidence) => !overrides[evidence.id]?.bullets && isSetupItem(evidence, facts(evidence).statements)).map((evidence) => evidence.id));
  for (const evidence of visible.filter((candidate) => setup.has(candidate.id))) {
    leftOut.push({ evidenceId: evidence.id, name: nameOf(evidence), reason: 'set-up (editor, environment, accounts): not a project or a course' });
  }

  // A private repo's link leads a recruiter nowhere, and "published" would be false: it stays off
  // the resume until the user names it in an override.
  const privateIds = new Set((input.repos ?? []).filter((repo) => repo.private).map((repo) => `repo:${repo.fullName}`));
  const repos = visible.filter((evidence) => evidence.kind === 'repo' && !setup.has(evidence.id) && (!privateIds.has(evidence.id) || overrides[evidence.id] !== undefined));
  const linked = new Map<string, string[]>();
  const link = (repoId: string, evidenceId: string) => linked.set(repoId, [...(linked.get(repoId) ?? []), evidenceId]);
  const standaloneProjects = visible.filter((evidence) => {
    if (evidence.kind !== 'project' || setup.has(evidence.id)) return false;
    const repoId = input.repoLinks?.[evidence.id] ?? linkedRepoId(evidence, repos);
    if (!repoId || !repos.some((repo) => repo.id === repoId)) return true;
    link(repoId, evidence.id);
    return false;
  });
  // A done course row that links to one of the user's repos is that project, not a course.
  const courseRows = visible.filter((evidence) => evidence.source.type === 'roadmap' && (evidence.kind === 'course' || evidence.kind === 'item') && !setup.has(evidence.id));
  const courses = courseRows.filter((evidence) => {
    const repoId = linkedRepoId(evidence, repos);
    if (repoId) link(repoId, evidence.id);
    return !repoId;
  });

  const jobTerms = new Set(input.jobTerms ?? []);
  const [speaking, silent] = partition([...repos, ...standaloneProjects], (evidence) => saysSomething(evidence, termsByEvidence, linked, overrides));
  const placeholders: PlaceholderToFill[] = [];
  for (const evidence of silent) {
    placeholders.push({ evidenceId: evidence.id, entry: nameOf(evidence), placeholder: '', draft: '', question: THIN_EVIDENCE_QUESTION });
  }

  // Capitalised keyword names (Streamlit, Python) stay capitalised at the start of a description.
  const properNouns = new Set(keywordEntries(input.keywordSet).flatMap(({ keyword }) => [keyword.term, ...keyword.aliases])
    .filter((name) => /^[A-Z]/.test(name) && !name.includes(' ')));
  const context = { book: input.phraseBook, verbs: new VerbPicker(input.phraseBook), namer: new KeywordNamer(), properNouns, keywordSet: input.keywordSet, ...(input.width ? { width: input.width } : {}) };
  const recency = recencyOf(speaking.map((evidence) => evidence.date));
  const lint: BulletResult['lint'] = [];

  const entries = speaking.flatMap((evidence) => {
    const own = facts(evidence);
    const linkedIds = linked.get(evidence.id) ?? [];
    const extra = linkedIds.flatMap((id) => [...(termsByEvidence.get(id) ?? [])]);
    const keywords = [...new Set([...own.keywords.map((entry) => entry.keyword.term), ...extra])];
    const name = nameOf(evidence);
    const override = overrides[evidence.id];
    const generated = projectBullets(own, context, [evidence.title, name, slugName(evidence)]);
    if (generated.bullets.length === 0 && !override?.bullets) {
      placeholders.push({ evidenceId: evidence.id, entry: name, placeholder: '', draft: '', question: generated.question ?? THIN_EVIDENCE_QUESTION });
      return [];
    }
    const bullets = applyOverride(evidence.id, generated.bullets, override, input.keywordSet);
    // The user's own words replace ours: the entry then claims only what those words name, and the lint tells them what it sees.
    const claimed = override?.bullets ? [...new Set(bullets.flatMap((bullet) => bullet.keywords))] : keywords;
    if (override?.bullets) {
      const lintContext = { keywordSet: input.keywordSet, ...(input.width ? { width: input.width } : {}) };
      for (const issue of lintEntry(bullets.map((bullet) => bullet.text), lintContext)) lint.push({ evidenceId: evidence.id, entry: name, issue });
    }
    const jobMatches = keywords.filter((term) => jobTerms.has(term)).length;
    const repo = repoById.get(evidence.id);
    const substance = substanceOf({
      facts: own,
      bullets: bullets.length,
      ...(repo?.readme ? { checklist: readmeChecklist(repo.readme.text, { license: repo.license }) } : {}),
      jobMatches,
      recency: recency(evidence.date),
      stars: repo?.stars ?? 0,
      exercises: [own.statements.summary[0] ?? '', own.statements.description ?? ''].some((sentence) => sentence !== '' && isCourseContext(sentence)),
    });
    // Bullets naming what the posting asks for come first; the sort is stable, so ties keep the
    // engine's order. A list the user wrote or ordered is printed in their order: a posting never
    // re-sorts it behind their back (the web app offers "order by this posting" as an action).
    const ordered = jobTerms.size === 0 || override?.bullets ? bullets
      : [...bullets].sort((a, b) => b.keywords.filter((t) => jobTerms.has(t)).length - a.keywords.filter((t) => jobTerms.has(t)).length);
    const url = evidence.links[0]?.url;
    const description = evidence.fields.find((field) => field.name === 'description')?.text;
    const entry: ProjectEntry = {
      evidenceId: evidence.id,
      linkedEvidenceIds: linkedIds,
      kind: evidence.kind === 'repo' ? 'repo' : 'project',
      name,
      ...(description ? { description } : {}),
      ...(url ? { url } : {}),
      ...(evidence.date ? { date: evidence.date } : {}),
      bullets: ordered,
      keywords: claimed,
      ...(override?.bullets ? { ownWords: true } : {}),
      substance,
    };
    return [entry];
  });
  const projects = entries.sort((a, b) =>
    (overrides[a.evidenceId]?.order ?? Infinity) - (overrides[b.evidenceId]?.order ?? Infinity) ||
    b.substance.score - a.substance.score ||
    a.name.localeCompare(b.name, 'en'));

  const courseGroups = groupCourses(courses, itemsById);
  placeholders.push(...projects.flatMap((entry) => entry.bullets.flatMap((bullet) =>
    bullet.placeholders.map((placeholder) => ({ evidenceId: bullet.evidenceId, entry: entry.name, placeholder, draft: bullet.draft })))));

  // What the roadmap says is still being learned: named as such, never as a skill.
  const learningItems = (input.roadmapItems ?? []).filter((item) => item.status === 'in_progress' && !overrides[roadmapEvidenceId(item)]?.hide);
  const learning = learningItems.flatMap((item): LearningItem[] => {
    const evidence: Evidence = { id: roadmapEvidenceId(item), kind: item.kind, title: item.title, fields: [{ name: 'title', text: item.title }], links: item.links, source: { type: 'roadmap', ref: `roadmap:${item.line}` } };
    if (isSetupItem(evidence)) return [];
    const provider = providerOf(evidence, item);
    return [{ evidenceId: evidence.id, name: item.kind === 'project' ? cleanProjectTitle(item.title) : item.title, ...(provider ? { provider } : {}), line: item.line }];
  });
  const learningTerms = keywordEntries(input.keywordSet)
    .filter((entry) => learningItems.some((item) => mentions(item.title, entry.keyword)))
    .map((entry) => entry.keyword.term);
  // Data sets are named in the bullet that used them, never listed as a skill.
  const dataSentences = [...factsById.values()].flatMap((own) => [own.dataset?.name ?? '', ...own.statements.data.flatMap((sentence) =>
    [...sentence.matchAll(/\b(?:from|on|via|at)\s+(?:the\s+)?([\p{Lu}][\p{L}\d-]*(?:\s+[\p{Lu}\d][\p{L}\d-]*){0,3})/gu)].map((match) => match[1] ?? ''))]);
  const datasetTerms = keywordEntries(input.keywordSet)
    .filter((entry) => entry.keyword.category === 'domain' || entry.keyword.category === 'data-standard')
    .filter((entry) => dataSentences.some((text) => text !== '' && mentions(text, entry.keyword)))
    .map((entry) => entry.keyword.term);
  const toolsUsed = Object.fromEntries([...factsById.entries()].map(([id, own]) => [id, own.usedTools.map((entry) => entry.keyword.term)]));
  return { projects, courseGroups, placeholders, leftOut, learning, learningTerms, lint, datasetTerms, toolsUsed };
}

function partition<T>(items: readonly T[], keep: (item: T) => boolean): [T[], T[]] {
  return [items.filter(keep), items.filter((item) => !keep(item))];
}
