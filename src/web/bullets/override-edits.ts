import type { BulletOverride, Resume } from '../../model/resume.js';

/**
 * The user's bullet edits, as changes to the profile's `meta.roadfolio.overrides` (keyed by
 * evidence id): the same place `roadfolio build --profile` reads them from, so an edit made
 * here shows in the PDFs built here and in an exported profile.json used by the CLI.
 */
export function withOverride(profile: Resume, evidenceId: string, change: (current: BulletOverride) => BulletOverride): Resume {
  const settings = profile.meta?.roadfolio ?? { links: {}, overrides: {} };
  const next = change(settings.overrides[evidenceId] ?? {});
  const overrides = { ...settings.overrides };
  if (Object.values(next).every((value) => value === undefined)) delete overrides[evidenceId];
  else overrides[evidenceId] = next;
  return { ...profile, meta: { ...profile.meta, roadfolio: { ...settings, overrides } } };
}

/**
 * Replace the evidence's bullets with the user's list (their words, placeholders and all). The
 * list also holds the generated bullets they kept, word for word: those stay generated and
 * unchecked (src/bullets/overrides.ts), so an edit to one bullet changes only that bullet.
 */
export function withBullets(profile: Resume, evidenceId: string, bullets: string[] | undefined): Resume {
  return withOverride(profile, evidenceId, (current) => ({ ...current, bullets }));
}

/**
 * "Order by this posting": the user's entry order is dropped (entries fall back to the posting's
 * ranking) and each list they wrote or ordered is sorted by how many of the posting's terms a
 * bullet names, ties kept in their order. Only when the user asks for it.
 */
export function orderedByPosting(profile: Resume, entries: readonly { evidenceId: string; bullets: readonly { draft: string; keywords: readonly string[] }[] }[], jobTerms: readonly string[]): Resume {
  const asked = new Set(jobTerms);
  const hits = (keywords: readonly string[]) => keywords.filter((term) => asked.has(term)).length;
  let next = profile;
  for (const id of Object.keys(profile.meta?.roadfolio?.overrides ?? {})) next = withOverride(next, id, (current) => ({ ...current, order: undefined }));
  for (const entry of entries) {
    if (next.meta?.roadfolio?.overrides[entry.evidenceId]?.bullets === undefined) continue;
    const sorted = [...entry.bullets].sort((a, b) => hits(b.keywords) - hits(a.keywords)).map((bullet) => bullet.draft);
    next = withBullets(next, entry.evidenceId, sorted);
  }
  return next;
}

/** Give every entry of a section its position as `order`, so a move sticks across edits. */
export function withEntryOrder(profile: Resume, orderedIds: string[]): Resume {
  return orderedIds.reduce((next, id, position) => withOverride(next, id, (current) => ({ ...current, order: position })), profile);
}

export function moved<T>(list: readonly T[], index: number, delta: -1 | 1): T[] {
  const target = index + delta;
  if (target < 0 || target >= list.length) return [...list];
  const next = [...list];
  const [item] = next.splice(index, 1);
  next.splice(target, 0, item as T);
  return next;
}
