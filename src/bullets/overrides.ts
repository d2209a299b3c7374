import type { Bullet, BulletOverride, KeywordSet } from '../model/index.js';
import { asSentence, placeholdersIn, withoutPlaceholders } from './fill-pattern.js';
import { mentionedTerms } from './keyword-mentions.js';

/**
 * Apply the user's override for one piece of evidence: their own bullets replace ours (kept as
 * written, minus placeholders in the printed form); `accepted` marks ours as read and true.
 * Hiding and ordering are decided by the caller, who sees the whole section.
 */
export function applyOverride(evidenceId: string, generated: Bullet[], override: BulletOverride | undefined, keywordSet: KeywordSet): Bullet[] {
  if (!override) return generated;
  if (override.bullets) {
    return override.bullets.map((written) => {
      const draft = asSentence(written);
      const text = asSentence(withoutPlaceholders(written));
      return {
        evidenceId,
        text,
        draft,
        placeholders: placeholdersIn(written),
        templateId: 'override',
        verb: text.split(/\s+/)[0] ?? '',
        keywords: mentionedTerms(text, keywordSet),
        numbers: [...text.matchAll(/\d[\d,.]*%?/g)].map((match) => match[0]),
        source: 'override',
        accepted: true,
      };
    });
  }
  return generated.map((bullet) => ({ ...bullet, accepted: override.accepted ?? bullet.accepted }));
}
