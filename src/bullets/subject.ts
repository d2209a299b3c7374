import type { Evidence } from '../model/index.js';

const PROJECT_PREFIX = /^\s*(?:project|capstone|mini[- ]project|portfolio project)\s*[:\-–—]\s*/i;
const ENDS_AS_THING = /\b(project|pipeline|app|application|model|dashboard|tool|api|calculator|classifier|library|package|service|analysis|study|system)$/i;
const DETERMINER = /^(a|an|the)\s+/i;
const POSSESSIVE = /^(my|our|your|his|her|their)\s+/i;
/** Words that end the head noun phrase of a description: "model [for] sepsis", "scores [(]BMI". */
const PHRASE_END = /^(for|of|in|on|with|from|to|using|that|which|and|or|by|at|as|via)$/i;
const CONNECTOR_AFTER_VERB = /^(and|or|for|of|on|in|with|from|to|about|,)$/i;

/** "a"/"an" by sound: vowels, and acronyms read letter by letter ("an MRI", "an SQL database"). */
function article(phrase: string): string {
  const first = phrase.split(/\s+/)[0] ?? '';
  if (/^[A-Z0-9]{2,}\b/.test(first)) return /^[AEFHILMNORSX8]/.test(first) ? 'an' : 'a';
  if (/^(uni|use|usa|eu|one)/i.test(first)) return 'a';
  return /^[aeiou]/i.test(first) ? 'an' : 'a';
}

/** Lower-case the first word unless it is an acronym or a proper name (a capitalised keyword: Streamlit, Python). */
function lowerFirst(phrase: string, properNouns: ReadonlySet<string>): string {
  const [first = '', ...rest] = phrase.split(' ');
  if (/[A-Z].*[A-Z0-9]/.test(first) || /\d/.test(first) || properNouns.has(first)) return phrase;
  return [first.toLowerCase(), ...rest].join(' ');
}

const words = (text: string) => text.split(/\s+/).filter(Boolean);

/** "Predicts sepsis onset": a third-person verb, not a plural noun ("Notes and settings from ..."). */
function startsWithVerb(description: string): boolean {
  const [first = '', second = ''] = words(description);
  return /^[A-Z][a-z]+(s|es)$/.test(first) && !/(ss|is|us|ics|ies|ysis)$/.test(first) && !CONNECTOR_AFTER_VERB.test(second.replace(/[,.]$/, ''));
}

/** "Finding and imputing ...", "Exploring ...": an action, which reads as a participle after the project's name. */
function startsWithGerund(description: string): boolean {
  return /^[A-Z][a-z]{2,}ing$/.test(words(description)[0] ?? '');
}

/** The head noun of a noun phrase is plural ("clinical scores (BMI ...)"): no "a"/"an" before it. */
function headIsPlural(phrase: string): boolean {
  const head: string[] = [];
  for (const word of words(phrase)) {
    const bare = word.replace(/[,.;:()]/g, '');
    if (PHRASE_END.test(bare) || word.startsWith('(')) break;
    head.push(bare);
    if (/[,;:)]$/.test(word)) break;
  }
  const last = head[head.length - 1] ?? '';
  return /[a-z]s$/.test(last) && !/(ss|is|us|ics|sis)$/.test(last);
}

/** " — Tableau, 3 years of data", " - MAPE 8%": a note after a spaced dash is not part of the name. */
const DASH_NOTE = /\s+[—–-]\s+.*$/;
/** "(AUC 0.83)", "(8% MAPE)": a result in brackets at the end belongs to the note, stated once in the bullet. */
const TRAILING_RESULT = /\s*\([^()]*\d[^()]*\)\s*$/;

/** "Project: Survey Analysis in pandas (AUC 0.83)" → "Survey Analysis in pandas": the roadmap item's clean name. */
export function cleanProjectTitle(title: string): string {
  const name = title.replace(PROJECT_PREFIX, '').replace(/\s+/g, ' ').trim();
  const clean = name.replace(DASH_NOTE, '').replace(TRAILING_RESULT, '').trim();
  return clean === '' ? name : clean;
}

function humanRepoName(name: string): string {
  return name.replace(/[-_]+/g, ' ').trim();
}

/**
 * The object of a bullet's verb, made from the user's own words: the repo description, or the
 * roadmap title. Never adds what the thing does beyond what those words say.
 */
export function subjectOf(evidence: Evidence, properNouns: ReadonlySet<string> = new Set(), displayName?: string): string {
  const description = evidence.fields.find((field) => field.name === 'description')?.text.trim().replace(/[.\s]+$/, '');
  const name = displayName ?? (evidence.kind === 'repo' ? humanRepoName(evidence.title) : cleanProjectTitle(evidence.title));
  if (evidence.kind === 'repo' && description) {
    if (startsWithVerb(description)) return `${name}, which ${lowerFirst(description, properNouns)}`;
    // "Engineered Pima Diabetes Cleaning, finding ..." reads as a name being engineered: say it is a project.
    if (startsWithGerund(description)) return `${ENDS_AS_THING.test(name) ? `the ${name}` : `the ${name} project`}, ${lowerFirst(description, properNouns)}`;
    const phrase = description.replace(DETERMINER, '').replace(POSSESSIVE, '');
    const lowered = lowerFirst(phrase, properNouns);
    return headIsPlural(lowered) ? lowered : `${article(lowered)} ${lowered}`;
  }
  const thing = ENDS_AS_THING.test(name) ? name : `${name} project`;
  if (DETERMINER.test(thing)) return thing.replace(DETERMINER, (match) => match.toLowerCase());
  return `the ${thing}`;
}
