import type { JobSection } from '../model/index.js';

// A posting is more than its requirements: a company blurb, what the job does, what it asks for,
// what would be nice, the benefits, the salary and location, team biographies and the
// equal-opportunity text. Recruiters screen on the requirements and on the responsibilities; the
// blurb, the benefits ("flexible PTO", "an Agile mindset"), the biographies ("our CTO was an ICU
// nurse") and the legal text name words that are not asked of the applicant, so they are left out.

/** What a stretch of a posting is. `excluded` kinds never yield skills. */
export type BlockKind = 'required' | 'responsibilities' | 'preferred' | 'other' | 'company' | 'benefits' | 'legal' | 'bio' | 'salary' | 'title';

const EXCLUDED_KINDS: ReadonlySet<BlockKind> = new Set(['company', 'benefits', 'legal', 'bio', 'salary', 'title']);

const PREFERRED_HEADING = /\b(preferred|nice[\s-]to[\s-]haves?|nice|bonus|pluses|plus|desired|desirable|good[\s-]to[\s-]haves?|ideally|extra credit|optional|would be great|would help|additional qualifications|even better|stand out)\b/i;
const REQUIRED_HEADING = /\b(requirements?|required|qualifications?|must[\s-]haves?|musts?|what we need|we need|you need|you(?:'|’)?ll need|needs?|what you(?:'|’)?ll? bring|what we(?:'|’)?re looking for|what we are looking for|you have|you bring|you(?:'|’)?ll have|who you are|about you|minimum|basic|essential|skills|expertise|competencies|your profile|profile|a fit if|knowledge)\b/i;
const RESPONSIBILITIES_HEADING = /\b(responsibilit\w*|what you(?:'|’)?ll do|what you will do|what you(?:'|’)?ll (?:work on|own)|what you will work on|duties|essential functions|key accountabilities|in this role|your role|the role|about the role|role overview|position (?:overview|summary)|job summary|the opportunity|day[\s-]to[\s-]day|your impact|your mission|the job|the position|scope)\b/i;
const COMPANY_HEADING = /^(?:about (?!(?:the )?(?:job|role|position|opportunity|you|team)\b)[\p{L}\d&.' -]{2,40}|who we are|our (?:company|story|mission|culture|values)|(?:the )?(?:agency|company|organi[sz]ation)(?: overview| description)?|company|why [\p{L} ]*(?:us|here)|life at [\p{L} ]+)$/iu;
const BENEFITS_HEADING = /\b(benefits?|perks|what we offer|we offer|our offer|total rewards|compensation|salary|pay(?: range)?|what(?:'|’)?s in it for you|why join|why work)\b/i;
const LEGAL_HEADING = /\b(equal (?:employment )?opportunit\w*|eeo\w*|diversity|accommodations?|disclaimer|legal|physical demands|working conditions|work environment|supplemental information|additional information|privacy notice)\b/i;
const BIO_HEADING = /\b(meet the team|the team|our team|your (?:future )?(?:colleagues|team|manager)|who you(?:'|’)?ll work with|leadership|founders?|team bios?|about the team)\b/i;
/** One-line facts that are not requirements: "Salary: …", "Location: …", "Req ID 24-1187". */
const FACT_LABEL = /^(?:salary|pay(?: range)?|compensation|location|schedule|job id|req(?:uisition)? id|recruitment|company|employment type|job type|shift|travel|start date|base pay|hourly rate)\b/i;

/** Inline markers that open a preferred stretch running to the end of their clause: "ideally with RECIST". */
const PREFERRED_LEADING = /\b(ideally|preferably|especially|even better|bonus if|a plus if|nice if)\b/gi;
/** Inline markers that close a preferred stretch: "Bayesian methods is a plus", "GCP strongly preferred". */
const PREFERRED_TRAILING = /\b(is a (?:strong )?plus|are a (?:strong )?plus|a (?:strong |big )?plus|nice to have|(?:strongly |highly )?preferred|desirable|is desired|a bonus|is a bonus|not required|an advantage|is an asset|an asset)\b/gi;
const REQUIRED_INLINE = /\b(required|must have|must be|is a must|mandatory|essential)\b/i;
/** Where a trailing marker's stretch starts: after a comma and a connective ("SQL and Excel, with Python a plus"). */
const SUBCLAUSE_START = /[,;]\s+(?:with|and|but|plus|while|though|where)\s+|\s+with\s+/gi;

/** Sentences about the company, not the job: "Brightpath is a virtual-first care company", "We are a Series B company". */
const NAME = String.raw`\p{Lu}[\p{L}\d&.'-]*(?:\s+\p{Lu}[\p{L}\d&.'-]*){0,4}`;
const COMPANY_SENTENCE = new RegExp(String.raw`^(?:${NAME}\s+(?:is|was|are)\s+(?:a|an|the|one of|proud|committed)\b|${NAME}\s+(?:builds|provides|turns|helps|serves|offers|develops|partners|works with|operates|delivers|makes)\b|[Ww]e(?:'|’)re (?!looking|seeking|hiring)|[Ww]e are (?!looking|seeking|hiring)|[Ww]e (?:were|value|believe|celebrate) |[Ww]e have (?:offices|been|grown|raised)|[Oo]ur (?:mission|culture|values|investors|customers|products|product|platform|platforms|technology|software|solutions|services|company|story|people|clients)\b|[Ff]ounded in |[Ss]ince \d{4}|[Bb]acked by |[Hh]eadquartered )`, 'u');
/** "The Clinical Reporting Analyst builds …", "This role provides …": the job itself, not the company. */
const ROLE_SUBJECT = /^(?:the|this|our|a|an)\s+(?:[\p{L}&-]+\s+){0,4}?(?:analyst|scientist|engineer|specialist|manager|developer|architect|consultant|coordinator|director|lead|associate|statistician|biostatistician|epidemiologist|programmer|informaticist|nurse|officer|role|position|candidate|hire|incumbent|team member)s?\s/iu;
/** Sentences about a person on the team: "our CTO … began his career as an ICU nurse", "who previously built". */
const BIO_SENTENCE = /\b(?:former(?:ly)?\s+(?!employer)|previously (?:a|an|at|built|led|worked|was)|who previously|began (?:his|her|their) career|was an? [\p{L}-]+(?: [\p{L}-]+)? for \d+ years|spent \d+ years|ex-[\p{Lu}]|alumn(?:us|a|i) of)/iu;
/** Equal-opportunity and legal text, by its stock phrases. */
const LEGAL_SENTENCE = /\b(?:equal (?:employment )?opportunity|affirmative action|without regard to|regardless of (?:race|age|gender)|reasonable accommodations?|does not discriminate|do not discriminate|protected (?:veteran|status)|authori[sz]ed to work|e-verify|background check)\b/i;
const BENEFITS_SENTENCE = /^(?:benefits include|we offer|perks include|you(?:'|’)ll (?:get|receive|enjoy)|enjoy |plus )/i;

const BULLET = /^\s*(?:[-*•·▪◦‣+]|\d+[.)])\s+/;

function stripMarkup(line: string): string {
  return line.replace(/^\s*#{1,6}\s*/, '').replace(/\*\*|__/g, '').replace(/[:：]\s*$/, '').trim();
}

/** A heading line's text, or undefined when the line is content. `nextIsList`: a list follows it. */
function headingText(line: string, nextIsList: boolean): { text: string; rest: string } | undefined {
  const trimmed = line.trim();
  if (trimmed === '' || BULLET.test(line)) return undefined;
  // "Requirements: Python, SQL" — a short label before a colon on a content line.
  const labelled = /^\**([\p{L}][\p{L}'’ /&-]{1,40}?)\**\s*[:：]\**\s+(\S.*)$/u.exec(trimmed);
  if (labelled && labelled[1]!.split(/\s+/).length <= 5) return { text: labelled[1]!, rest: labelled[2]! };
  const text = stripMarkup(trimmed);
  const words = text.split(/\s+/).length;
  if (text.length === 0 || text.length > 80 || words > 10) return undefined;
  const allCaps = text === text.toUpperCase() && /[A-Z]{3}/.test(text) && !/[),;]$/.test(text);
  const marked = /^#{1,6}\s/.test(trimmed) || /^(\*\*|__).*(\*\*|__):?$/.test(trimmed) || /[:：]$/.test(trimmed) || allCaps;
  if (marked && words <= 8) return { text, rest: '' };
  // A short unmarked line that names a section ("Nice to have", "You might be a fit if you have") is a heading too.
  if (!/[.!?,;]$/.test(text) && (words <= 5 || nextIsList) && classifyHeading(text) !== 'other') return { text, rest: '' };
  return undefined;
}

function classifyHeading(text: string): BlockKind {
  const plain = text.trim();
  // LinkedIn wraps the whole posting, blurb and requirements alike, under "About the job".
  if (/^about the job$/i.test(plain)) return 'other';
  if (LEGAL_HEADING.test(plain)) return 'legal';
  if (COMPANY_HEADING.test(plain)) return 'company';
  if (BIO_HEADING.test(plain)) return 'bio';
  if (PREFERRED_HEADING.test(plain)) return 'preferred';
  if (BENEFITS_HEADING.test(plain)) return 'benefits';
  if (REQUIRED_HEADING.test(plain)) return 'required';
  if (RESPONSIBILITIES_HEADING.test(plain)) return 'responsibilities';
  return 'other';
}

/** The section a block kind gives its skills. */
function sectionOf(kind: BlockKind): JobSection {
  return kind === 'required' || kind === 'responsibilities' ? 'required' : kind === 'preferred' ? 'preferred' : 'other';
}

/** Section of each stretch of a posting, and lookups from a character offset. */
export interface PostingSections {
  /** Offsets where a stretch starts, ascending, with its section and kind. */
  clauseStarts: number[];
  sections: JobSection[];
  kinds: BlockKind[];
  /** Character ranges [start, end) of heading words ("WHAT WE NEED:", "BONUS POINTS"): never skills. */
  headingRanges: [number, number][];
  sectionAt(offset: number): JobSection;
  kindAt(offset: number): BlockKind;
  /** True in the company blurb, benefits, salary and location lines, biographies and legal text. */
  excludedAt(offset: number): boolean;
}

interface LogicalLine { start: number; text: string; heading?: { text: string; rest: string }; masthead?: 'title' | 'company' }

const ENDS_SENTENCE = /[.!?:;]["')\]]?\s*$/;

/**
 * Join lines wrapped at a margin into one logical line: a line that starts in lower case, an
 * indented line under a list item, or a line after a long line without closing punctuation
 * continues it. A wrapped line is never a heading ("…medical coding (ICD-10,\n  CPT)").
 */
function logicalLines(text: string, withMasthead: boolean): LogicalLine[] {
  const raw = text.split('\n');
  const top = withMasthead ? masthead(raw) : { first: 0, count: 0 };
  const starts: number[] = [];
  let offset = 0;
  for (const line of raw) { starts.push(offset); offset += line.length + 1; }
  const out: LogicalLine[] = [];
  let previous: { text: string; isList: boolean; isHeading: boolean; continuable: boolean } | undefined;
  for (let index = 0; index < raw.length; index++) {
    const line = raw[index]!;
    const trimmed = line.trim();
    if (trimmed === '') { previous = undefined; out.push({ start: starts[index]!, text: line }); continue; }
    const isList = BULLET.test(line);
    if (index >= top.first && index < top.first + top.count) {
      out.push({ start: starts[index]!, text: line, masthead: index === top.first ? 'title' : 'company' });
      previous = undefined;
      continue;
    }
    const continues = previous !== undefined && !previous.isHeading && !isList && !/^\s*(#|\*\*|__)/.test(line) && (
      /^[\p{Ll}(]/u.test(trimmed) ||
      (/^\s/.test(line) && previous.continuable) ||
      (!ENDS_SENTENCE.test(previous.text) && (/[,(&/-]$|\b(?:and|or|of|the|with|in|to|for|a|an)$/i.test(previous.text.trim()) || previous.text.trim().split(/\s+/).length >= 9))
    );
    if (continues) {
      const last = out[out.length - 1]!;
      last.text = text.slice(last.start, starts[index]! + line.length);
      previous = { text: line, isList: false, isHeading: false, continuable: true };
      continue;
    }
    let nextIsList = false;
    for (let ahead = index + 1; ahead < raw.length; ahead++) {
      if (raw[ahead]!.trim() === '') continue;
      nextIsList = BULLET.test(raw[ahead]!);
      break;
    }
    const heading = headingText(line, nextIsList);
    out.push({ start: starts[index]!, text: line, ...(heading ? { heading } : {}) });
    previous = { text: line, isList, isHeading: heading !== undefined && heading.rest === '', continuable: isList || /^\s/.test(line) };
  }
  return out;
}

/**
 * The posting's masthead: its first line is the job title ("Senior Healthcare Data Analyst",
 * "Principal Biostatistician (Oncology)") and the short lines right under it, up to the first
 * blank line, name the employer, department and place ("Redwood Health AI, San Francisco",
 * "Division of Disease Control and Health Statistics"). A title names the job, not what it asks:
 * the skills a posting screens on are asked again in its body. Returns the raw line index of the
 * title and how many lines the masthead has (0 when the first line is not a title).
 */
function masthead(raw: string[]): { first: number; count: number } {
  const first = raw.findIndex((line) => line.trim() !== '');
  if (first < 0) return { first: 0, count: 0 };
  const words = (line: string) => stripMarkup(line.trim()).split(/\s+/).length;
  const isMasthead = (line: string) => {
    const text = stripMarkup(line.trim());
    if (text === '' || BULLET.test(line) || /[.!?]$/.test(text) || words(line) > 16) return false;
    const heading = headingText(line, false);
    return !(heading && heading.rest === '' && classifyHeading(heading.text) !== 'other');
  };
  if (!isMasthead(raw[first]!) || words(raw[first]!) > 12) return { first, count: 0 };
  let count = 1;
  while (count < 4 && first + count < raw.length && isMasthead(raw[first + count]!)) count++;
  return { first, count };
}

// Clauses end at ; . ! ? followed by a space or the end.
const CLAUSE_END = /[;.!?](?:\s+|$)/g;
const PARENTHESIS = /\([^()]*\)/g;
const MARKER_ONLY = /^\(\s*(?:(?:is |are )?a (?:big |strong )?plus|nice to have|(?:strongly |highly )?preferred|optional|bonus|a bonus|desirable|desired)\s*\)$/i;

/**
 * Read a posting's headings and give every stretch a section. A heading sets the kind until the
 * next heading; inside it, a sentence about the company, a person or the law is left out, a
 * trailing "… is a plus" makes its clause (or the sub-clause it closes) preferred, a leading
 * "ideally …" makes the rest of its clause preferred, and a parenthesis speaks for itself.
 * `masthead: false` reads text that has no title and employer lines (a resume's degree lines).
 */
export function readSections(text: string, options: { masthead?: boolean } = {}): PostingSections {
  const points: { at: number; kind: BlockKind; section: JobSection }[] = [];
  const headingRanges: [number, number][] = [];
  const mark = (at: number, kind: BlockKind, section: JobSection = sectionOf(kind)) => points.push({ at, kind, section });
  let current: BlockKind = 'other';
  let paragraphLegal = false;
  for (const line of logicalLines(text, options.masthead !== false)) {
    if (line.text.trim() === '') { paragraphLegal = false; mark(line.start, current); continue; }
    if (line.masthead) { mark(line.start, line.masthead); continue; }
    let content = line.text;
    let contentStart = line.start;
    let lineKind: BlockKind = current;
    if (line.heading) {
      const kind = classifyHeading(line.heading.text);
      const headingEnd = line.start + line.text.length - line.heading.rest.length;
      if (line.heading.rest === '') {
        current = kind;
        lineKind = kind;
        headingRanges.push([line.start, headingEnd]);
      } else if (kind !== 'other' || FACT_LABEL.test(line.heading.text)) {
        // "Nice to have: Docker" switches the section; "Knowledge of: …" under Requirements does not.
        lineKind = FACT_LABEL.test(line.heading.text) && kind === 'other' ? 'salary' : kind;
        if (lineKind !== 'salary' && !(lineKind === 'benefits' && /salary|pay|compensation/i.test(line.heading.text))) current = lineKind;
        headingRanges.push([line.start, headingEnd]);
      }
      content = line.heading.rest;
      contentStart = headingEnd;
      if (content === '') { mark(line.start, lineKind); continue; }
    }
    if (FACT_LABEL.test(content.trim()) && /[:：]/.test(content)) lineKind = 'salary';
    if (LEGAL_SENTENCE.test(content)) paragraphLegal = true;
    if (paragraphLegal) lineKind = 'legal';
    mark(line.start, lineKind);
    markClauses(content, contentStart, lineKind, mark);
  }
  points.sort((a, b) => a.at - b.at);
  const clauseStarts = points.map((point) => point.at);
  const sections = points.map((point) => point.section);
  const kinds = points.map((point) => point.kind);
  const indexAt = (position: number): number => {
    let low = 0;
    let high = clauseStarts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if (clauseStarts[middle]! <= position) low = middle; else high = middle - 1;
    }
    return low;
  };
  return {
    clauseStarts,
    sections,
    kinds,
    headingRanges,
    sectionAt: (position) => sections[indexAt(position)] ?? 'other',
    kindAt: (position) => kinds[indexAt(position)] ?? 'other',
    excludedAt: (position) => EXCLUDED_KINDS.has(kinds[indexAt(position)] ?? 'other'),
  };
}

type Mark = (at: number, kind: BlockKind, section?: JobSection) => void;

function markClauses(content: string, contentStart: number, kind: BlockKind, mark: Mark): void {
  const ends = [...content.matchAll(CLAUSE_END)].map((match) => (match.index ?? 0) + match[0].length);
  if (ends[ends.length - 1] !== content.length) ends.push(content.length);
  let clauseStart = 0;
  for (const clauseEnd of ends) {
    markClause(content.slice(clauseStart, clauseEnd), contentStart + clauseStart, kind, mark);
    clauseStart = clauseEnd;
  }
}

function markClause(clause: string, start: number, kind: BlockKind, mark: Mark): void {
  const body = clause.replace(BULLET, '');
  const lead = clause.length - body.length;
  const sentence = body.trim();
  if (EXCLUDED_KINDS.has(kind)) { mark(start, kind); return; }
  if (LEGAL_SENTENCE.test(sentence)) { mark(start, 'legal'); return; }
  if (BIO_SENTENCE.test(sentence)) { mark(start, 'bio'); return; }
  const aboutCompany = COMPANY_SENTENCE.test(sentence) && !ROLE_SUBJECT.test(sentence);
  if (kind !== 'required' && kind !== 'preferred' && (aboutCompany || BENEFITS_SENTENCE.test(sentence))) {
    mark(start, aboutCompany ? 'company' : 'benefits');
    return;
  }
  if ((kind === 'required' || kind === 'responsibilities') && aboutCompany && !/\byou\b/i.test(sentence)) { mark(start, 'company'); return; }
  const base = sectionOf(kind);
  // Outside parentheses first; a parenthesis then speaks for itself.
  // "(a plus)", "(preferred)" alone in a parenthesis speaks for the whole clause.
  const outside = clause.replace(PARENTHESIS, (inner) => (MARKER_ONLY.test(inner) ? inner : ' '.repeat(inner.length)));
  const spans = preferredSpans(outside);
  const clauseSection: JobSection = base === 'other' && REQUIRED_INLINE.test(outside) && spans.length === 0 ? 'required' : base;
  mark(start, kind, clauseSection);
  for (const [from, to] of spans) {
    mark(start + Math.max(from, lead), kind, 'preferred');
    if (to < clause.length) mark(start + to, kind, clauseSection);
  }
  for (const inner of clause.matchAll(PARENTHESIS)) {
    if (MARKER_ONLY.test(inner[0])) continue;
    const at = inner.index ?? 0;
    const outer = sectionAtIn(spans, at, clauseSection);
    const innerSpans = preferredSpans(inner[0]);
    const innerSection = innerSpans.length > 0 ? 'preferred' : outer === 'other' && REQUIRED_INLINE.test(inner[0]) ? 'required' : outer;
    if (innerSection === outer) continue;
    mark(start + at, kind, innerSection);
    mark(start + at + inner[0].length, kind, outer);
  }
}

function sectionAtIn(spans: [number, number][], at: number, base: JobSection): JobSection {
  return spans.some(([from, to]) => at >= from && at < to) ? 'preferred' : base;
}

/**
 * Stretches of a clause a marker makes preferred: from "ideally"/"preferably" to the clause's
 * end, and up to "… a plus"/"… preferred" from the start of the sub-clause it closes (after
 * "…, with", "…, and") or else from the clause's start.
 */
function preferredSpans(clause: string): [number, number][] {
  const spans: [number, number][] = [];
  for (const match of clause.matchAll(PREFERRED_LEADING)) spans.push([match.index ?? 0, clause.length]);
  for (const match of clause.matchAll(PREFERRED_TRAILING)) {
    const at = match.index ?? 0;
    // "not required" after "no experience with X" waives nothing here: only the phrase's own words.
    let from = 0;
    for (const boundary of clause.slice(0, at).matchAll(SUBCLAUSE_START)) from = (boundary.index ?? 0) + boundary[0].length;
    spans.push([from, at + match[0].length]);
  }
  spans.sort((a, b) => a[0] - b[0]);
  return spans;
}

const SECTION_RANK: Record<JobSection, number> = { required: 2, preferred: 1, other: 0 };

/** The stronger of two sections: a skill asked for anywhere as required is required. */
export function strongerSection(a: JobSection, b: JobSection): JobSection {
  return SECTION_RANK[a] >= SECTION_RANK[b] ? a : b;
}
