import type { Coverage, Evidence, KeywordCategory, KeywordSet } from '../model/index.js';
import { keywordEntries, type KeywordEntry } from './keyword-mentions.js';
import { findDatasetSize, findMetric, starsPhrase } from './numbers.js';

/** Categories that name a thing one works with (slot {tools}), as opposed to a method or a domain. */
const TOOL_CATEGORIES: ReadonlySet<KeywordCategory> = new Set(['language', 'framework', 'library', 'tool', 'cloud', 'data-standard']);
const METHOD_CATEGORIES: ReadonlySet<KeywordCategory> = new Set(['method']);

/** What one piece of evidence shows: the only material a bullet about it may use. */
export interface EvidenceFacts {
  evidence: Evidence;
  /** All covered keywords whose hits name this evidence, in keyword-set order (must-haves first). */
  keywords: KeywordEntry[];
  tools: KeywordEntry[];
  methods: KeywordEntry[];
  metric?: string;
  dataset?: string;
  stars?: string;
  /** Lower-cased text of every field and link, for template signals. */
  text: string;
  /** The user's one-line statement of what it is: the repo description, or the roadmap title and note. */
  headline: string;
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

/** Text plus link addresses: a homepage on streamlit.app is a sign the app is deployed. */
function signalText(evidence: Evidence): string {
  return [evidenceText(evidence), ...evidence.links.map((link) => link.url)].join('\n').toLowerCase();
}

export function factsOf(
  evidence: Evidence,
  termsHere: ReadonlySet<string>,
  keywordSet: KeywordSet,
  stars: number | undefined,
): EvidenceFacts {
  const keywords = keywordEntries(keywordSet).filter((entry) => termsHere.has(entry.keyword.term));
  const text = evidenceText(evidence);
  const metric = findMetric(text);
  const dataset = findDatasetSize(text);
  const starText = starsPhrase(stars);
  return {
    evidence,
    keywords,
    tools: keywords.filter((entry) => TOOL_CATEGORIES.has(entry.keyword.category)),
    methods: keywords.filter((entry) => METHOD_CATEGORIES.has(entry.keyword.category)),
    ...(metric ? { metric } : {}),
    ...(dataset ? { dataset } : {}),
    ...(starText ? { stars: starText } : {}),
    text: signalText(evidence),
    headline: evidence.fields.find((field) => field.name === 'description')?.text
      ?? [evidence.title, evidence.fields.find((field) => field.name === 'note')?.text ?? ''].join(' '),
  };
}
