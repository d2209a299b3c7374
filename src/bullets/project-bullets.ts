import type { Bullet, BulletIssue, KeywordSet, PhraseBook, PhraseTemplate } from '../model/index.js';
import { evidenceLintContext, lintBullet, type BulletLintContext } from './bullet-lint.js';
import type { VerbPicker } from './verb-picker.js';
import type { EvidenceFacts } from './evidence-facts.js';
import { asSentence, fillPattern } from './fill-pattern.js';
import { mentions, type KeywordEntry } from './keyword-mentions.js';
import { joinList, type KeywordNamer } from './keyword-names.js';
import { asObject, headNoun, toAction } from './to-action.js';

/** Most tools named in one bullet: more reads as a list of keywords. */
const MAX_TOOLS = 2;
/** Most bullets an entry gets (the resume template may print fewer). */
const MAX_BULLETS = 4;
/** Steps that share more than this share of their content words with an earlier bullet say it again. */
const SAME_SAYING = 0.6;

export interface BulletContext {
  book: PhraseBook;
  verbs: VerbPicker;
  namer: KeywordNamer;
  properNouns: ReadonlySet<string>;
  keywordSet: KeywordSet;
  width?: BulletLintContext['width'];
}

/** What the engine could say about one entry: its bullets, or the question that would let it say something. */
export interface EntryBullets {
  bullets: Bullet[];
  /** Set when the evidence is too thin for an honest bullet: what the user should answer. */
  question?: string;
  /** Bullets the engine composed and the lint refused, with why (for the corpus and the web app). */
  refused: BulletIssue[];
}

export const THIN_EVIDENCE_QUESTION = 'What did you build, on what data, with what result?';

function contentWords(text: string): Set<string> {
  return new Set(text.toLowerCase().split(/[^\p{L}\d]+/u).filter((word) => word.length > 3));
}

function overlap(a: string, b: string): number {
  const left = contentWords(a);
  const right = contentWords(b);
  if (left.size === 0) return 0;
  return [...left].filter((word) => right.has(word)).length / left.size;
}

/** "in Python", "with pandas and scikit-learn", "in Python with scikit-learn": tools placed where they did something. */
function toolsPhrase(entries: readonly KeywordEntry[], namer: KeywordNamer): string | undefined {
  if (entries.length === 0) return undefined;
  const languages = entries.filter((entry) => entry.keyword.category === 'language').map((entry) => namer.name(entry.keyword));
  const others = entries.filter((entry) => entry.keyword.category !== 'language').map((entry) => namer.name(entry.keyword));
  return [languages.length > 0 ? `in ${joinList(languages)}` : '', others.length > 0 ? `with ${joinList(others)}` : ''].filter(Boolean).join(' ');
}

/** Tools the evidence used and no bullet of the entry has named yet, languages first, notebooks and platforms last. */
function freshTools(facts: EvidenceFacts, said: string, opening: boolean): KeywordEntry[] {
  const rank = (entry: KeywordEntry) => ['language', 'library', 'framework', 'cloud', 'data-standard', 'tool'].indexOf(entry.keyword.category);
  // A tool known only from GitHub's language count (a notebook format) is named only if it is a language.
  const fresh = facts.usedTools.filter((entry) => !mentions(said, entry.keyword) && (entry.keyword.category === 'language' || facts.statedTools.has(entry.keyword.term)));
  const useful = fresh.filter((entry) => entry.keyword.category !== 'tool');
  // A notebook or platform is worth naming only when the opening bullet has nothing else to name.
  return [...(useful.length > 0 || !opening ? useful : fresh)].sort((a, b) => rank(a) - rank(b) || a.rank - b.rank).slice(0, MAX_TOOLS);
}

/**
 * Put the tools where they did something: after the head of a noun phrase ("a command-line tool
 * in Python that computes ..."), else before a trailing clause ("..., so the nurse in charge ..."),
 * else at the end.
 */
function withTools(body: string, tools: string | undefined, nounPhrase: boolean): string {
  if (!tools) return body;
  if (nounPhrase) {
    const head = headNoun(body.replace(/^(?:a|an|the)\s+/i, ''));
    const offset = /^(?:a|an|the)\s+/i.exec(body)?.[0].length ?? 0;
    if (head) {
      const words = body.slice(offset).split(' ');
      const headWord = words[head.index] ?? '';
      if (/^[\p{L}\d-]+$/u.test(headWord) && /^(that|which|who|to|for)$/i.test(words[head.index + 1] ?? '')) {
        return `${body.slice(0, offset)}${[...words.slice(0, head.index + 1), tools, ...words.slice(head.index + 1)].join(' ')}`;
      }
    }
  }
  const clause = /,\s+(?:so|which|so that|because|while|where|built|followed|loaded|making)\b/.exec(body);
  return clause ? `${body.slice(0, clause.index)} ${tools}${body.slice(clause.index)}` : `${body} ${tools}`;
}

