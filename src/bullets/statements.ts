import type { Evidence } from '../model/index.js';
import { cleanProjectTitle } from './subject.js';

/**
 * What a piece of evidence says its author did, sorted by the part of the README it stands in.
 * Instructions (installation, usage, licence) are not statements about the work: `pip install x`
 * says nothing about what was built, and "run it on Kaggle" is not using Kaggle.
 */
export interface Statements {
  /** The README's own title (its first heading), when it has one. */
  title?: string;
  /** The repo description: the author's one-line statement of what it is. */
  description?: string;
  /** Sentences of the opening paragraphs (before the first section heading). */
  summary: string[];
  /** "What I did", "Method", "What the notebook does", "Features": steps the author took. */
  did: string[];
  /** "Results", "Findings", "Evaluation". */
  results: string[];
  /** "Data", "Dataset". */
  data: string[];
  /** "Tests", "Testing". */
  tests: string[];
  /** "Why", "Background", "Motivation": who it is for and why. */
  why: string[];
  /** Section headings seen, lower case (for the substance score). */
  headings: string[];
  /** Words of prose in the README (instructions included), for the substance score. */
  words: number;
}

type SectionKind = 'summary' | 'did' | 'results' | 'data' | 'tests' | 'why' | 'skip' | 'other';

const SECTION_KINDS: Array<[SectionKind, RegExp]> = [
  ['skip', /^(install|installation|set ?up|setup|usage|how to (use|run)|run( it)?|running|getting started|quick ?start|requirements|dependencies|licen[cs]e|contributing|acknowledg|credits|references|citation|cite|contact|author|support|faq|todo|roadmap|changelog|limitations|disclaimer|ethics|data ethics|notes?|status)\b/],
  ['results', /^(results?|findings|key findings|what i found|evaluation|performance|outcomes?|metrics|scores)\b/],
  ['tests', /^(tests?|testing)\b/],
  ['data', /^(data|dataset|data ?sets?|data sources?|the data|cohort)\b/],
  ['why', /^(why|background|motivation|context|problem|the problem|purpose)\b/],
  ['did', /^(what (i|we) (did|built|made)|what (it|this|the (notebook|code|tool|app|model|pipeline|script)s?) (does|do)|how it works|method|methods|methodology|approach|features|steps|process|analysis|model(l)?ing|implementation|queries|pipeline|work|overview|about)\b/],
];

function sectionKind(heading: string): SectionKind {
  const lower = heading.toLowerCase().replace(/^[^\p{L}]+/u, '').trim();
  return SECTION_KINDS.find(([, pattern]) => pattern.test(lower))?.[0] ?? 'other';
}

/**
 * Sentences of a block: list items are one each; prose splits after . ! ? before a capital or a
 * bracket, never inside a number ("0.84") or an abbreviation ("e.g.", "et al.").
 */
export function sentencesOf(block: string): string[] {
  return block.split(/\n|;\s+(?=\p{Ll})/u).flatMap((line) => line
    .replace(/\b(e\.g|i\.e|et al|etc|vs|approx|Dr|Mr|Ms|No|Fig)\.\s/g, '$1\u0000 ')
    .split(/(?<=[.!?])\s+(?=[A-Z(“"0-9])/)
    .map((sentence) => sentence.replace(/\u0000/g, '.').trim()))
    .filter((sentence) => /\p{L}/u.test(sentence));
}

/**
 * A block of plain-text README (one paragraph, a list or a heading: readmeToPlainText keeps them
 * apart) is a heading when it is one short line that does not end like a sentence.
 */
function isHeading(block: string): boolean {
  return !block.includes('\n') && block.length <= 60 && !/[.!?:;,]$/.test(block.trim()) && block.split(/\s+/).length <= 8;
}

/** Statements of a repo (description and README prose) or a roadmap item (its note and details). */
export function statementsOf(evidence: Evidence): Statements {
  const field = (name: string) => evidence.fields.find((entry) => entry.name === name)?.text.trim() ?? '';
  const statements: Statements = { summary: [], did: [], results: [], data: [], tests: [], why: [], headings: [], words: 0 };
  const description = field('description').replace(/\s+/g, ' ');
  if (description) statements.description = description;

  if (evidence.kind !== 'repo') {
    // A roadmap row: its note and nested details are what the person wrote about it.
    for (const text of [field('note'), field('details')]) statements.summary.push(...text.split('\n').map((line) => line.trim()).filter(Boolean));
    statements.words = statements.summary.join(' ').split(/\s+/).filter(Boolean).length;
    const title = cleanProjectTitle(evidence.title);
    if (title) statements.title = title;
    return statements;
  }

  const blocks = field('readme').split(/\n{2,}/).map((block) => block.trim()).filter(Boolean);
  let kind: SectionKind = 'summary';
  let headingsSeen = 0;
  for (const block of blocks) {
    statements.words += block.split(/\s+/).length;
    if (isHeading(block)) {
      headingsSeen++;
      // The first heading is the README's title: the opening paragraphs follow it.
      if (headingsSeen === 1 && statements.summary.length === 0 && kind === 'summary') { statements.title = block; continue; }
      statements.headings.push(block.toLowerCase());
      kind = sectionKind(block);
      continue;
    }
    const sentences = sentencesOf(block);
    // A list in the opening paragraphs ("The notebook: - counts ... - compares ...") lists steps.
    if (kind === 'summary' && block.includes('\n')) { statements.did.push(...sentences); continue; }
    if (kind === 'summary' || kind === 'did' || kind === 'results' || kind === 'data' || kind === 'tests' || kind === 'why') statements[kind].push(...sentences);
    else if (kind === 'other') statements.did.push(...sentences.filter((sentence) => /^[A-Z]/.test(sentence)));
  }
  return statements;
}

/** A sentence about a course taken, not work done: "Practice for the Data Cleaning course on Kaggle Learn". */
export function isCourseContext(sentence: string): boolean {
  return /\b(course|courses|lessons?|exercises?|tutorials?|specialization|specialisation|bootcamp|mooc|homework|assignments?|practice for|while (learning|working through|taking)|after the)\b/i.test(sentence);
}
