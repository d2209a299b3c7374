// natural's single-file modules ship no type declarations; we import them by path
// (never the package index: it prints dotenv lines to stdout and loads databases).
declare module 'natural/lib/natural/stemmers/porter_stemmer.js' {
  const PorterStemmer: { stem(word: string): string; tokenizeAndStem(text: string, keepStops?: boolean): string[] };
  export default PorterStemmer;
}
declare module 'natural/lib/natural/tokenizers/regexp_tokenizer.js' {
  export class WordPunctTokenizer { tokenize(text: string): string[] }
  export class WordTokenizer { tokenize(text: string): string[] }
  export class RegexpTokenizer { constructor(options: { pattern: RegExp; gaps?: boolean }); tokenize(text: string): string[] }
  export class OrthographyTokenizer { constructor(options: { language: string }); tokenize(text: string): string[] }
}
declare module 'natural/lib/natural/tfidf/tfidf.js' {
  export default class TfIdf {
    constructor();
    /** A string (tokenised), a token array, or a term-count map (used as it is). */
    addDocument(doc: string | string[] | Record<string, number>, key?: unknown): void;
    tfidf(term: string | string[], docIndex: number): number;
    idf(term: string): number;
    listTerms(docIndex: number): { term: string; tf: number; idf: number; tfidf: number }[];
  }
}
declare module 'natural/lib/natural/ngrams/ngrams.js' {
  const NGrams: { ngrams(sequence: string | string[], n: number): string[][]; bigrams(s: string | string[]): string[][]; trigrams(s: string | string[]): string[][] };
  export default NGrams;
}
declare module 'natural/lib/natural/distance/jaro-winkler_distance.js' {
  export default function JaroWinklerDistance(s1: string, s2: string, options?: { ignoreCase?: boolean }): number;
}
declare module 'natural/lib/natural/distance/dice_coefficient.js' {
  export default function DiceCoefficient(s1: string, s2: string): number;
}
declare module 'natural/lib/natural/util/stopwords.js' {
  export const words: string[];
}
