/** Slot values for one bullet; a missing or empty value removes its optional [ ... ] group. */
export type SlotValues = Partial<Record<string, string>>;

const SLOT = /\{(\w+)\}/g;
const OPTIONAL_GROUP = /\[([^\]]*\{\w+\}[^\]]*)\]/g;

/** Slots outside [ ] groups: the pattern only fits evidence that has all of them. */
export function requiredSlots(pattern: string): string[] {
  const outside = pattern.replace(OPTIONAL_GROUP, '');
  return [...outside.matchAll(SLOT)].map((match) => match[1] ?? '');
}

/** Fill `{slot}`s; an optional `[ ... ]` group stays only when every slot in it has a value. */
export function fillPattern(pattern: string, values: SlotValues): string {
  const withGroups = pattern.replace(OPTIONAL_GROUP, (_group, inner: string) => {
    const slots = [...inner.matchAll(SLOT)].map((match) => match[1] ?? '');
    return slots.every((slot) => values[slot]) ? inner : '';
  });
  return withGroups.replace(SLOT, (_slot, name: string) => values[name] ?? '').replace(/\s+/g, ' ').trim();
}

const PLACEHOLDER = /\[[^\]]+\]/g;

export function placeholdersIn(text: string): string[] {
  return [...text.matchAll(PLACEHOLDER)].map((match) => match[0]);
}

/** The printed form: every `[add result]` marker and the comma or semicolon before it removed. */
export function withoutPlaceholders(text: string): string {
  return text.replace(/\s*[,;:]?\s*\[[^\]]+\]/g, '').replace(/\s+/g, ' ').trim();
}

/** Bullets end with a full stop, once. */
export function asSentence(text: string): string {
  const trimmed = text.trim().replace(/[,;:\s]+$/, '');
  return /[.!?]$/.test(trimmed) ? trimmed : `${trimmed}.`;
}
