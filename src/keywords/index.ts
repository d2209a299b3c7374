// Public API of the keyword engine (pure: no files, clock or network; runs in Node and the browser).
export { compileMatcher, keywordsOf, type Matcher, type MatcherSource, type MatchableKeyword } from './compile.js';
export { findKeywords, findKeywordsInStream, type KeywordMatch } from './match.js';
export { tokenizeText, type TokenStream } from './tokens.js';
export { KeywordFileError, extendLexicon, tierLookup, validateKeywordSet, validateLexicon } from './lexicon.js';
export { extractJobKeywords, type JobAnalysis, type JobExtractionOptions } from './jd.js';
export { readSections, type PostingSections } from './jd-sections.js';
export { degreesAsked, jobTitleOf, type Degree } from './jd-facts.js';
export { BACKGROUND_DOCUMENTS } from './background-corpus.js';
export { analyze, type AnalyzeInput } from './analyze.js';
export { lintResume, STUFFING_LIMIT } from './lint.js';
export { searchabilityChecks, titlePresent, type SearchabilityInput } from './searchability.js';
export { suggestFromRoadmap, inProgressItems, keywordsOfItem } from './suggestions.js';
export { coverageOfJob } from './jd-coverage.js';
export { hitsInEvidence, type HitsByTerm } from './evidence-hits.js';
export { tierScore, weightedScore } from './score.js';
export { resumeTextFromPlain, resumeTextFromProfile, resumeFullText, standardSectionOf, type ResumeText, type ResumeSectionKind } from './resume-text.js';
export { opensWithActionVerb } from './action-verbs.js';
