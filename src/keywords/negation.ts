// A README that says "This project does not use SQL" or "TODO: add machine learning later" names
// SQL and machine learning, but it is evidence AGAINST them: the user has not used them (yet).
// Evidence matching therefore drops a keyword whose clause negates it or only plans it. The rule is
// deliberately coarse (the whole clause, not the grammatical scope of "not"): a keyword lost from a
// clause like "No GPU needed, trains with PyTorch" costs less than a skill the user never used
// appearing on their resume. Job descriptions are NOT read this way: a posting's "no experience
// with X required" still names X (its degree requirements handle "not required" themselves).

/**
 * Clause boundaries: a sentence end (`.`, `!`, `?` before a space or the end, so "Node.js" and
 * "v1.2" stay whole), a semicolon, a line break unless the next line goes on in lower case (a
 * README hard-wrapped at 80 columns: "does not\nuse Docker" is one clause), or a contrast word
 * that starts a new claim ("We did not use a GPU, but trained with PyTorch").
 */
const CLAUSE_BREAK = /[.!?](?=\s|$)|;|\n(?![ \t]*\p{Ll})|\b(?:[Bb]ut|[Hh]owever|[Ww]hereas|[Aa]lthough|[Tt]hough|[Ii]nstead)\b/gu;

/**
 * Cues that make every keyword in their clause not-evidence. Negation: not (except "not only"),
 * no (except "no." as in number, and "no-code"), never, without, nothing, none, neither, nor,
 * cannot, any "n't" contraction (doesn't, isn't, didn't, won't, can't). Intention: TODO / to-do,
 * plan(s/ned/ning) to, first-person will ("I will", "we'll") and "I'm going to", will be
 * added/implemented/supported, want(s) to / would like to / hope(s) to / intend(s) to (not after
 * "you": "if you want to run it, use Docker" is an instruction), next: / next step(s), someday,
 * future work, in the future, coming soon, not yet, roadmap: / wishlist, "planned:" / planned
 * features, upcoming.
 * A bare "will" ("running make will build the Docker image") describes what the code does, so
 * only first-person and "will be added" forms count as intention.
 */
const CUE = new RegExp(
  [
    String.raw`\bnot\b(?!\s+only\b)`,
    String.raw`\bno\b(?![.\-‐‑]\w|\.\s*\d)`,
    String.raw`\b(?:never|without|nothing|none|neither|nor|cannot)\b`,
    String.raw`\b\w+n['’]t\b`,
    String.raw`\bto[\s-]?dos?\b`,
    String.raw`\bplan(?:s|ned|ning)?\s+to\b`,
    String.raw`\b(?:i|we)\s+will\b`,
    String.raw`\b(?:i|we)['’]ll\b`,
    String.raw`\bwill\s+be\s+(?:added|implemented|supported|included|integrated)\b`,
    // "If you want to run it locally, use Docker" addresses the reader: not the author's plan.
    String.raw`(?<!\byou\s+)\b(?:wants?|would\s+like|hopes?|intends?)\s+to\b`,
    String.raw`\b(?:i['’]m|i\s+am|we\s+are|we['’]re)\s+going\s+to\b`,
    String.raw`\bnext\s*:|\bnext\s+steps?\b`,
    // "planned" only as a label ("Planned: Docker", "planned features"): "Planned and ran a SQL migration" is done work.
    String.raw`\bplanned\s*(?::|features?\b|work\b)|\b(?:someday|some\s+day|upcoming|wish\s?list)\b`,
    String.raw`\bfuture\s+work\b|\bin\s+the\s+future\b|\bcoming\s+soon\b`,
    String.raw`\broadmap\s*:`,
  ].join('|'),
  'i',
);

/**
 * Character ranges [start, end) of the clauses of a text that negate or only plan what they name.
 * Linear in the text: one pass for the clause breaks, one cue test per clause.
 */
export function unclaimedRanges(text: string): [number, number][] {
  const ranges: [number, number][] = [];
  let start = 0;
  const testClause = (end: number) => {
    if (end > start && CUE.test(text.slice(start, end))) ranges.push([start, end]);
  };
  for (const found of text.matchAll(CLAUSE_BREAK)) {
    const at = found.index ?? 0;
    testClause(at);
    start = at + found[0].length;
  }
  testClause(text.length);
  return ranges;
}

/** Whether a match at [start, end) lies in one of the ranges (sorted, as unclaimedRanges gives them). */
export function inRanges(ranges: [number, number][], start: number, end: number): boolean {
  for (const [from, to] of ranges) {
    if (from > start) return false;
    if (start < to && end <= to) return true;
  }
  return false;
}
