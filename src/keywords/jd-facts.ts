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

/** Degrees a posting asks for, each with the strongest section it is mentioned in. */
export function degreesAsked(text: string, sections: PostingSections): { degree: Degree; section: JobSection }[] {
  const found = new Map<Degree, JobSection>();
  for (const [degree, pattern] of DEGREE_PATTERNS) {
    pattern.lastIndex = 0;
    for (const match of text.matchAll(pattern)) {
      const section = sections.sectionAt(match.index ?? 0);
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
