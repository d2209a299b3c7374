import type { BulletIssue, KeywordSet } from '../model/index.js';
import { TOOL_CATEGORIES, type EvidenceFacts } from './evidence-facts.js';
import { keywordEntries, mentionSpans } from './keyword-mentions.js';
import { findMetric } from './numbers.js';
import { wrappedLines } from './text-width.js';

/**
 * What the lint may know besides the bullet's text. Every part is optional: the text rules
 * (filler, keyword lists, verbs, length) run on anyone's bullets; the evidence rules (numbers,
 * tools, names, metric context) run where the evidence behind the bullet is known.
 */
export interface BulletLintContext {
  keywordSet?: KeywordSet;
  evidence?: {
    /** Everything the evidence says: a number in a bullet must stand in it. */
    text: string;
    /** Canonical terms of the tools the evidence says were used. */
    usedTools: readonly string[];
    /** Evaluation contexts the evidence states ("on the 61-patient test split"). */
    metricContexts: readonly string[];
    /** The data set's size as the evidence states it ("100 patients"). */
    datasetSize?: string;
    /** The repo slug and the entry's printed name. */
    names: readonly string[];
    /** The evidence has a real statement of what it is (a README summary or description), so its name is no object. */
    hasStatement: boolean;
  };
  /** The resume template's bullet width: a bullet may take two lines at most. */
  width?: { fontSize: number; lineWidth: number };
}

export const MAX_BULLET_LINES = 2;

const STOP = new Set(['a', 'an', 'the', 'and', 'or', 'of', 'on', 'in', 'with', 'using', 'for', 'to', 'by', 'from', 'at', 'as', 'via', 'into',
  'achieving', 'reaching', 'including', 'its', 'their', 'his', 'her', 'across', 'over', 'per']);

