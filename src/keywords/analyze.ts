import type { Coverage, Evidence, EvidenceMap, KeywordSet, Lexicon, Profile, Roadmap, ShownCoverage, Tier, WordingNote } from '../model/index.js';
import { mappedHits, withMappedHits } from './evidence-map.js';
import { compileMatcher, keywordsOf, type Matcher } from './compile.js';
import { hitsInEvidence, type HitsByTerm } from './evidence-hits.js';
import { coverageOfJob } from './jd-coverage.js';
import { jobTitleOf } from './jd-facts.js';
import { lintResume } from './lint.js';
import { lintBullet } from '../bullets/bullet-lint.js';
import { findKeywords } from './match.js';
import { resumeFullText, resumeTextFromPlain, resumeTextFromProfile, type ResumeText } from './resume-text.js';
import { sameWordsOtherForm } from './wording.js';
import { tierScore, tierCoverage, weightedScore } from './score.js';
import { searchabilityChecks } from './searchability.js';
import { inProgressItems, rankSuggestions, requiredGapsByItem, suggestFromRoadmap } from './suggestions.js';

export interface AnalyzeInput {
  /** Everything the user has done (buildEvidence): done roadmap items, repos, profile entries. */
  evidence: Evidence[];
  keywordSet: KeywordSet;
  /** The whole roadmap: its not-done items become suggestions, in-progress ones are listed. */
  roadmap?: Roadmap;
  /** A job description, for JD coverage, the title and degree checks. */
  jobText?: string;
  /** The resume as plain text; without it the resume is what the profile shows. */
  resumeText?: string;
  profile?: Profile;
  /** What job-description extraction recognises (extendLexicon(lexicon, set)); defaults to the set. */
  lexicon?: Lexicon | Matcher;
  /** What the profile's work, degrees and certificates show in data words (keyword-sets/evidence-map/). */
  evidenceMap?: EvidenceMap;
}

function shownTermsOf(set: KeywordSet, resume: ResumeText): Set<string> {
  return new Set(findKeywords(resumeFullText(resume), compileMatcher(set)).map((match) => match.term));
}

function shownCoverage(set: KeywordSet, shown: ReadonlySet<string>, claimable: HitsByTerm): ShownCoverage {
  const tierTerms = (tier: Tier) => keywordsOf(set).filter((keyword) => keyword.tier === tier && shown.has(keyword.term)).map((keyword) => keyword.term);
  const mustHave = tierTerms('mustHave');
  const goodToHave = tierTerms('goodToHave');
  const mustHaveScore = tierScore(set.mustHave.length, mustHave.length);
  const goodToHaveScore = tierScore(set.goodToHave.length, goodToHave.length);
  const all = keywordsOf(set);
  return {
    score: weightedScore(set, mustHaveScore, goodToHaveScore),
    mustHave: { score: mustHaveScore, terms: mustHave },
    goodToHave: { score: goodToHaveScore, terms: goodToHave },
    claimableNotShown: all.filter((keyword) => claimable.has(keyword.term) && !shown.has(keyword.term)).map((keyword) => ({ term: keyword.term, tier: keyword.tier! })),
    shownWithoutEvidence: all.filter((keyword) => shown.has(keyword.term) && !claimable.has(keyword.term)).map((keyword) => ({ term: keyword.term, tier: keyword.tier! })),
  };
}

/**
 * Where the evidence only has another form of a keyword's own words (visualisation, deploying
 * models), a literal ATS filter may miss it: suggest the set's term.
 */
function wordingFromSet(hits: HitsByTerm): WordingNote[] {
  const notes: WordingNote[] = [];
  for (const [term, found] of hits) {
    if (found.some((hit) => hit.form === 'exact' || hit.form === 'acronym')) continue;
    const best = found.find((hit) => sameWordsOtherForm(hit.matched, term));
    if (!best) continue;
    notes.push({ term, useWords: term, yourWords: best.matched, form: best.form, evidenceId: best.evidenceId });
  }
  return notes;
}

