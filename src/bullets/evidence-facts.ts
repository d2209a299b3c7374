import type { Coverage, Evidence, KeywordCategory, KeywordSet } from '../model/index.js';
import { keywordEntries, mentions, type KeywordEntry } from './keyword-mentions.js';
import { findDatasetSize, findMetric } from './numbers.js';
import { isCourseContext, statementsOf, type Statements } from './statements.js';
import { verbOf } from './verb-forms.js';

/** Categories that name a thing one works with, as opposed to a method or a domain. */
export const TOOL_CATEGORIES: ReadonlySet<KeywordCategory> = new Set(['language', 'framework', 'library', 'tool', 'cloud', 'data-standard']);

/** A data set as the evidence names it: "the UCI Heart Disease dataset (303 patients)". Its size is its size, never work done. */
export interface DatasetFact { name?: string; size?: string; phrase: string }

/** A metric with what it was measured on, as the README says it: "an accuracy of 0.84 ... on the 61-patient test split". */
export interface ResultFact {
  /** The object of "reaching": "a ROC AUC of 0.68 on a held-out 20% test set (20,354 encounters)". */
  clause: string;
  metric: string;
  /** Where it was measured, when the evidence says so: "on a held-out 20% test set". */
  context?: string;
  sentence: string;
}

/** What one piece of evidence shows: the only material a bullet about it may use. */
export interface EvidenceFacts {
  evidence: Evidence;
  /** All covered keywords whose hits name this evidence, in keyword-set order (must-haves first). */
  keywords: KeywordEntry[];
  /** Tools the evidence says did something: named in its statements, or GitHub's language count; never a link's host, a topic tag, a course platform or a column label. */
  usedTools: KeywordEntry[];
  /** Of those, the ones the author's own sentences name (not only GitHub's language count). */
  statedTools: ReadonlySet<string>;
  statements: Statements;
  dataset?: DatasetFact;
  result?: ResultFact;
  /** Evaluation contexts the evidence states anywhere ("on a stratified 80/20 split"). */
  metricContexts: string[];
  /** Everything the evidence says, for number provenance. */
  text: string;
}

/** Covered keyword terms per evidence id, read from the coverage's hits. */
export function keywordsByEvidence(coverage: Coverage): Map<string, Set<string>> {
  const byEvidence = new Map<string, Set<string>>();
  for (const covered of [...coverage.mustHave.covered, ...coverage.goodToHave.covered]) {
    for (const hit of covered.evidence) {
      const terms = byEvidence.get(hit.evidenceId) ?? new Set<string>();
      terms.add(covered.term);
      byEvidence.set(hit.evidenceId, terms);
    }
  }
  return byEvidence;
}

export function evidenceText(evidence: Evidence): string {
  return [evidence.title, ...evidence.fields.map((field) => field.text)].join('\n');
}

/** Sentences in which naming a tool means it was used: the author's statements, minus those about a course. */
export function useSentences(evidence: Evidence, statements: Statements): string[] {
  const field = (name: string) => evidence.fields.find((entry) => entry.name === name)?.text ?? '';
  const own = [statements.description ?? '', ...statements.summary, ...statements.did, ...statements.results, ...statements.data, ...statements.tests];
  // A roadmap row's title names what was learned or built ("Python (Intermediate)"); its link and its Track column do not.
  const roadmapTitle = evidence.kind === 'repo' ? [] : [evidence.title];
  // GitHub counts the bytes of each language in the repo: measured, not claimed.
  return [...own.filter((sentence) => sentence && !isCourseContext(sentence)), ...roadmapTitle, field('languages')];
}

// "on the 61-patient test split", "on a held-out 20% test set (20,354 encounters)", "with 5-fold cross-validation".
const CONTEXT = /\b(?:on|in|over|across|with|using|under)\s+(?:(?:a|an|the)\s+)?(?:[^\s,;.()]+\s+){0,4}?(?:(?:test|validation|held[- ]out|hold[- ]out|external|unseen)(?:\s+[^\s,;.()]+){0,2}?\s+(?:set|split|data|cohort|sample|patients|folds?)\b|cross[- ]validation\b|(?:\d+[- ])?fold\b[^,;.()]*|split\b)(?:\s*\([^)]*\))?/i;
const RESULT_VERB = /\b(?:reached|reaches|achieved|achieves|scored|scores|got|gets|gave|gives|obtained|obtains|had|has|was|is|of)\s+/i;

