import type { KeywordSet } from '../model/index.js';
import { foldToken } from './tokens.js';
import { type CompiledForm, type MatchableKeyword, type Matcher, type TrieNode } from './compile.js';

// The compiled lexicon as JSON, so a new process (`roadfolio jd`) reads the trie instead of
// validating 1,500 terms with zod and stemming every written form again (about 0.5 s cold).
// The file names the hash of the inputs it was compiled from; a stale or damaged file is not
// used. Written by `npm run build` for the bundled sets (src/store/write-compiled-keywords.ts).
//
// Parsing is deferred: each branch of the trie under the root and each keyword is stored as its
// own JSON string and parsed the first time the matcher walks into it, so a posting costs the
// branches its words start, not the whole lexicon (parsing all of it made 0.1-0.2 s of garbage).

/** Bump when the compiler or this format changes: older files are then ignored. */
export const COMPILED_FORMAT = 5;

/** A form without its folded words: they are folded again from `raw` when the node is opened. */
type FormData = [keyword: number, kind: CompiledForm['kind'], raw: string[], caseSensitive: 0 | 1, needsContext: 0 | 1, generated: 0 | 1];
/** A node: its children by stem (a child under the root is a JSON string of its NodeData) and its forms. */
type NodeData = [children: [string, NodeData | string][], forms: FormData[]];

export interface CompiledLexiconFile {
  format: number;
  /** sha256 of the compiler format, the lexicon file and the keyword set file, as bytes. */
  inputsHash: string;
  name: string;
  /** The keyword set as validated when the file was written (its tiers tag the skills). */
  keywordSet: KeywordSet;
  /** Each keyword as a JSON string, parsed when a form of it is first met. */
  keywords: string[];
  trie: NodeData;
}

export function serializeMatcher(matcher: Matcher, keywordSet: KeywordSet, inputsHash: string): CompiledLexiconFile {
  const index = new Map(matcher.keywords.map((keyword, at) => [keyword, at]));
  const at = (keyword: MatchableKeyword) => {
    const found = index.get(keyword);
    if (found === undefined) throw new Error(`compiled form of "${keyword.term}" has no keyword in the matcher`);
    return found;
  };
  const node = (trie: TrieNode, depth: number): NodeData => [
    [...(trie.next ?? new Map<string, TrieNode>())].map(([stem, child]) => [stem, depth === 0 ? JSON.stringify(node(child, 1)) : node(child, depth + 1)]),
    (trie.forms ?? []).map((form) => [at(form.keyword), form.kind, form.raw, form.caseSensitive ? 1 : 0, form.needsContext ? 1 : 0, form.generated ? 1 : 0]),
  ];
  return { format: COMPILED_FORMAT, inputsHash, name: matcher.name, keywordSet, keywords: matcher.keywords.map((keyword) => JSON.stringify(keyword)), trie: node(matcher.root, 0) };
}

/** The keywords of a file, each parsed once, on first use. */
class StoredKeywords {
  readonly #parsed: (MatchableKeyword | undefined)[];
  constructor(private readonly stored: string[]) {
    this.#parsed = new Array<MatchableKeyword | undefined>(stored.length);
  }

  at(index: number): MatchableKeyword {
    let keyword = this.#parsed[index];
    if (keyword === undefined) {
      const text = this.stored[index];
      if (text === undefined) throw new Error(`compiled lexicon: a form refers to keyword ${index} of ${this.stored.length}`);
      keyword = this.#parsed[index] = JSON.parse(text) as MatchableKeyword;
    }
    return keyword;
  }

  all(): MatchableKeyword[] {
    return this.stored.map((_text, index) => this.at(index));
  }
}

/** A trie node read from the file, built the first time the matcher walks into it. */
class StoredNode implements TrieNode {
  #data: NodeData | string | undefined;
  #next: Map<string, TrieNode> | undefined;
  #forms: CompiledForm[] | undefined;
  constructor(data: NodeData | string, private readonly keywords: StoredKeywords) {
    this.#data = data;
  }

  #open(): void {
    const data = typeof this.#data === 'string' ? (JSON.parse(this.#data) as NodeData) : this.#data;
    this.#data = undefined;
    if (data === undefined) return;
    const [children, forms] = data;
    if (children.length > 0) this.#next = new Map(children.map(([stem, child]) => [stem, new StoredNode(child, this.keywords)]));
    if (forms.length > 0) {
      this.#forms = forms.map(([at, kind, raw, caseSensitive, needsContext, generated]) => {
        const lower = raw.map(foldToken);
        return { keyword: this.keywords.at(at), kind, raw, lower, lowerKey: lower.join(' '), caseSensitive: caseSensitive === 1, needsContext: needsContext === 1, ...(generated === 1 ? { generated: true } : {}) };
      });
    }
  }

  get next(): Map<string, TrieNode> | undefined {
    if (this.#data !== undefined) this.#open();
    return this.#next;
  }

  get forms(): CompiledForm[] | undefined {
    if (this.#data !== undefined) this.#open();
    return this.#forms;
  }
}

/** The matcher a compiled file holds; throws on a file that does not have this format's shape. */
export function deserializeMatcher(file: CompiledLexiconFile): Matcher {
  if (file.format !== COMPILED_FORMAT || !Array.isArray(file.keywords) || !Array.isArray(file.trie)) {
    throw new Error('compiled lexicon: not this format');
  }
  const keywords = new StoredKeywords(file.keywords);
  let all: MatchableKeyword[] | undefined;
  return {
    name: file.name,
    get keywords() { return (all ??= keywords.all()); },
    root: new StoredNode(file.trie, keywords),
  };
}