/** "... the UCI Heart Disease (Cleveland) dataset with ..." → "... dataset (303 patients) with ...": the size said where the data set is named. */
function withDatasetSize(body: string, facts: EvidenceFacts): string {
  const size = facts.dataset?.size;
  const anchor = facts.dataset?.name?.split(' ').pop();
  if (!size || body.includes(size) || !anchor) return body;
  // The name's own head word ("dataset", "Demo"), where it ends a name the body repeats.
  const head = new RegExp(`\\b${anchor.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b(?!\\s*\\()`, 'i').exec(body);
  return head ? `${body.slice(0, head.index + head[0].length)} (${size})${body.slice(head.index + head[0].length)}` : body;
}

const stripBrackets = (text: string) => text.replace(/\s*\([^()]*\)/g, '').replace(/\s+/g, ' ').trim();
const beforeColon = (text: string) => text.split(/:\s/)[0] ?? text;

interface Clause { text: string; templateId: string; verb?: string }

/** Statements that can open the entry: what the README's summary or the description says it is or did. */
function mainClauses(facts: EvidenceFacts, context: BulletContext): Clause[] {
  const { statements } = facts;
  const sources = [statements.summary[0], statements.description, statements.summary[1], ...statements.did.slice(0, 2)]
    .filter((sentence): sentence is string => Boolean(sentence));
  // A roadmap project is named by its title; the title alone is too thin, but with a note it is a statement.
  if (facts.evidence.kind !== 'repo' && statements.title && statements.summary.length > 0) sources.unshift(statements.title);
  const clauses: Clause[] = [];
  for (const sentence of sources) {
    const action = toAction(sentence);
    if (action) clauses.push({ text: action, templateId: 'statement' });
    const head = headNoun(sentence.replace(/^(?:a|an|the|this|my|our)\s+/i, ''));
    if (!head) continue;
    const template = [...context.book.templates].sort((a, b) => b.priority - a.priority)
      .find((candidate) => candidate.kinds.includes(facts.evidence.kind) && candidate.heads.includes(head.head)
        && (candidate.signals.length === 0 || candidate.signals.some((signal) => facts.text.toLowerCase().includes(signal))));
    if (template) clauses.push({ text: asObject(sentence, context.properNouns, template.article), templateId: template.id, verb: template.verbs });
  }
  return clauses;
}

function templateById(book: PhraseBook, id: string): PhraseTemplate | undefined {
  return [...book.templates, ...book.followUps].find((template) => template.id === id);
}

/**
 * Bullets for one project or repo, from its own statements: the opening statement (what it is, on
 * which data, with which tools, to what result), then the steps the README lists, a result no step
 * carried, and what the tests check. Every bullet passes the lint or is not written; with nothing
 * honest to say, the entry gets a question instead.
 */