function metricResult(sentence: string, metric: string, contexts: readonly string[]): ResultFact {
  const clean = sentence.replace(/\s+/g, ' ').replace(/[.\s]+$/, '');
  const context = CONTEXT.exec(clean)?.[0]?.trim();
  // The clause after the result verb, up to a semicolon: "an accuracy of 0.84 and an AUC of 0.90 on the 61-patient test split".
  const verbAt = RESULT_VERB.exec(clean);
  let clause = verbAt && !/^of\s/i.test(verbAt[0]) ? clean.slice(verbAt.index + verbAt[0].length).split(/;|\.\s/)[0] ?? metric : metric;
  if (!findMetric(clause)) clause = metric;
  const stated = context ?? contexts[0];
  if (stated && !clause.includes(stated) && !CONTEXT.test(clause)) clause = `${clause} ${stated.replace(/^(on|in|with|using|under)\s/i, 'on ')}`;
  return { clause: clause.trim(), metric, ...(stated ? { context: stated } : {}), sentence: clean };
}

// Not case-insensitive: "Data Cleaning" (a capital after it) is a course name, not a data set.
const DATA_HEAD = /\b([Dd]ata ?[Ss]ets?|[Dd]atabase(?: [Dd]emo)?|[Dd]ata|[Cc]ohort|[Rr]egistry|[Cc]orpus|[Dd]emo)\b(?!\s+(?!Demo\b)\p{Lu})/gu;

/** "The UCI Heart Disease dataset (Cleveland subset): 303 patients" → name "UCI Heart Disease dataset", size "303 patients". */
function datasetOf(statements: Statements): DatasetFact | undefined {
  const pool = [...statements.data, ...statements.summary, ...statements.did];
  for (const sentence of pool) for (const head of sentence.matchAll(DATA_HEAD)) {
    const before = sentence.slice(0, head.index).split(/\s+/).filter(Boolean);
    // Walk back over at most six words to the earliest capitalised one (a name), never past a verb-like break.
    let start = -1;
    for (let index = before.length - 1; index >= Math.max(0, before.length - 6); index--) {
      const word = before[index] ?? '';
      if (/[.;:]$/.test(word) || /^(of|from|on|in|with|and|for|using|a|an)$/i.test(word)) break;
      if (/^[\p{Lu}\d]/u.test(word) && !/^(The|This|These|A|An|In|On)$/.test(word)) start = index;
    }
    const size = findDatasetSize(sentence) ?? (statements.data.includes(sentence) ? findDatasetSize(statements.data.join(' ')) : undefined);
    // A name, not an instruction ("Download the data"): no verb first, no "the" inside.
    while (start >= 0 && start < before.length && verbOf(before[start] ?? '') !== undefined) start++;
    if (start < 0 || start >= before.length || before.slice(start).some((word) => /^(the|a|an)$/.test(word))) continue;
    // "No patient data is in this repository" names no data set.
    if (/^(no|none|not|without|any)$/i.test(before[start] ?? '')) continue;
    const name = `${before.slice(start).join(' ')} ${head[0]}`.replace(/\s+/g, ' ').trim();
    return { name, ...(size ? { size } : {}), phrase: size ? `the ${name} (${size})` : `the ${name}` };
  }
  const size = pool.map((sentence) => findDatasetSize(sentence)).find(Boolean);
  return size ? { size, phrase: size } : undefined;
}

export function factsOf(evidence: Evidence, termsHere: ReadonlySet<string>, keywordSet: KeywordSet): EvidenceFacts {
  const keywords = keywordEntries(keywordSet).filter((entry) => termsHere.has(entry.keyword.term));
  const statements = statementsOf(evidence);
  const uses = useSentences(evidence, statements);
  const usedTools = keywords.filter((entry) => TOOL_CATEGORIES.has(entry.keyword.category) && uses.some((sentence) => mentions(sentence, entry.keyword)));
  const languagesField = evidence.fields.find((field) => field.name === 'languages')?.text ?? '';
  const statedTools = new Set(usedTools.filter((entry) => uses.some((sentence) => sentence !== languagesField && mentions(sentence, entry.keyword))).map((entry) => entry.keyword.term));
  const ownSentences = [...statements.results, ...statements.summary, ...statements.did, ...statements.tests, ...(statements.description ? [statements.description] : [])];
  const metricContexts = [...statements.did, ...statements.results, ...statements.data, ...statements.summary]
    .map((sentence) => CONTEXT.exec(sentence)?.[0]?.trim()).filter((context): context is string => Boolean(context));
  const resultSentence = ownSentences.find((sentence) => findMetric(sentence) !== undefined);
  const result = resultSentence ? metricResult(resultSentence, findMetric(resultSentence) ?? '', metricContexts) : undefined;
  const dataset = datasetOf(statements);
  return {
    evidence,
    keywords,
    usedTools,
    statedTools,
    statements,
    ...(dataset ? { dataset } : {}),
    ...(result ? { result } : {}),
    metricContexts,
    text: [evidenceText(evidence), ...evidence.links.map((link) => link.url)].join('\n'),
  };
}
