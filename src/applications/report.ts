import type { ApplicationGap, ApplicationRecord, Coverage, Evidence, JdKeywordCoverage } from '../model/index.js';
import type { Reordering } from './reordering.js';

export interface ReportInput {
  record: Pick<ApplicationRecord, 'company' | 'role' | 'created' | 'status' | 'posting'>;
  /** Coverage of the tailored resume, with the posting's (`jd`). */
  coverage: Coverage;
  /** Every evidence record, to name where a covered skill comes from. */
  evidence: readonly Evidence[];
  gaps: readonly ApplicationGap[];
  reorderings: readonly Reordering[];
}

const plural = (count: number, one: string, many = `${one}s`) => `${count} ${count === 1 ? one : many}`;

function whereFrom(keyword: JdKeywordCoverage, byId: Map<string, Evidence>): string {
  const seen = new Set<string>();
  const places: string[] = [];
  for (const hit of keyword.evidence) {
    if (seen.has(hit.evidenceId)) continue;
    seen.add(hit.evidenceId);
    const evidence = byId.get(hit.evidenceId);
    places.push(evidence ? `${evidence.title} (${evidence.source.ref})` : hit.evidenceId);
  }
  const shown = places.slice(0, 3).join('; ');
  return places.length > 3 ? `${shown}; and ${places.length - 3} more` : shown;
}

function reorderingLine(change: Reordering): string {
  const why = change.because.length > 0 ? `: it names ${change.because.join(', ')}, which the posting asks for` : '';
  switch (change.change) {
    case 'moved up': return `- ${change.heading}: **${change.what}** moved up from ${change.from} to ${change.to}${why}.`;
    case 'moved down': return `- ${change.heading}: **${change.what}** moved down from ${change.from} to ${change.to}, below entries that name the posting's skills.`;
    case 'added': return `- ${change.heading}: **${change.what}** came in at ${change.to}${why}.`;
    case 'left out': return `- ${change.heading}: **${change.what}** left out to make room (the template's limit).`;
    case 'reordered': return `- ${change.heading}: ${change.what.includes(': bullets') ? `**${change.what.replace(/: bullets$/, '')}**: bullets reordered` : `"${change.what}" reordered`}${change.because.length > 0 ? `, the posting's ${change.because.join(', ')} first` : ''}.`;
  }
}

/**
 * report.md: the score against the posting, the required skills covered and the evidence behind
 * each, the gaps, what to learn next (the roadmap items that close the most gaps, required ones
 * first) and what tailoring reordered. Short enough to read before an interview.
 */
export function applicationReport(input: ReportInput): string {
  const { record, coverage, gaps } = input;
  const byId = new Map(input.evidence.map((item) => [item.id, item]));
  const jd = coverage.jd;
  const known = (jd?.keywords ?? []).filter((keyword) => keyword.known);
  const covered = known.filter((keyword) => keyword.covered);
  const lines = [
    `# ${record.role} at ${record.company}`,
    '',
    `Made ${record.created} · status: ${record.status} · posting: ${record.posting.file}`,
    '',
    '## Score against the posting',
    '',
    `Your evidence backs ${covered.length} of the ${plural(known.length, 'skill')} the posting names (${Math.round(jd?.score ?? 0)}/100), ` +
      `${jd?.required.covered ?? 0} of ${jd?.required.total ?? 0} required. The resume shows ${known.filter((keyword) => keyword.shown).length} of them.`,
  ];
  const required = covered.filter((keyword) => keyword.section === 'required');
  const others = covered.filter((keyword) => keyword.section !== 'required');
  if (required.length > 0) {
    lines.push('', '## Required skills you cover', '');
    for (const keyword of required) lines.push(`- **${keyword.term}**${keyword.shown ? '' : ' (not on the resume yet)'}: ${whereFrom(keyword, byId)}`);
  }
  if (others.length > 0) {
    lines.push('', '## Other skills you cover', '');
    for (const keyword of others) lines.push(`- **${keyword.term}** (${keyword.section})${keyword.shown ? '' : ', not on the resume yet'}: ${whereFrom(keyword, byId)}`);
  }
  lines.push('', '## Gaps', '');
  if (gaps.length === 0) lines.push('None: your evidence backs every skill the posting names.');
  for (const gap of gaps) lines.push(`- **${gap.term}** (${gap.section})${gap.roadmapItems.length === 0 ? ': no roadmap item covers it yet' : ''}`);

  // Roadmap items by how many gaps they close, required gaps counting first.
  const plan = new Map<string, { title: string; line: number; required: string[]; other: string[] }>();
  for (const gap of gaps) {
    for (const item of gap.roadmapItems) {
      const entry = plan.get(item.title) ?? { ...item, required: [], other: [] };
      (gap.section === 'required' ? entry.required : entry.other).push(gap.term);
      plan.set(item.title, entry);
    }
  }
  const ranked = [...plan.values()].sort((a, b) => b.required.length - a.required.length || (b.required.length + b.other.length) - (a.required.length + a.other.length) || a.line - b.line);
  if (ranked.length > 0) {
    lines.push('', '## What to learn next', '');
    ranked.forEach((item, index) => {
      const closes = [...item.required.map((term) => `${term} (required)`), ...item.other].join(', ');
      lines.push(`${index + 1}. **${item.title}** (roadmap line ${item.line}): closes ${closes}`);
    });
  }
  lines.push('', '## What was reordered', '');
  if (input.reorderings.length === 0) lines.push('Nothing: the master resume\'s order already fits this posting.');
  for (const change of input.reorderings) lines.push(reorderingLine(change));
  lines.push('', 'Tailoring only reorders and selects what your sources say; no words are added for the posting.');
  return `${lines.join('\n')}\n`;
}