function contentTokens(text: string): Array<{ word: string; start: number; end: number }> {
  return [...text.matchAll(/[\p{L}\d][\p{L}\d+#.'’-]*/gu)]
    .map((match) => ({ word: match[0].replace(/[.'’-]+$/, ''), start: match.index, end: match.index + match[0].length }))
    .filter((token, index) => index > 0 && !STOP.has(token.word.toLowerCase()) && !/^\d[\d,.]*%?$/.test(token.word));
}

/** "Applied Data Visualization, AUC-ROC and Logistic Regression on 303 patients": keyword names dressed as a sentence. */
function keywordList(text: string, keywordSet: KeywordSet): string | undefined {
  const spans = keywordEntries(keywordSet).flatMap((entry) => mentionSpans(text, entry.keyword).map((span) => ({ span, term: entry.keyword.term })));
  if (spans.length === 0) return undefined;
  const tokens = contentTokens(text);
  const inKeyword = tokens.filter((token) => spans.some(({ span }) => token.start >= span[0] && token.end <= span[1]));
  const terms = new Set(spans.map((entry) => entry.term));
  // Three or more keywords with fewer than four words of the author's own around them is a list.
  const ownWords = tokens.length - inKeyword.length;
  if (terms.size >= 3 && tokens.length > 0 && (ownWords < 4 || inKeyword.length / tokens.length >= 0.7)) {
    return `${inKeyword.length} of its ${tokens.length} content words are keyword names (${[...terms].join(', ')}): say what was done with them`;
  }
  // "using Python, scikit-learn, Jupyter and Kaggle": four or more names in a row is a list, whatever surrounds it.
  const sorted = [...spans].sort((a, b) => a.span[0] - b.span[0]);
  let run = 1;
  for (let index = 1; index < sorted.length; index++) {
    const gap = text.slice(sorted[index - 1]!.span[1], sorted[index]!.span[0]);
    run = /^\s*(,|and|,\s*and|&)\s*$/.test(gap) && sorted[index]!.term !== sorted[index - 1]!.term ? run + 1 : 1;
    if (run >= 4) return 'names four or more keywords in a row: keep the ones that did something, where they did it';
  }
  return undefined;
}

const PUBLISH = /\b(published|shared|open[- ]sourced|uploaded|pushed|posted|released|made available)\b[^.]{0,40}\b(code|repo|repository|notebooks?|project|work)\b/i;
const STARS = /\b\d+\s+(stars?|forks?|watchers?)\b|\bstarred\b|\bforked\b|\bon GitHub \(/i;

const WORK_VERBS = /^(processed|analy[sz]ed|cleaned|handled|curated|prepared|wrangled|managed|reviewed|studied|examined|treated|screened|assessed|evaluated|used|collected|queried|explored)$/i;
const DATA_NOUN = /^(patients?|records?|rows?|images?|scans?|samples?|stays?|notes?|admissions?|encounters?|cases?|participants?|subjects?|visits?|x-rays?|ecgs?|recordings?|assessments?|entries|observations?|people|users?)\b/i;

/** "Processed 100 patients": a data set's size told as work done. */
function datasetSizeAsWork(text: string): boolean {
  for (const match of text.matchAll(/\b([A-Za-z]+)\s+(?:the\s+|all\s+|over\s+|more than\s+|nearly\s+|about\s+)?(\d[\d,.]*\s?[kKM]?)\s+((?:[\p{L}-]+\s){0,2}?[\p{L}-]+)/gu)) {
    if (WORK_VERBS.test(match[1] ?? '') && DATA_NOUN.test((match[3] ?? '').split(/\s+/).pop() ?? '')) return true;
  }
  return false;
}

const NUMBER = /(?<![\p{L}\d.,\-–])(\d[\d,]*(?:\.\d+)?\s?%?|\.\d+)(?![\p{L}\d])/gu;
const METRIC_WORD = /\b(auc|auroc|auprc|roc|accuracy|f1|precision|recall|sensitivity|specificity|dice|iou|rmse|mae|mape|r2|r²|c-index|kappa|ppv|npv|map|score|error|loss)\b/i;
const NOT_A_UNIT = /^(and|or|to|on|in|at|with|for|the|a|an|of|by|from|than|vs)$/i;

/** Numbers in a bullet must say what they measure and stand in the evidence. */
function unmeasuredNumbers(text: string, evidenceText: string | undefined): string[] {
  const problems: string[] = [];
  for (const match of text.matchAll(NUMBER)) {
    const number = (match[1] ?? '').trim();
    const digits = number.replace(/\s/g, '');
    if (/^(19|20)\d\d$/.test(digits)) continue; // a year
    // "chapters 1–10", "week 3", "version 2": a label, not a quantity.
    if (/\b(chapters?|lessons?|weeks?|modules?|parts?|steps?|version|v|levels?|stages?|phases?|sections?|days?)\s*$/i.test(text.slice(0, match.index))) continue;
    if (evidenceText !== undefined && !evidenceText.includes(digits.replace(/%$/, ''))) {
      problems.push(`${number} does not stand in the evidence`);
      continue;
    }
    const after = text.slice((match.index ?? 0) + match[0].length).replace(/^\+/, '').trimStart();
    const nextWord = /^[\p{L}][\p{L}-]*/u.exec(after)?.[0] ?? '';
    const before = text.slice(Math.max(0, (match.index ?? 0) - 40), match.index);
    // The end of a range takes the unit of its start: "from 6 hours to 2", "10 days to 3".
    const rangeEnd = /\d[\d.,]*\s*%?\s*[\p{L}]+\s+(to|down to|up to)\s*$/u.test(before);
    const measuredBefore = rangeEnd || METRIC_WORD.test(before.split(/[,;]/).pop() ?? '');
    const unitAfter = nextWord !== '' && !NOT_A_UNIT.test(nextWord) || /^[-–/]/.test(after) || digits.endsWith('%') && nextWord !== '';
    if (!measuredBefore && !unitAfter) problems.push(`${number} does not say what it measures`);
  }
  return problems;
}

const EVAL_CONTEXT = /\b(test|validation|held[- ]out|hold[- ]out|cross[- ]validat\w*|split|folds?|external|unseen)\b/i;

/** A mention of a course platform that names a course ("Kaggle Learn Python course") claims no use of the platform. */
function namesACourse(text: string, start: number, end: number): boolean {
  return /^\s*(learn|\S+\s+course|course|courses|specialization|certificate|exercises|notebooks?\s+course)\b/i.test(text.slice(end, end + 30))
    || /\b(course|courses|exercises)\s+(on|of|from)\s*$/i.test(text.slice(Math.max(0, start - 25), start));
}

/** The rules one bullet breaks, given what is known about its evidence. */
export function lintBullet(text: string, context: BulletLintContext = {}): BulletIssue[] {
  const issues: BulletIssue[] = [];
  const add = (rule: BulletIssue['rule'], message: string) => issues.push({ rule, text, message });
  const { keywordSet, evidence, width } = context;

  if (keywordSet) {
    const list = keywordList(text, keywordSet);
    if (list) add('keyword-list', list);
  }
  if (PUBLISH.test(text) || STARS.test(text)) add('publish-filler', 'publishing, stars or forks say nothing about the work: star counts belong in the portfolio (10 or more)');
  if (datasetSizeAsWork(text)) add('dataset-size-as-work', 'a data set\'s size told as work done: say "on the 100-patient ... data set", not "processed 100 patients"');
  for (const problem of unmeasuredNumbers(text, evidence?.text)) add('unmeasured-number', problem);
  if (evidence && evidence.metricContexts.length > 0 && findMetric(text) && !EVAL_CONTEXT.test(text)) {
    add('metric-without-context', `the metric needs the evaluation it came from, as the evidence says: "${evidence.metricContexts[0]}"`);
  }
  if (keywordSet && evidence) {
    for (const entry of keywordEntries(keywordSet)) {
      if (!TOOL_CATEGORIES.has(entry.keyword.category) || evidence.usedTools.includes(entry.keyword.term)) continue;
      const spans = mentionSpans(text, entry.keyword).filter(([start, end]) => !namesACourse(text, start, end));
      if (spans.length > 0) add('tool-not-used', `"${entry.keyword.term}" is not something the evidence says was used (a link's host, a course platform or a column label is not use)`);
    }
  }
  if (evidence) {
    const slug = evidence.names.find((name) => /[-_]/.test(name) && !/\s/.test(name) && text.includes(name));
    const afterVerb = text.replace(/^\S+\s+/, '').replace(/^(the|a|an)\s+/i, '').toLowerCase();
    // The name alone is the object ("Built Braden Score Checker, which ...", "the Pima Diabetes Cleaning project"),
    // not a description that starts with the same word ("a readmission classifier").
    const title = evidence.names.find((name) => name.length > 0 && afterVerb.startsWith(name.toLowerCase())
      && /^(\s*$|[,.;:]|\s+(project|repo|repository|notebook|using|with|in|which|that|to)\b)/.test(afterVerb.slice(name.length)));
    if (slug) add('name-as-object', `the repo slug "${slug}" is no description of the work`);
    else if (title && evidence.hasStatement) add('name-as-object', `the project's own name "${title}" is the object: say what it is, as its README does`);
  }
  if (width && wrappedLines(text, width.fontSize, width.lineWidth) > MAX_BULLET_LINES) {
    add('too-long', `takes ${wrappedLines(text, width.fontSize, width.lineWidth)} lines at the template's width; ${MAX_BULLET_LINES} at most`);
  }
  return issues;
}

/** The rules an entry's bullets break together: the same opening verb twice. */
export function lintEntry(texts: readonly string[], context: BulletLintContext = {}): BulletIssue[] {
  const issues = texts.flatMap((text) => lintBullet(text, context));
  const seen = new Set<string>();
  for (const text of texts) {
    const verb = (text.split(/\s+/)[0] ?? '').toLowerCase();
    if (seen.has(verb)) issues.push({ rule: 'repeated-verb', text, message: `"${text.split(/\s+/)[0]}" already opens another bullet of this entry` });
    seen.add(verb);
  }
  return issues;
}

/** The lint context of one piece of evidence, as the bullet engine saw it. */
export function evidenceLintContext(facts: EvidenceFacts, names: readonly string[]): NonNullable<BulletLintContext['evidence']> {
  return {
    text: facts.text,
    usedTools: facts.usedTools.map((entry) => entry.keyword.term),
    metricContexts: facts.metricContexts,
    ...(facts.dataset?.size ? { datasetSize: facts.dataset.size } : {}),
    names,
    // A roadmap project's title is its own description; a repo's name is not, once it has a README or a description.
    hasStatement: facts.evidence.kind === 'repo' && Boolean(facts.statements.description || facts.statements.summary.length > 0),
  };
}

