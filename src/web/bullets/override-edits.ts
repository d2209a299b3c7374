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

/** Replace the evidence's bullets with the user's list (their words, placeholders and all). */
export function withBullets(profile: Resume, evidenceId: string, bullets: string[] | undefined): Resume {
  return withOverride(profile, evidenceId, (current) => ({ ...current, bullets, accepted: bullets === undefined ? current.accepted : true }));
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
