import type { JobKeywords } from '../../model/index.js';

const SECTION_TITLES = { required: 'Required', preferred: 'Preferred', other: 'Mentioned elsewhere' } as const;

/** `roadfolio jd` without --json: skills grouped by section, tiers marked, unknown candidates last. */
export function renderJobKeywords(result: JobKeywords): string {
  const lines: string[] = [];
  if (result.title) lines.push(`Job title: ${result.title}`, '');
  for (const section of ['required', 'preferred', 'other'] as const) {
    const known = result.keywords.filter((keyword) => keyword.known && keyword.section === section);
    if (known.length === 0) continue;
    lines.push(`${SECTION_TITLES[section]} (${known.length})`);
    for (const keyword of known) {
      const tier = keyword.tier === 'mustHave' ? 'must-have' : keyword.tier === 'goodToHave' ? 'good-to-have' : '';
      const written = keyword.written && keyword.written.toLowerCase() !== keyword.term.toLowerCase() ? `  as "${keyword.written}"` : '';
      lines.push(`  ${keyword.term.padEnd(34)} ${`×${keyword.count}`.padEnd(4)} ${tier.padEnd(12)}${written}`.trimEnd());
    }
    lines.push('');
  }
  const unknown = result.keywords.filter((keyword) => !keyword.known);
  if (unknown.length) {
    lines.push('Not in the lexicon (check by hand)');
    for (const keyword of unknown) lines.push(`  ${keyword.term.padEnd(34)} ×${keyword.count}  ${keyword.section}`);
    lines.push('');
  }
  if (result.degrees?.length) lines.push(`Degrees: ${result.degrees.map((entry) => `${entry.degree} (${entry.section})`).join(', ')}`, '');
  return lines.join('\n');
}