export function projectBullets(facts: EvidenceFacts, context: BulletContext, names: readonly string[]): EntryBullets {
  const lintContext: BulletLintContext = {
    keywordSet: context.keywordSet,
    evidence: evidenceLintContext(facts, names),
    ...(context.width ? { width: context.width } : {}),
  };
  const refused: BulletIssue[] = [];
  const texts: Array<{ text: string; templateId: string }> = [];
  const said = () => texts.map((entry) => entry.text).join('\n');
  let resultUsed = false;
  const openers = new Set<string>();

  /** The first of the variants that passes the lint, or none. */
  const firstClean = (variants: Array<{ text: string; usesResult: boolean }>, templateId: string): boolean => {
    for (const variant of variants) {
      const text = asSentence(variant.text);
      const opener = (text.split(' ')[0] ?? '').toLowerCase();
      const issues = lintBullet(text, lintContext);
      if (issues.length > 0 || openers.has(opener)) {
        for (const issue of issues) if (!refused.some((seen) => seen.text === issue.text && seen.rule === issue.rule)) refused.push(issue);
        continue;
      }
      texts.push({ text, templateId });
      openers.add(opener);
      if (variant.usesResult) resultUsed = true;
      return true;
    }
    return false;
  };

  const compose = (template: PhraseTemplate, clause: string, verb: string | undefined, withResult: boolean) => {
    const variants: Array<{ text: string; usesResult: boolean }> = [];
    const nounPhrase = template.heads.length > 0;
    for (const plain of [...new Set([clause, stripBrackets(clause), beforeColon(stripBrackets(clause))])]) {
      const mentionsData = facts.dataset !== undefined && (
        (facts.dataset.size !== undefined && plain.includes(facts.dataset.size))
        || (facts.dataset.name !== undefined && overlap(facts.dataset.name, plain) >= 0.6));
      const data = mentionsData ? undefined : facts.dataset?.phrase;
      // A statement that names its own tools ("with pandas and seaborn") says how; adding more makes a list.
      const namesATool = facts.usedTools.some((entry) => mentions(plain, entry.keyword));
      // Steps say how in their own words; only the opening bullet adds the tools the entry used.
      const tools = namesATool || texts.length > 0 ? undefined : toolsPhrase(freshTools(facts, `${said()}\n${plain}`, true), context.namer);
      const result = withResult && facts.result && !plain.includes(facts.result.metric) ? facts.result.clause : undefined;
      for (const sized of [...new Set([mentionsData ? withDatasetSize(plain, facts) : plain, plain])]) {
        for (const parts of [{ tools, data, result }, { data, result }, { result }, { tools, data }, { data }, {}]) {
          const body = withTools(sized, parts.tools, nounPhrase);
          const values: Record<string, string | undefined> = { action: body, what: body, verb, data: parts.data, result: parts.result };
          variants.push({ text: fillPattern(template.pattern, values), usesResult: parts.result !== undefined });
        }
      }
    }
    return variants;
  };

  // 1. The opening bullet.
  for (const clause of mainClauses(facts, context)) {
    const template = templateById(context.book, clause.templateId);
    if (!template) continue;
    const verb = clause.verb ? context.verbs.pick(clause.verb, clause.text) : undefined;
    if (firstClean(compose(template, clause.text, verb, true), template.id)) break;
  }
  if (texts.length === 0) return { bullets: [], question: THIN_EVIDENCE_QUESTION, refused };

  // 2. Steps the README lists, each saying something the bullets above did not.
  const step = templateById(context.book, 'step');
  // The step the result belongs to (it shares words with the result's sentence) comes first, then
  // steps naming a tool, a method or a number, then the rest in the README's order.
  const steps = facts.statements.did
    .map((sentence, index) => ({ sentence, index, action: toAction(sentence) }))
    .filter((entry): entry is { sentence: string; index: number; action: string } => entry.action !== undefined)
    .map((entry) => ({ ...entry, result: facts.result ? overlap(facts.result.sentence, entry.action) : 0, named: facts.keywords.some((keyword) => mentions(entry.action, keyword.keyword)) || /\d/.test(entry.action) }))
    .sort((a, b) => Number(b.result > 0.15) - Number(a.result > 0.15) || Number(b.named) - Number(a.named) || a.index - b.index);
  for (const candidate of steps) {
    if (!step || texts.length >= MAX_BULLETS - 1) break;
    if (overlap(candidate.action, said()) > SAME_SAYING) continue;
    const carriesResult = facts.result !== undefined && !resultUsed && candidate.result > 0.15;
    firstClean(compose(step, candidate.action, undefined, carriesResult), step.id);
  }
  // Steps written as noun phrases ("Data cleaning of ... with pandas", "Explanations per patient with SHAP").
  const methodStep = templateById(context.book, 'method-step');
  for (const sentence of facts.statements.did) {
    if (!methodStep || texts.length >= MAX_BULLETS - 1 || toAction(sentence)) continue;
    const head = headNoun(sentence);
    if (!head || !methodStep.heads.includes(head.head)) continue;
    const what = asObject(sentence, context.properNouns, methodStep.article);
    if (overlap(what, said()) > SAME_SAYING) continue;
    firstClean(compose(methodStep, what, context.verbs.pick(methodStep.verbs, what), false), methodStep.id);
  }

  // 3. A result no bullet carried: the metric with where it was measured.
  const resultTemplate = templateById(context.book, 'result');
  if (facts.result && !resultUsed && resultTemplate && texts.length < MAX_BULLETS) {
    const verb = context.verbs.pick(resultTemplate.verbs);
    firstClean([{ text: fillPattern(resultTemplate.pattern, { verb, result: facts.result.clause }), usesResult: true }], resultTemplate.id);
  }

  // 4. What the tests check.
  const tested = templateById(context.book, 'tested');
  for (const sentence of facts.statements.tests) {
    if (!tested || texts.length >= MAX_BULLETS) break;
    const action = toAction(sentence);
    if (action && overlap(action, said()) <= SAME_SAYING) firstClean([{ text: action, usesResult: false }, { text: stripBrackets(action), usesResult: false }], tested.id);
  }

  const hasOutcome = resultUsed || texts.some((entry) => entry.templateId === 'tested');
  const placeholder = templateById(context.book, texts[0]?.templateId ?? '')?.placeholder ?? '[add result]';
  const bullets = texts.map(({ text, templateId }, index): Bullet => {
    const draft = index === 0 && !hasOutcome ? `${text.replace(/\.$/, '')}, ${placeholder}.` : text;
    return {
      evidenceId: facts.evidence.id,
      text,
      draft,
      placeholders: draft === text ? [] : [placeholder],
      templateId,
      verb: text.split(' ')[0] ?? '',
      keywords: facts.keywords.filter((entry) => mentions(text, entry.keyword)).map((entry) => entry.keyword.term),
      numbers: [...text.matchAll(/\d[\d,.]*%?/g)].map((match) => match[0].replace(/[.,]$/, '')),
      source: 'generated',
      accepted: false,
    };
  });
  return { bullets, refused };
}
