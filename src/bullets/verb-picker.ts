import type { PhraseBook } from '../model/index.js';

/**
 * Strong action verbs, none repeated within a section: the first of the template's list the
 * section has not used yet; when all are used, the first unused verb of any list.
 */
export class VerbPicker {
  private readonly used = new Set<string>();
  constructor(private readonly book: PhraseBook) {}

  /** `avoid`: the phrase the verb will open ("a CNN trained on ..." should not follow "Trained"). */
  pick(listName: string, avoid = ''): string {
    const preferred = this.book.verbs[listName] ?? [];
    const everything = Object.values(this.book.verbs).flat();
    const inPhrase = (candidate: string) => new RegExp(`\\b${candidate}\\b`, 'i').test(avoid);
    const verb = [...preferred, ...everything].find((candidate) => !this.used.has(candidate) && !inPhrase(candidate))
      ?? preferred.find((candidate) => !inPhrase(candidate)) ?? preferred[0] ?? 'Built';
    this.used.add(verb);
    return verb;
  }
}
