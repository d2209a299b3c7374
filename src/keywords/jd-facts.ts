import type { JobSection } from '../model/index.js';
import { strongerSection, type PostingSections } from './jd-sections.js';

export type Degree = 'bachelor' | 'master' | 'phd' | 'md';

// Case matters for the short forms: "MS" is a degree, "ms" a millisecond; "MD" a degree, "md" a file.
const DEGREE_PATTERNS: [Degree, RegExp][] = [
  ['bachelor', /\b(?:bachelor(?:'|’)?s?|undergraduate degree|B\.?Sc?\.?(?=[\s,;)]|$)|B\.A\.|BA(?= (?:or|in|degree)))/gi],
  ['master', /\b(?:[Mm]aster(?:'|’)?s?(?! of (?:business|fine))|[Gg]raduate degree|M\.?Sc\b|M\.S\.|MPH\b)|\bMS(?= (?:or|in|degree)|\/)/g],
  ['phd', /\b(?:Ph\.?D\.?|doctorate|doctoral degree|DPhil)/gi],
  ['md', /\b(?:M\.D\.|MD(?=[\s,;/)]|$)|medical degree|Doctor of Medicine|DO\/MD|MD\/DO)/g],
];

// "PhD not required", "no master's needed", "a PhD is not necessary": the posting waives the
// degree. Read in the degree's own phrase (up to the next comma, semicolon, full stop or line end),
// so "Master's required, PhD not required" still asks for the master's.
const WAIVED = /\bnot\s+(?:required|necessary|needed|mandatory|essential|expected)\b|\bno\b[^,;.\n]{0,30}\b(?:required|necessary|needed)\b|\b(?:isn|aren)['’]t\s+(?:required|necessary|needed)\b/i;
const PHRASE_BREAK = /[,;.!?\n]/;

function phraseAround(text: string, start: number, end: number): string {
  let from = start;
  while (from > 0 && !PHRASE_BREAK.test(text[from - 1]!)) from--;
  let to = end;
  while (to < text.length && !(PHRASE_BREAK.test(text[to]!) && (text[to] !== '.' || /\s|$/.test(text[to + 1] ?? '')))) to++;
  return text.slice(from, to);
}

/** Degrees a posting asks for, each with the strongest section it is mentioned in; waived ones are left out. */
export function degreesAsked(text: string, sections: PostingSections): { degree: Degree; section: JobSection }[] {
  const found = new Map<Degree, JobSection>();
  for (const [degree, pattern] of DEGREE_PATTERNS) {
    pattern.lastIndex = 0;
    for (const match of text.matchAll(pattern)) {
      const at = match.index ?? 0;
      if (WAIVED.test(phraseAround(text, at, at + match[0].length)) || sections.excludedAt(at)) continue;
      const section = sections.sectionAt(at);
      const previous = found.get(degree);
      found.set(degree, previous ? strongerSection(previous, section) : section);
    }
  }
  return [...found].map(([degree, section]) => ({ degree, section }));
}

const TITLE_LABEL = /^\s*(?:\*\*)?(?:job title|position|role|title|job)(?:\*\*)?\s*[:：]\s*(?:\*\*)?(.+?)(?:\*\*)?\s*$/i;
const NOT_A_TITLE = /^(about|who we are|overview|job description|description|the role|summary|company|location|salary|responsibilities|requirements)\b/i;

/**
 * The posting's job title: a "Job title:" / "Position:" line, else its first short line that reads
 * like a title (a heading or a line of at most ten words without a full stop).
 */
export function jobTitleOf(text: string): string | undefined {
  const lines = text.split('\n').slice(0, 40);
  for (const line of lines) {
    const labelled = TITLE_LABEL.exec(line);
    if (labelled) return labelled[1]!.trim();
  }
  for (const line of lines.slice(0, 8)) {
    const candidate = line.replace(/^\s*#{1,6}\s*/, '').replace(/\*\*|__/g, '').trim();
    if (candidate === '' || NOT_A_TITLE.test(candidate)) continue;
    if (candidate.split(/\s+/).length > 10 || /[.!?]$/.test(candidate)) return undefined;
    // "Senior Data Scientist – Clinical AI | Acme Health": the title is before the company.
    return candidate.split(/\s+[|–—]\s+|\s+-\s+|\s+at\s+/)[0]!.trim();
  }
  return undefined;
}
