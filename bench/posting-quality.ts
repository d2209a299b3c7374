// How well `roadfolio jd` reads postings it was not built on: recall of the labelled required
// skills, trap hits, false skills and section accuracy, over tests/fixtures/postings-unseen/.
// The labels were written before the extractor ran on the postings (see that folder's README).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { compileMatcher, extractJobKeywords, type Matcher } from '../src/keywords/index.js';
import type { JobSection, KeywordSet } from '../src/model/index.js';
import { strongerSection } from '../src/keywords/jd-sections.js';

export interface PostingLabels {
  family: string;
  required: string[];
  preferred: string[];
  mentioned: string[];
  traps: string[];
}

export interface PostingScore {
  name: string;
  family: string;
  required: { total: number; found: number; missed: string[] };
  preferred: { total: number; found: number; missed: string[] };
  /** Labelled required/preferred skills found in the wrong section, as "term: got → labelled". */
  wrongSection: string[];
  sectionChecked: number;
  trapHits: string[];
  /** Reported skills the labels do not name, neither as themselves nor as a broader or narrower term. */
  falseSkills: string[];
  /** Reported skills the labels do not name as themselves (the stricter count, for comparison). */
  strictFalse: string[];
  /** Label terms the lexicon has no form for (they can only be missed). */
  unknownLabels: string[];
}

export interface QualitySummary {
  postings: PostingScore[];
  requiredRecall: number;
  preferredRecall: number;
  trapHits: number;
  falsePerPostingMax: number;
  falsePerPostingMean: number;
  /** Worst posting when only an exact label counts (no parent/child credit). */
  strictFalsePerPostingMax: number;
  sectionAccuracy: number;
}

/** The canonical term a label names: any written form of a lexicon keyword (term, alias, acronym), case aside. */
function resolver(matcher: Matcher): (label: string) => string | undefined {
  const byForm = new Map<string, string>();
  for (const keyword of matcher.keywords) {
    for (const form of [keyword.term, ...keyword.aliases, keyword.acronym]) {
      if (form !== undefined && !byForm.has(form.toLowerCase())) byForm.set(form.toLowerCase(), keyword.term);
    }
  }
  return (label) => byForm.get(label.toLowerCase());
}

export function readLabelledPostings(dir: string): { name: string; text: string; labels: PostingLabels }[] {
  return readdirSync(dir)
    .filter((file) => /\.(md|txt)$/.test(file) && !/^README/i.test(file))
    .sort()
    .map((file) => {
      const name = file.replace(/\.(md|txt)$/, '');
      return { name, text: readFileSync(join(dir, file), 'utf8'), labels: JSON.parse(readFileSync(join(dir, `${name}.labels.json`), 'utf8')) as PostingLabels };
    });
}

/**
 * Parent links of the lexicon (term → parent term), to score a specific term against a broader
 * label and back: a posting labelled "Communication" is answered by "Presentation Skills" (whose
 * parent is Communication), and "SAS/STAT" found where the label says "SAS" is no false skill.
 */
function parents(matcher: Matcher): Map<string, string> {
  const byLower = new Map(matcher.keywords.map((keyword) => [keyword.term.toLowerCase(), keyword.term]));
  const out = new Map<string, string>();
  for (const keyword of matcher.keywords) {
    const parent = keyword.parent === undefined ? undefined : byLower.get(keyword.parent.toLowerCase());
    if (parent !== undefined && parent !== keyword.term) out.set(keyword.term, parent);
  }
  return out;
}

function ancestorsOf(term: string, parentOf: Map<string, string>): string[] {
  const out: string[] = [];
  for (let at = parentOf.get(term); at !== undefined && !out.includes(at) && at !== term; at = parentOf.get(at)) out.push(at);
  return out;
}