/** Roadmap items that close only the posting's required gaps (no set keyword) still belong in the advice. */
function addItemsForPosting(suggestions: Coverage['suggestions'], roadmap: Roadmap, byItem: ReadonlyMap<number, string[]>): Coverage['suggestions'] {
  const listed = new Set(suggestions.map((suggestion) => suggestion.line));
  const extra = roadmap.items
    .filter((item) => item.status !== 'done' && byItem.has(item.line) && !listed.has(item.line))
    .map((item) => ({ title: item.title, line: item.line, status: item.status as 'in_progress' | 'not_started', covers: [], weight: 0, ...(item.phase ? { phase: item.phase } : {}) }));
  return [...suggestions, ...extra];
}

/**
 * Coverage of a keyword set by the evidence: per-tier and weighted scores, each covered keyword
 * with the evidence that backs it, what is missing, what the resume shows, suggestions from the
 * roadmap, and, with a job description, its coverage, searchability checks and resume lint.
 * A keyword counts as covered only with evidence; in-progress roadmap items are never evidence.
 */
export function analyze(input: AnalyzeInput): Coverage {
  const set = input.keywordSet;
  const mapped = mappedHits(input.evidence, input.evidenceMap);
  const setTerms = new Set(keywordsOf(set).map((keyword) => keyword.term));
  const hits = withMappedHits(hitsInEvidence(input.evidence, compileMatcher(set)), mapped, setTerms);
  const mustHave = tierCoverage(set.mustHave, hits);
  const goodToHave = tierCoverage(set.goodToHave, hits);
  const missing = new Set([...mustHave.missing, ...goodToHave.missing]);

  const suggestions = input.roadmap ? rankSuggestions(suggestFromRoadmap(input.roadmap, set, missing)) : [];
  const plannable = new Set(suggestions.flatMap((suggestion) => suggestion.covers.map((cover) => cover.term)));
  const resume = input.resumeText !== undefined ? resumeTextFromPlain(input.resumeText) : input.profile ? resumeTextFromProfile(input.profile) : undefined;

  const coverage: Coverage = {
    keywordSet: set.name,
    score: weightedScore(set, mustHave.score, goodToHave.score),
    mustHave,
    goodToHave,
    suggestions,
    weights: set.weights,
    uncoveredMustHaves: mustHave.missing.filter((term) => !plannable.has(term)),
    ...(input.roadmap ? { inProgress: inProgressItems(input.roadmap, set) } : {}),
  };
  const shownTerms = resume ? shownTermsOf(set, resume) : new Set<string>();
  if (resume) coverage.shown = shownCoverage(set, shownTerms, hits);

  let wording = wordingFromSet(hits);
  if (input.jobText !== undefined) {
    const { jd, wording: jdWording } = coverageOfJob(input.jobText, input.lexicon ?? set, set, input.evidence, resume ? resumeFullText(resume) : '', { hits, shown: shownTerms }, mapped);
    coverage.jd = jd;
    // What to learn next: the posting's required gaps first, then must-haves, then roadmap order.
    if (input.roadmap) {
      const byItem = requiredGapsByItem(input.roadmap, input.lexicon ?? set, jd.missingRequired);
      const ranked = rankSuggestions(addItemsForPosting(coverage.suggestions, input.roadmap, byItem), byItem);
      coverage.suggestions = ranked;
    }
    const fromJob = new Set(jdWording.map((note) => note.term));
    wording = [...jdWording, ...wording.filter((note) => !fromJob.has(note.term))];
  }
  coverage.wording = wording;
  if (resume) {
    const jobTitle = input.jobText ? jobTitleOf(input.jobText) : undefined;
    coverage.searchability = searchabilityChecks({ resume, ...(input.profile ? { profile: input.profile } : {}), ...(input.jobText ? { jobText: input.jobText } : {}), ...(jobTitle ? { jobTitle } : {}) });
    // The bullet lint's text rules on every bullet as written (keyword lists, filler, unmeasured
    // numbers, a data set's size told as work). Entries are not told apart here, so no repeated-verb rule.
    const bulletIssues = resume.sections.flatMap((section) => section.bullets.flatMap((text) => lintBullet(text, { keywordSet: set })));
    coverage.lint = [...lintResume(resume, set), ...bulletIssues];
  }
  return coverage;
}
