import type { Bullet, BulletOverride, KeywordSet } from '../model/index.js';
import { findKeywords } from '../keywords/index.js';
import { asSentence, placeholdersIn, withoutPlaceholders } from './fill-pattern.js';

/** The canonical terms the user's own text names, by the same matcher coverage uses. */
export function termsNamedIn(text: string, keywordSet: KeywordSet): string[] {
  const named = new Set(findKeywords(text, keywordSet).map((match) => match.term));
  return [...keywordSet.mustHave, ...keywordSet.goodToHave].map((keyword) => keyword.term).filter((term) => named.has(term));
}

/**
 * Apply the user's override for one piece of evidence: their own bullets replace ours (kept as
 * written, minus placeholders in the printed form, with a full stop where it lacks one); a written bullet carries
 * only the keywords its own text names, whatever the evidence behind it has. `accepted` marks ours
 * as read and true.
 * A listed bullet that is word for word one of ours is still ours (the user kept it while editing,
 * moving or removing another): it keeps its evidence and is accepted only if the user ticked
 * `accepted`, so editing one bullet never vouches for the others.
 * Hiding and ordering are decided by the caller, who sees the whole section.
 */
export function applyOverride(evidenceId: string, generated: Bullet[], override: BulletOverride | undefined, keywordSet: KeywordSet): Bullet[] {
  if (!override) return generated;
  if (override.bullets) {
    const ours = new Map(generated.map((bullet) => [bullet.draft, bullet]));
    return override.bullets.map((written): Bullet => {
      const kept = ours.get(written) ?? ours.get(asSentence(written));
      if (kept) return { ...kept, accepted: override.accepted ?? kept.accepted };
      // Every bullet on the resume ends the same way: a full stop is added where the user's has none.
      const draft = asSentence(written);
      const text = asSentence(withoutPlaceholders(written));
      return {
        evidenceId,
        text,
        draft,
        placeholders: placeholdersIn(written),
        templateId: 'override',
        verb: text.split(/\s+/)[0] ?? '',
        keywords: termsNamedIn(text, keywordSet),
        numbers: [...text.matchAll(/\d[\d,.]*%?/g)].map((match) => match[0]),
        source: 'override',
        accepted: true,
      };
    });
  }
  return generated.map((bullet) => ({ ...bullet, accepted: override.accepted ?? bullet.accepted }));
}
