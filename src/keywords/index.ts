// Public API of the keyword engine (pure: no files, clock or network; runs in Node and the browser).
export { compileMatcher, keywordsOf, type Matcher, type MatcherSource, type MatchableKeyword } from './compile.js';
export { findKeywords, findKeywordsInStream, type KeywordMatch } from './match.js';
export { tokenizeText, type TokenStream } from './tokens.js';
export { KeywordFileError, extendLexicon, tierLookup, validateKeywordSet, validateLexicon } from './lexicon.js';
export { extractJobKeywords, type JobAnalysis, type JobExtractionOptions } from './jd.js';
export { readSections, type PostingSections } from './jd-sections.js';
export { degreesAsked, jobTitleOf, type Degree } from './jd-facts.js';
export { BACKGROUND_DOCUMENTS } from './background-corpus.js';
