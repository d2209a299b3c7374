import { capitalise, isPastParticiple, pastTense, verbOf } from './verb-forms.js';

// One statement of the evidence → a past-tense action clause ("Fits a logistic regression with
// scikit-learn" → "Fitted a logistic regression with scikit-learn"). Only the form changes; every
// content word is the author's. A sentence in none of the known shapes gives nothing.

const SUBJECT_OPENERS = /^(?:(?:this|the|my|our)\s+(?:project|repo|repository|notebook|notebooks|tool|app|application|package|library|script|scripts|code|dashboard|pipeline|model|analysis|cli|service)\s+|(?:i|we)\s+(?:have\s+|also\s+|then\s+)?|it\s+)/i;
/** After a verb-first opener, these words say the first word was a noun ("Models are ...", "Scores of ..."). */
const NOT_A_VERB_AFTER = /^(are|is|was|were|of|and|or|for|to|in|on|with|from|by|\(|:|,|-)$/i;
const BE = /^(is|are|was|were)$/i;

function words(text: string): string[] {
  return text.split(/\s+/).filter(Boolean);
}

/** Drop what only makes sense in the first person or in a course: "I used every day", "while learning SQL", "my". */
export function tidyClause(clause: string): string {
  return clause
    .replace(/\s+(?:that\s+|which\s+)?(?:I|we)\s+(?:used|use|saw|see|had|have|did|do|was|were|am|wrote|made)\b[^,.:;()]*/g, '')
    .replace(/,?\s*while\s+(?:learning|working through|taking|doing)\s+[^,.;:]*?(?=\s+(?:on|in|with|from)\s+(?:the\s+|a\s+)?[A-Z(\d]|[,.;:]|$)/g, '')
    .replace(/\b(?:my|our)\s+/gi, 'the ')
    .replace(/\bthe the\b/gi, 'the')
    .replace(/\s+([,.;:])/g, '$1')
    .replace(/\s+/g, ' ')
    .replace(/[\s,;:.!]+$/, '')
    .trim();
}

/** "Finding and imputing X" → "Found and imputed X": a second verb joined by "and" takes the past tense too. */
function pastCoordinated(rest: string[]): string[] {
  const out = [...rest];
  for (let index = 0; index < out.length - 1; index++) {
    // A relative clause ("a package that reads ... and recomputes ...") keeps its own tense.
    if (/^(that|which|who|whose|where|so|because|while)$/i.test(out[index] ?? '')) break;
    if (!/^(and|then|,)$/i.test(out[index] ?? '')) continue;
    const next = out[index + 1] ?? '';
    const known = verbOf(next.replace(/[,.;:]$/, ''));
    if (known && (known.form === 'third' || known.form === 'gerund')) {
      const punctuation = /[,.;:]$/.test(next) ? next.slice(-1) : '';
      out[index + 1] = `${pastTense(next.replace(/[,.;:]$/, '')) ?? next}${punctuation}`;
    }
  }
  return out;
}

/**
 * A statement that says what was done, as a past-tense clause: verb first ("Fits ...", "Finding
 * and imputing ...", "I trained ...", "This notebook loads ..."), passive ("Every formula is
 * checked against ..." → "Checked every formula against ..."), a counted subject ("42 unit tests
 * cover ..." → "Covered ... with 42 unit tests"), or "X I wrote ..." → "Wrote X ...".
 */
export function toAction(sentence: string): string | undefined {
  const text = sentence.replace(/^(?:[-*•]\s+|\d{1,2}[.)]\s+)/u, '').replace(/\s+/g, ' ').trim();
  const stripped = text.replace(SUBJECT_OPENERS, '');
  const [first = '', second = '', ...rest] = words(stripped);
  const known = verbOf(first.replace(/[,:]$/, ''));
  const hadSubject = stripped !== text;
  // "Finding and imputing ...": "and" after a verb is fine when another verb follows it.
  const coordinated = /^(and|or)$/i.test(second) && verbOf(rest[0] ?? '') !== undefined;
  if (known && (hadSubject || known.form !== 'base' || /^[a-z]/.test(first)) && (!NOT_A_VERB_AFTER.test(second) || coordinated) && second !== '') {
    // Without a subject, a base form at the start is an instruction ("Load the data") only when lower case in a list; accept it.
    const verb = capitalise(pastTense(first.replace(/[,:]$/, '')) ?? first);
    return tidyClause([verb, ...pastCoordinated([second, ...rest])].join(' '));
  }

  // "Every formula is checked against worked examples" → "Checked every formula against worked examples".
  const all = words(text);
  const beAt = all.findIndex((word, index) => index > 0 && index <= 6 && BE.test(word) && isPastParticiple(all[index + 1] ?? ''));
  if (beAt > 0 && !/^(it|this|they|that)$/i.test(all[0] ?? '')) {
    const subject = all.slice(0, beAt).join(' ');
    const participle = all[beAt + 1] ?? '';
    const tail = all.slice(beAt + 2).join(' ');
    if (/^(no|none|nothing|not|neither)\b/i.test(subject)) return undefined;
    const object = lowerFirstWord(subject);
    return tidyClause(`${capitalise(participle)} ${object} ${tail}`);
  }

  // "42 unit tests cover every subscale boundary ..." → "Covered every subscale boundary ... with 42 unit tests".
  const counted = /^(\d[\d,.]*\+?\s+(?:[\p{L}-]+\s+){0,3}?[\p{L}-]+s)\s+(\p{Ll}+)\s+(.+)$/u.exec(text);
  if (counted) {
    const verb = verbOf(counted[2] ?? '');
    const tail = (counted[3] ?? '').split(/;|\.\s/)[0] ?? '';
    if (verb && (verb.form === 'base' || verb.form === 'past') && !/\b(them|it|they|this)\b/i.test(tail)) {
      return tidyClause(`${capitalise(pastTense(counted[2] ?? '') ?? '')} ${tail.replace(/[.,;\s]+$/, '')} with ${counted[1]}`);
    }
  }

  // "SQL queries I wrote while learning SQL on ..." → "Wrote SQL queries on ...".
  const wrote = /^(.{3,60}?)\s+(?:that\s+)?I\s+(wrote|built|made|trained|designed|developed|created|collected|ran)\b\s*(.*)$/.exec(text);
  if (wrote && !/\b(I|my)\b/.test(wrote[1] ?? '')) {
    const object = (wrote[1] ?? '').replace(/^(The|These|Those|Some|A|An)\s+/, '');
    return tidyClause(`${capitalise(wrote[2] ?? '')} ${object[0]?.toLowerCase() === object[0] ? object : lowerFirstWord(object)} ${wrote[3] ?? ''}`);
  }
  return undefined;
}

/** Lower-case a sentence's first word unless it is an acronym or a name written with inner capitals (SQL, qSOFA, PyTorch). */
export function lowerFirstWord(phrase: string, properNouns: ReadonlySet<string> = new Set()): string {
  const [first = '', ...rest] = phrase.split(' ');
  if (/[A-Z].*[A-Z0-9]/.test(first) || /\d/.test(first) || properNouns.has(first.replace(/[,.:;]$/, ''))) return phrase;
  return [first.toLowerCase(), ...rest].join(' ');
}

/** Where a noun phrase's head ends: before a relative clause, a preposition, a bracket, a colon or a comma. */
const PHRASE_END = /^(that|which|who|to|for|of|in|on|with|from|using|by|at|as|via|into|over|across|built|written|made|followed|based|,|\(.*|:)$/i;

/** The head noun of a noun phrase ("A small command-line tool that computes ..." → "tool") and where it stands. */
export function headNoun(phrase: string): { head: string; index: number } | undefined {
  const list = words(phrase);
  let last = -1;
  for (let index = 0; index < list.length; index++) {
    const word = list[index] ?? '';
    const bare = word.replace(/[,.;:)]+$/, '');
    if (index > 0 && (PHRASE_END.test(word) || PHRASE_END.test(bare) || word.startsWith('('))) break;
    if (/^(and|or|&)$/i.test(bare)) break;
    last = index;
    if (/[,;:]$/.test(word)) break;
  }
  if (last < 0) return undefined;
  return { head: (list[last] ?? '').replace(/[^\p{L}\d-]+$/u, '').toLowerCase(), index: last };
}

/** "a"/"an" by sound: vowels, and acronyms read letter by letter ("an MRI", "an SQL database"). */
export function article(phrase: string): string {
  const first = phrase.split(/\s+/)[0] ?? '';
  if (/^[A-Z0-9]{2,}\b/.test(first)) return /^[AEFHILMNORSX8]/.test(first) ? 'an' : 'a';
  if (/^(uni|use|usa|eu|one)/i.test(first)) return 'a';
  return /^[aeiou]/i.test(first) ? 'an' : 'a';
}

/** The noun phrase of a statement, ready to follow a verb: "A small tool ..." → "a small tool ...", "Exploratory analysis of ..." → "an exploratory analysis of ...". */
export function asObject(phrase: string, properNouns: ReadonlySet<string>, withArticle = true): string {
  const bare = tidyClause(phrase).replace(/^(?:a|an|the|this|my|our)\s+/i, '');
  const lowered = lowerFirstWord(bare, properNouns);
  if (!withArticle) return lowered;
  const head = headNoun(lowered);
  const plural = head !== undefined && /[a-z]s$/.test(head.head) && !/(ss|is|us|ics|sis)$/.test(head.head);
  return plural ? lowered : `${article(lowered)} ${lowered}`;
}
