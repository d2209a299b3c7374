import type { JobSection } from '../model/index.js';

// Postings put the hard filter under "Requirements"/"Qualifications" and the soft one under
// "Nice to have"/"Preferred"; what stands under "Responsibilities" or "About us" is context.
const PREFERRED_HEADING = /\b(preferred|nice[\s-]to[\s-]haves?|nice|bonus|pluses|plus|desired|desirable|good[\s-]to[\s-]haves?|ideally|extra credit|optional|would be great|would help|additional qualifications)\b/i;
const REQUIRED_HEADING = /\b(requirements?|required|qualifications?|must[\s-]haves?|musts?|what we need|we need|you need|you(?:'|’)?ll need|needs?|what you(?:'|’)?ll? bring|what we(?:'|’)?re looking for|what we are looking for|you have|you bring|you(?:'|’)?ll have|who you are|about you|minimum|basic|essential|skills|expertise|competencies|your profile|profile)\b/i;
/** Inline markers on a single line of a list ("Docker is a plus", "(preferred)"). */
const PREFERRED_INLINE = /\b(is a plus|are a plus|a plus|nice to have|preferred|a bonus|is a bonus|desirable|ideally|not required)\b/i;
const REQUIRED_INLINE = /\b(required|must have|must be|is a must|mandatory|essential)\b/i;

const BULLET = /^\s*(?:[-*•·▪◦‣+]|\d+[.)])\s+/;

function stripMarkup(line: string): string {
  return line.replace(/^\s*#{1,6}\s*/, '').replace(/\*\*|__/g, '').replace(/[:：]\s*$/, '').trim();
}

/** A heading line's text, or undefined when the line is content. */
function headingText(line: string): { text: string; rest: string } | undefined {
  const trimmed = line.trim();
  if (trimmed === '' || BULLET.test(line)) return undefined;
  // "Requirements: Python, SQL" — a short label before a colon on a content line.
  const labelled = /^\**([A-Za-z][A-Za-z'’ /&-]{2,40}?)\**\s*[:：]\**\s+(\S.*)$/.exec(trimmed);
  if (labelled && labelled[1]!.split(/\s+/).length <= 5) return { text: labelled[1]!, rest: labelled[2]! };
  const text = stripMarkup(trimmed);
  const words = text.split(/\s+/).length;
  if (text.length === 0 || text.length > 70 || words > 8) return undefined;
  const marked = /^#{1,6}\s/.test(trimmed) || /^(\*\*|__).*(\*\*|__):?$/.test(trimmed) || /[:：]$/.test(trimmed) || (text === text.toUpperCase() && /[A-Z]/.test(text));
  if (marked) return { text, rest: '' };
  // A short unmarked line that names a section ("Nice to have") is a heading too.
  if (!/[.!?]$/.test(text) && (PREFERRED_HEADING.test(text) || REQUIRED_HEADING.test(text)) && words <= 5) return { text, rest: '' };
  return undefined;
}

function classifyHeading(text: string): JobSection {
  if (PREFERRED_HEADING.test(text)) return 'preferred';
  if (REQUIRED_HEADING.test(text)) return 'required';
  return 'other';
}

function inlineSection(text: string, current: JobSection): JobSection {
  if (PREFERRED_INLINE.test(text)) return 'preferred';
  if (current === 'other' && REQUIRED_INLINE.test(text)) return 'required';
  return current;
}

// A parenthesis speaks for itself: in "SQL (PostgreSQL preferred)" only PostgreSQL is preferred.
const PARENTHESIS = /\([^()\n]*\)/g;

/** One clause's section; a marked parenthesis inside it becomes a clause of its own. */
function pushClause(clauseStarts: number[], sections: JobSection[], clause: string, start: number, current: JobSection): void {
  const outside = clause.replace(PARENTHESIS, (inner) => ' '.repeat(inner.length));
  const section = inlineSection(outside, current);
  clauseStarts.push(start);
  sections.push(section);
  for (const inner of clause.matchAll(PARENTHESIS)) {
    const innerSection = inlineSection(inner[0], section);
    if (innerSection === section) continue;
    const at = inner.index ?? 0;
    clauseStarts.push(start + at, start + at + inner[0].length);
    sections.push(innerSection, section);
  }
}

/** Section of each clause of a posting, and a lookup from a character offset to its section. */
export interface PostingSections {
  clauseStarts: number[];
  sections: JobSection[];
  /** Character ranges [start, end) of heading words ("WHAT WE NEED:", "BONUS POINTS"): never skills. */
  headingRanges: [number, number][];
  sectionAt(offset: number): JobSection;
}

// Inline markers speak for their own clause: in "Bachelor's in statistics; a Master's is preferred"
// only the master's is preferred.
const CLAUSE_END = /[;.!?](?:\s+|$)/g;

/**
 * Read a posting's headings and give every clause a section. A heading sets the section until
 * the next heading; a clause's own marker ("… is a plus", "(required)") overrides it there.
 */
export function readSections(text: string): PostingSections {
  const clauseStarts: number[] = [];
  const sections: JobSection[] = [];
  const headingRanges: [number, number][] = [];
  let current: JobSection = 'other';
  let offset = 0;
  for (const line of text.split('\n')) {
    const lineStart = offset;
    offset += line.length + 1;
    const heading = headingText(line);
    if (heading) {
      current = classifyHeading(heading.text);
      headingRanges.push([lineStart, lineStart + line.length - heading.rest.length]);
    }
    const contentStart = heading ? lineStart + line.length - heading.rest.length : lineStart;
    const content = heading ? heading.rest : line;
    if (content.trim() === '') {
      clauseStarts.push(lineStart);
      sections.push(current);
      continue;
    }
    if (heading) { clauseStarts.push(lineStart); sections.push(current); }
    let clauseStart = 0;
    const ends = [...content.matchAll(CLAUSE_END)].map((match) => (match.index ?? 0) + match[0].length);
    if (ends[ends.length - 1] !== content.length) ends.push(content.length);
    for (const clauseEnd of ends) {
      const clause = content.slice(clauseStart, clauseEnd);
      pushClause(clauseStarts, sections, clause, contentStart + clauseStart, current);
      clauseStart = clauseEnd;
    }
  }
  return {
    clauseStarts,
    sections,
    headingRanges,
    sectionAt(position: number): JobSection {
      // Binary search: the last clause starting at or before the offset.
      let low = 0;
      let high = clauseStarts.length - 1;
      while (low < high) {
        const middle = (low + high + 1) >> 1;
        if (clauseStarts[middle]! <= position) low = middle; else high = middle - 1;
      }
      return sections[low] ?? 'other';
    },
  };
}

const SECTION_RANK: Record<JobSection, number> = { required: 2, preferred: 1, other: 0 };

/** The stronger of two sections: a skill asked for anywhere as required is required. */
export function strongerSection(a: JobSection, b: JobSection): JobSection {
  return SECTION_RANK[a] >= SECTION_RANK[b] ? a : b;
}
