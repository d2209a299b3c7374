import type { PhraseBook, PhraseTemplate } from '../model/index.js';
import type { EvidenceFacts } from './evidence-facts.js';
import { requiredSlots } from './fill-pattern.js';

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

const signalCache = new Map<string, RegExp>();
function signalPattern(signal: string): RegExp {
  let pattern = signalCache.get(signal);
  if (!pattern) {
    // The text is lower-cased already; a plain class compiles far faster than \p{L} in V8.
    pattern = new RegExp(`(?<![a-z0-9\\u00C0-\\u024F])${escape(signal.toLowerCase())}(?![a-z0-9\\u00C0-\\u024F])`);
    signalCache.set(signal, pattern);
  }
  return pattern;
}

/** How many of the template's signal words the evidence text contains (0 for a catch-all template). */
export function signalScore(template: PhraseTemplate, facts: EvidenceFacts): number {
  return template.signals.filter((signal) => signalPattern(signal).test(facts.text)).length;
}

function fits(template: PhraseTemplate, facts: EvidenceFacts, slots: Record<string, string | undefined>): boolean {
  if (!template.kinds.includes(facts.evidence.kind)) return false;
  if (template.signals.length > 0 && signalScore(template, facts) === 0) return false;
  return requiredSlots(template.pattern).every((slot) => slot === 'result' || slot === 'verb' || Boolean(slots[slot]));
}

/**
 * The main template for a piece of evidence: of those whose kind and signals fit, the highest
 * priority, then the most signal words, then the book's order. Deterministic for the same input.
 */
export function chooseTemplate(book: PhraseBook, facts: EvidenceFacts, slots: Record<string, string | undefined>): PhraseTemplate | undefined {
  const headline = facts.headline.toLowerCase();
  const candidates = book.templates
    .map((template, index) => ({ template, index, score: signalScore(template, facts), first: firstSignalAt(template, headline) }))
    .filter(({ template }) => fits(template, facts, slots));
  // The user's own one-line description says what the thing is: "Exploratory analysis of ... and a
  // logistic regression baseline" is an analysis, whatever the README adds. Its earliest signal wins;
  // without one, the highest priority among templates the whole text fits.
  candidates.sort((a, b) => a.first - b.first || b.template.priority - a.template.priority || b.score - a.score || a.index - b.index);
  return candidates[0]?.template;
}

function firstSignalAt(template: PhraseTemplate, headline: string): number {
  const positions = template.signals.map((signal) => headline.search(signalPattern(signal))).filter((at) => at >= 0);
  return positions.length > 0 ? Math.min(...positions) : Infinity;
}

/** Follow-up templates whose required slots the evidence fills, in the book's order. */
export function chooseFollowUps(book: PhraseBook, facts: EvidenceFacts, slots: Record<string, string | undefined>): PhraseTemplate[] {
  return book.followUps.filter((template) => fits(template, facts, slots));
}

/**
 * Strong action verbs, none repeated within a section: the first of the template's list the
 * section has not used yet; when all are used, the first unused verb of any list.
 */
export class VerbPicker {
  private readonly used = new Set<string>();
  constructor(private readonly book: PhraseBook) {}

  pick(listName: string): string {
    const preferred = this.book.verbs[listName] ?? [];
    const everything = Object.values(this.book.verbs).flat();
    const verb = [...preferred, ...everything].find((candidate) => !this.used.has(candidate)) ?? preferred[0] ?? 'Built';
    this.used.add(verb);
    return verb;
  }
}