export function scorePosting(name: string, text: string, labels: PostingLabels, lexicon: Matcher, keywordSet?: KeywordSet): PostingScore {
  const resolve = resolver(lexicon);
  const parentOf = parents(lexicon);
  const job = extractJobKeywords(text, lexicon, { ...(keywordSet ? { keywordSet } : {}), unknown: false });
  const found = new Map<string, JobSection>(job.keywords.filter((keyword) => keyword.known).map((keyword) => [keyword.term, keyword.section]));
  // A label is answered by its own term or by any narrower term found (MMRM answers "Mixed Models").
  const answers = new Map<string, JobSection>();
  for (const [term, section] of found) {
    for (const covered of [term, ...ancestorsOf(term, parentOf)]) {
      const before = answers.get(covered);
      answers.set(covered, before === undefined ? section : strongerSection(before, section));
    }
  }
  const unknownLabels: string[] = [];
  const canonical = (label: string) => {
    const term = resolve(label);
    if (term === undefined) unknownLabels.push(label);
    return term ?? label;
  };
  const labelled = new Set<string>();
  const wrongSection: string[] = [];
  let sectionChecked = 0;
  const recall = (labels: string[], section: JobSection) => {
    const missed: string[] = [];
    for (const label of labels) {
      const term = canonical(label);
      labelled.add(term);
      const got = found.get(term) ?? answers.get(term);
      if (got === undefined) { missed.push(label); continue; }
      sectionChecked++;
      if (got !== section) wrongSection.push(`${label}: ${got} → ${section}`);
    }
    return { total: labels.length, found: labels.length - missed.length, missed };
  };
  const required = recall(labels.required, 'required');
  const preferred = recall(labels.preferred, 'preferred');
  // A skill labelled both ways (asked for under requirements and again as a plus) is checked once, as required.
  for (const label of labels.mentioned) labelled.add(canonical(label));
  const traps = new Set(labels.traps.map((label) => resolve(label) ?? label));
  const trapHits = [...found.keys()].filter((term) => traps.has(term));
  // Not false: a labelled term, a narrower term of one (SAS/STAT under SAS) or a broader one (the
  // "periodic safety reports" that PSUR and PBRER are kinds of).
  const broaderOfLabelled = new Set([...labelled].flatMap((term) => ancestorsOf(term, parentOf)));
  const strictFalse = [...found.keys()].filter((term) => !labelled.has(term) && !traps.has(term));
  const falseSkills = strictFalse.filter((term) => !broaderOfLabelled.has(term) && !ancestorsOf(term, parentOf).some((ancestor) => labelled.has(ancestor)));
  return { name, family: labels.family, required, preferred, wrongSection, sectionChecked, trapHits, falseSkills, strictFalse, unknownLabels };
}

export function scorePostings(postings: { name: string; text: string; labels: PostingLabels }[], lexicon: Matcher, keywordSet?: KeywordSet): QualitySummary {
  const scores = postings.map((posting) => scorePosting(posting.name, posting.text, posting.labels, compileMatcher(lexicon), keywordSet));
  const sum = (pick: (score: PostingScore) => number) => scores.reduce((total, score) => total + pick(score), 0);
  const pct = (part: number, whole: number) => (whole === 0 ? 100 : Math.round((part / whole) * 1000) / 10);
  return {
    postings: scores,
    requiredRecall: pct(sum((score) => score.required.found), sum((score) => score.required.total)),
    preferredRecall: pct(sum((score) => score.preferred.found), sum((score) => score.preferred.total)),
    trapHits: sum((score) => score.trapHits.length),
    falsePerPostingMax: Math.max(0, ...scores.map((score) => score.falseSkills.length)),
    falsePerPostingMean: Math.round((sum((score) => score.falseSkills.length) / Math.max(1, scores.length)) * 100) / 100,
    strictFalsePerPostingMax: Math.max(0, ...scores.map((score) => score.strictFalse.length)),
    sectionAccuracy: pct(sum((score) => score.sectionChecked - score.wrongSection.length), sum((score) => score.sectionChecked)),
  };
}

/** A readable table of the summary, one line per posting and the totals. */
export function formatQuality(summary: QualitySummary, verbose = false): string {
  const lines = summary.postings.map((score) => {
    const head = `${score.name.padEnd(38)} req ${score.required.found}/${score.required.total}  pref ${score.preferred.found}/${score.preferred.total}  traps ${score.trapHits.length}  false ${score.falseSkills.length}  wrong-section ${score.wrongSection.length}`;
    if (!verbose) return head;
    const detail = [
      score.required.missed.length ? `  missed required: ${score.required.missed.join(', ')}` : '',
      score.preferred.missed.length ? `  missed preferred: ${score.preferred.missed.join(', ')}` : '',
      score.trapHits.length ? `  TRAPS: ${score.trapHits.join(', ')}` : '',
      score.falseSkills.length ? `  false: ${score.falseSkills.join(', ')}` : '',
      score.strictFalse.length > score.falseSkills.length ? `  narrower/broader than a label: ${score.strictFalse.filter((term) => !score.falseSkills.includes(term)).join(', ')}` : '',
      score.wrongSection.length ? `  section: ${score.wrongSection.join('; ')}` : '',
    ].filter(Boolean);
    return [head, ...detail].join('\n');
  });
  lines.push(`required recall ${summary.requiredRecall} %, preferred recall ${summary.preferredRecall} %, trap hits ${summary.trapHits}, false skills per posting max ${summary.falsePerPostingMax} (mean ${summary.falsePerPostingMean}; ${summary.strictFalsePerPostingMax} counting exact labels only), section right ${summary.sectionAccuracy} %`);
  return lines.join('\n');
}
