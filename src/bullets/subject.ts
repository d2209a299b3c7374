import type { Evidence } from '../model/index.js';

const PROJECT_PREFIX = /^\s*(?:project|capstone|mini[- ]project|portfolio project)\s*[:\-–—]\s*/i;
const ENDS_AS_THING = /\b(project|pipeline|app|application|model|dashboard|tool|api|calculator|classifier|library|package|service|analysis|study|system)$/i;
const DETERMINER = /^(a|an|the)\s+/i;

/** "a"/"an" by sound: vowels, and acronyms read letter by letter ("an MRI", "an FHIR server"). */
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

/** A description that starts like "Predicts ..." or "Detects ...": a verb, not a noun phrase. */
function startsWithVerb(description: string): boolean {
  const first = description.split(/\s+/)[0] ?? '';
  return /^[A-Z][a-z]+(s|es)$/.test(first) && !/(ss|is|us|ics|ies|ysis)$/.test(first);
}

export function cleanProjectTitle(title: string): string {
  return title.replace(PROJECT_PREFIX, '').replace(/\s+/g, ' ').trim();
}

function humanRepoName(name: string): string {
  return name.replace(/[-_]+/g, ' ').trim();
}

/**
 * The object of a bullet's verb, made from the user's own words: the repo description, or the
 * roadmap title. Never adds what the thing does beyond what those words say.
 */
export function subjectOf(evidence: Evidence, properNouns: ReadonlySet<string> = new Set()): string {
  const description = evidence.fields.find((field) => field.name === 'description')?.text.trim().replace(/[.\s]+$/, '');
  if (evidence.kind === 'repo' && description) {
    if (startsWithVerb(description)) return `${humanRepoName(evidence.title)}, which ${lowerFirst(description, properNouns)}`;
    const phrase = description.replace(DETERMINER, '');
    const lowered = lowerFirst(phrase, properNouns);
    return `${article(lowered)} ${lowered}`;
  }
  const title = evidence.kind === 'repo' ? humanRepoName(evidence.title) : cleanProjectTitle(evidence.title);
  const thing = ENDS_AS_THING.test(title) ? title : `${title} project`;
  if (DETERMINER.test(thing)) return thing.replace(DETERMINER, (match) => match.toLowerCase());
  return `${article(thing)} ${thing}`;
}
