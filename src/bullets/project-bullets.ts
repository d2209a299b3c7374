import type { Bullet, PhraseBook, PhraseTemplate } from '../model/index.js';
import { chooseFollowUps, chooseTemplate, type VerbPicker } from './choose-template.js';
import type { EvidenceFacts } from './evidence-facts.js';
import { asSentence, fillPattern, placeholdersIn, requiredSlots, withoutPlaceholders } from './fill-pattern.js';
import { mentions, type KeywordEntry } from './keyword-mentions.js';
import { joinList, type KeywordNamer } from './keyword-names.js';
import { subjectOf } from './subject.js';

const MAX_TOOLS = 5;
const MAX_METHODS = 4;

interface Context { book: PhraseBook; verbs: VerbPicker; namer: KeywordNamer; properNouns: ReadonlySet<string> }

/** Slot availability before any name is written (naming a keyword spends its first, long form). */
function availableSlots(facts: EvidenceFacts, subject: string): Record<string, string | undefined> {
  const tools = facts.tools.filter((entry) => !mentions(subject, entry.keyword));
  return {
    subject,
    tools: tools.length > 0 ? 'yes' : undefined,
    tools2: tools.length > MAX_TOOLS ? 'yes' : undefined,
    methods: facts.methods.length > 0 ? 'yes' : undefined,
    metric: facts.metric,
    dataset: facts.dataset,
    stars: facts.stars,
  };
}

function slotsUsed(pattern: string): Set<string> {
  return new Set([...pattern.matchAll(/\{(\w+)\}/g)].map((match) => match[1] ?? ''));
}

function renderBullet(template: PhraseTemplate, facts: EvidenceFacts, subject: string, context: Context, spent: Set<string>): Bullet {
  const used = slotsUsed(template.pattern);
  const names = (entries: KeywordEntry[]): string | undefined => {
    const fresh = entries.filter((entry) => !spent.has(entry.keyword.term));
    for (const entry of fresh) spent.add(entry.keyword.term);
    return fresh.length > 0 ? joinList(fresh.map((entry) => context.namer.name(entry.keyword))) : undefined;
  };
  const tools = facts.tools.filter((entry) => !mentions(subject, entry.keyword));
  const verb = context.verbs.pick(template.verbs);
  const values: Record<string, string | undefined> = {
    verb,
    subject,
    metric: facts.metric,
    dataset: facts.dataset,
    stars: facts.stars,
    result: facts.metric ? `achieving ${facts.metric}` : template.placeholder,
  };
  // Fill name slots in the pattern's reading order so the long form of an acronym comes first.
  for (const slot of used) {
    if (slot === 'tools') values.tools = names(tools.slice(0, MAX_TOOLS));
    if (slot === 'tools2') values.tools2 = names(tools.slice(MAX_TOOLS));
    if (slot === 'methods') values.methods = names(facts.methods.slice(0, MAX_METHODS));
  }
  const draft = asSentence(fillPattern(template.pattern, values));
  const text = asSentence(withoutPlaceholders(draft));
  const numbers = [facts.metric, facts.dataset, facts.stars].filter((value): value is string => Boolean(value) && draft.includes(value as string));
  return {
    evidenceId: facts.evidence.id,
    text,
    draft,
    placeholders: placeholdersIn(draft.replace(subject, '')),
    templateId: template.id,
    verb,
    keywords: facts.keywords.filter((entry) => mentions(text, entry.keyword)).map((entry) => entry.keyword.term),
    numbers,
    source: 'generated',
    accepted: false,
  };
}

/**
 * Bullets for one project or repo: a main bullet from the best-fitting template, then follow-ups
 * (methods, dataset size, stars) while they have something new to say.
 */
export function projectBullets(facts: EvidenceFacts, context: Context, name: string): Bullet[] {
  const subject = subjectOf(facts.evidence, context.properNouns, name);
  const available = availableSlots(facts, subject);
  const main = chooseTemplate(context.book, facts, available);
  if (!main) return [];
  const spent = new Set<string>();
  const bullets = [renderBullet(main, facts, subject, context, spent)];
  const usedMain = slotsUsed(main.pattern);
  const freshMethods = () => facts.methods.filter((entry) => !spent.has(entry.keyword.term)).length;
  const isNew: Record<string, () => boolean> = {
    // One method alone ("Used Data Cleaning.") says too little; two, or one on a named dataset, say something.
    methods: () => freshMethods() >= 2 || (facts.dataset !== undefined && freshMethods() >= 1 && !bullets.some((bullet) => bullet.numbers.includes(facts.dataset ?? ''))),
    dataset: () => facts.dataset !== undefined && !bullets.some((bullet) => bullet.numbers.includes(facts.dataset ?? '')),
    stars: () => facts.stars !== undefined && !usedMain.has('stars'),
    tools2: () => facts.tools.some((entry) => !spent.has(entry.keyword.term)),
  };
  for (const followUp of chooseFollowUps(context.book, facts, available)) {
    // A follow-up speaks only when each of its required slots has something no earlier bullet said.
    const required = requiredSlots(followUp.pattern).filter((slot) => slot !== 'verb' && slot !== 'subject');
    if (!required.every((slot) => isNew[slot]?.() ?? true)) continue;
    bullets.push(renderBullet(followUp, facts, subject, context, spent));
  }
  return bullets;
}
