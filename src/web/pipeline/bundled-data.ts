import { validateKeywordSet } from '../../keywords/lexicon.js';
import { PhraseBook, ResumeTemplate, type KeywordSet } from '../../model/index.js';

// The same data files the CLI reads from disk, bundled by Vite as JSON modules. The lexicon is
// left out: `roadfolio build` and `analyze` match postings against the chosen set, and so do we.
const keywordSetFiles = import.meta.glob<unknown>(['../../../keyword-sets/*.json', '!../../../keyword-sets/lexicon.json'], { eager: true, import: 'default' });
const phraseFiles = import.meta.glob<unknown>('../../../templates/phrases/*.json', { eager: true, import: 'default' });
const resumeTemplateFiles = import.meta.glob<unknown>('../../../templates/resume/*.json', { eager: true, import: 'default' });

const fileName = (path: string) => path.replace(/^.*\/(keyword-sets|templates)\//, '$1/');
const byPath = <T>(files: Record<string, T>) => Object.entries(files).sort(([a], [b]) => a.localeCompare(b));

export interface BundledData {
  keywordSets: KeywordSet[];
  phraseBook: PhraseBook;
  resumeTemplates: ResumeTemplate[];
}

/** Validated once at startup with the CLI's own schemas; a bad bundled file fails the build's tests. */
export function loadBundledData(): BundledData {
  const keywordSets = byPath(keywordSetFiles).map(([path, json]) => validateKeywordSet(json, fileName(path)));
  const books = byPath(phraseFiles).map(([, json]) => PhraseBook.parse(json));
  // Several phrase files merge as the CLI merges them (loadPhraseBook): later ids replace earlier.
  const byId = <T extends { id: string }>(lists: T[][]): T[] => [...new Map(lists.flat().map((template) => [template.id, template])).values()];
  const phraseBook: PhraseBook = {
    version: 1,
    verbs: Object.assign({}, ...books.map((book) => book.verbs)),
    templates: byId(books.map((book) => book.templates)),
    followUps: byId(books.map((book) => book.followUps)),
  };
  const resumeTemplates = byPath(resumeTemplateFiles).map(([, json]) => ResumeTemplate.parse(json));
  return { keywordSets, phraseBook, resumeTemplates };
}
