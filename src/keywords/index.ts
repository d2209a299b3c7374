/**
 * The ATS keyword engine. Pure: no files, clock, network or console; runs in Node and the browser.
 * Callers load keyword sets and the lexicon (src/store/keyword-sets.ts in Node, JSON imports in the
 * web app), build evidence (src/evidence), and call:
 *
 *   compileMatcher(setOrLexicon): Matcher               trie of every form; cached per object
 *   findKeywords(text, setOrLexiconOrMatcher): KeywordMatch[]
 *   extractJobKeywords(text, lexicon, { keywordSet?, unknown?, unknownLimit? }): JobAnalysis
 *   analyze({ evidence, keywordSet, roadmap?, jobText?, resumeText?, profile?, lexicon? }): Coverage
 *   lintResume(resume: ResumeText, setOrLexicon): LintIssue[]   (lintBullets(bullets, set) for bullets alone)
 *   searchabilityChecks({ resume, profile?, jobText?, jobTitle? }): SearchabilityCheck[]
 *   resumeTextFromProfile(profile) / resumeTextFromPlain(text): ResumeText
 *   validateKeywordSet(json, source) / validateLexicon(json, source) / extendLexicon(lexicon, ...sets)
 *
 * Contracts: Coverage (src/model/coverage.ts) is `roadfolio analyze --json` and coverage.json;
 * JobKeywords (src/model/job.ts) is `roadfolio jd --json`. docs/keywords.md explains the score.
 */
export { compileMatcher, keywordsOf, type Matcher, type MatcherSource, type MatchableKeyword } from './compile.js';
export { findKeywords, findKeywordsInStream, type KeywordMatch } from './match.js';
export { tokenizeText, type TokenStream } from './tokens.js';
export { KeywordFileError, extendLexicon, tierLookup, validateKeywordSet, validateLexicon } from './lexicon.js';
export { extractJobKeywords, type JobAnalysis, type JobExtractionOptions } from './jd.js';
export { readSections, type PostingSections } from './jd-sections.js';
export { coverageAcrossPostings, skillsAskedMost, type AskedSkill, type PostingsCoverage } from './jd-many.js';
export { degreesAsked, jobTitleOf, type Degree } from './jd-facts.js';
export { BACKGROUND_DOCUMENTS } from './background-corpus.js';
export { analyze, type AnalyzeInput } from './analyze.js';
export { lintBullets, lintResume, STUFFING_LIMIT } from './lint.js';
export { searchabilityChecks, titlePresent, type SearchabilityInput } from './searchability.js';
export { suggestFromRoadmap, inProgressItems, keywordsOfItem } from './suggestions.js';
export { coverageOfJob } from './jd-coverage.js';
export { mappedHits, rulePattern, validateEvidenceMap, withMappedHits } from './evidence-map.js';
export { hitsInEvidence, type HitsByTerm } from './evidence-hits.js';
export { tierScore, weightedScore } from './score.js';
export { resumeTextFromPlain, resumeTextFromProfile, resumeFullText, standardSectionOf, type ResumeText, type ResumeSectionKind } from './resume-text.js';
export { opensWithActionVerb } from './action-verbs.js';
export { sameWordsOtherForm } from './wording.js';
