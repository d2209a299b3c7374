import type { Coverage, KeywordHit } from '../../model/index.js';

export interface ReportOptions {
  color?: boolean;
  /** Evidence titles by id, to name "roadmap:15" as "Python (Intermediate)". */
  titles?: ReadonlyMap<string, string>;
  /** How many suggestions to show. */
  topSuggestions?: number;
}

const BAR_WIDTH = 24;

function bar(score: number): string {
  const filled = Math.round((score / 100) * BAR_WIDTH);
  return `[${'█'.repeat(filled)}${'░'.repeat(BAR_WIDTH - filled)}] ${score.toFixed(1).padStart(5)}%`;
}

function paint(color: boolean, code: number, text: string): string {
  return color ? `\u001b[${code}m${text}\u001b[0m` : text;
}

function where(hit: KeywordHit, titles?: ReadonlyMap<string, string>): string {
  const title = titles?.get(hit.evidenceId);
  const form = hit.form === 'exact' ? '' : `, ${hit.form}`;
  return `${title ? `${title} (${hit.evidenceId})` : hit.evidenceId} · ${hit.field}: "${hit.matched}"${form}`;
}

function wrapList(items: string[], indent: string, width = 100): string[] {
  const lines: string[] = [];
  let line = indent;
  for (const item of items) {
    const piece = line.trim() === '' ? item : `, ${item}`;
    if (line.length + piece.length > width && line.trim() !== '') { lines.push(`${line},`); line = indent + item; } else line += piece;
  }
  if (line.trim() !== '') lines.push(line);
  return lines;
}

/** `roadfolio analyze` without --json: score bars, covered and missing keywords, top suggestions, checks. */
export function renderCoverage(coverage: Coverage, options: ReportOptions = {}): string {
  const color = options.color ?? false;
  const heading = (text: string) => paint(color, 1, text);
  const out: string[] = [];
  out.push(heading(`Keyword coverage: ${coverage.keywordSet}`), '');
  out.push(`  Overall (claimable)  ${bar(coverage.score)}`);
  out.push(`  Must-have            ${bar(coverage.mustHave.score)}  ${coverage.mustHave.covered.length}/${coverage.mustHave.covered.length + coverage.mustHave.missing.length}`);
  out.push(`  Good-to-have         ${bar(coverage.goodToHave.score)}  ${coverage.goodToHave.covered.length}/${coverage.goodToHave.covered.length + coverage.goodToHave.missing.length}`);
  if (coverage.shown) out.push(`  Shown on resume      ${bar(coverage.shown.score)}`);
  if (coverage.jd) {
    out.push(`  Job: required        ${bar(coverage.jd.required.share)}  ${coverage.jd.required.covered}/${coverage.jd.required.total}${coverage.jd.title ? `  (${coverage.jd.title})` : ''}`);
    out.push(`  Job: preferred       ${bar(coverage.jd.preferred.share)}  ${coverage.jd.preferred.covered}/${coverage.jd.preferred.total}`);
  }
  out.push('');

  for (const [label, tier] of [['Must-have', coverage.mustHave], ['Good-to-have', coverage.goodToHave]] as const) {
    out.push(heading(`${label}: covered (${tier.covered.length})`));
    for (const keyword of tier.covered) {
      const [first, ...rest] = keyword.evidence;
      out.push(`  ${paint(color, 32, '✓')} ${keyword.term.padEnd(32)} ${first ? where(first, options.titles) : ''}${rest.length ? ` (+${rest.length} more)` : ''}`);
    }
    out.push(heading(`${label}: missing (${tier.missing.length})`));
    out.push(...wrapList(tier.missing, '  '));
    out.push('');
  }

  if (coverage.shown?.claimableNotShown.length) {
    out.push(heading('Backed by your evidence but not on your resume: add these honestly today'));
    out.push(...wrapList(coverage.shown.claimableNotShown.map((entry) => entry.term), '  '), '');
  }
  if (coverage.shown?.shownWithoutEvidence.length) {
    out.push(heading('On your resume without evidence here: back them with a project or a done item'));
    out.push(...wrapList(coverage.shown.shownWithoutEvidence.map((entry) => entry.term), '  '), '');
  }

  // The posting's skills your history already shows but the resume does not say: the cheapest fix.
  const unshown = (coverage.jd?.keywords ?? []).filter((keyword) => keyword.known && keyword.covered && !keyword.shown && keyword.section !== 'other')
    .sort((a, b) => (a.section === b.section ? 0 : a.section === 'required' ? -1 : 1));
  if (unshown.length) {
    out.push(heading('Already shown in your experience — put it on the resume'));
    for (const keyword of unshown.slice(0, 12)) {
      const first = keyword.evidence[0]!;
      out.push(`  ${keyword.term.padEnd(28)} ${keyword.section.padEnd(9)} ${where(first, options.titles)}${first.rule ? ` (rule ${first.rule})` : ''}`);
    }
    out.push('');
  }
  const top = coverage.suggestions.slice(0, options.topSuggestions ?? 5);
  if (top.length) {
    out.push(heading(coverage.jd ? 'What to learn next (the posting\'s required skills first, then must-haves, then your roadmap\'s order)' : 'Next steps from your roadmap'));
    for (const suggestion of top) {
      const named = suggestion.covers.filter((cover) => !cover.implied).map((cover) => cover.term);
      const implied = suggestion.covers.filter((cover) => cover.implied).map((cover) => cover.term);
      const required = suggestion.requiredByPosting ?? [];
      const verb = suggestion.status === 'in_progress' ? 'Finish' : 'Do';
      const covers = [...new Set([...required, ...named])];
      out.push(`  ${verb} "${suggestion.title}" (line ${suggestion.line}${suggestion.phase ? `, ${suggestion.phase}` : ''}) to cover ${[...covers, ...implied.map((term) => `${term}*`)].join(', ')}${required.length ? ` — required by the posting: ${required.join(', ')}` : ''}`);
    }
    if (top.some((suggestion) => suggestion.covers.some((cover) => cover.implied))) out.push('  * usually comes with the topic; not named in the item');
    out.push('');
  }
  if (coverage.uncoveredMustHaves?.length) {
    out.push(heading('Missing must-haves no roadmap item covers: plan for these'));
    out.push(...wrapList(coverage.uncoveredMustHaves, '  '), '');
  }
  if (coverage.inProgress?.length) {
    out.push(heading('In progress (not counted until done)'));
    for (const item of coverage.inProgress) out.push(`  ${item.title} (line ${item.line})${item.covers.length ? `: ${item.covers.map((cover) => cover.term).join(', ')}` : ''}`);
    out.push('');
  }
  if (coverage.jd?.missingRequired.length) {
    out.push(heading('Job: required skills you have no evidence for'));
    out.push(...wrapList(coverage.jd.missingRequired, '  '), '');
  }
  if (coverage.wording?.length) {
    out.push(heading('Use the exact words (ATS filters are literal)'));
    for (const note of coverage.wording.slice(0, 10)) out.push(`  "${note.yourWords}" → write "${note.useWords}" (${note.evidenceId})`);
    out.push('');
  }
  if (coverage.searchability?.length) {
    out.push(heading('Searchability checks'));
    const mark = { pass: paint(color, 32, 'pass'), warn: paint(color, 33, 'warn'), fail: paint(color, 31, 'FAIL'), skip: 'skip' };
    for (const check of coverage.searchability) out.push(`  ${mark[check.status]}  ${check.label}: ${check.detail}`);
    out.push('');
  }
  if (coverage.lint?.length) {
    out.push(heading(`Resume lint (${coverage.lint.length})`));
    for (const issue of coverage.lint.slice(0, 15)) out.push(`  - ${issue.message}${issue.text ? `\n      "${issue.text.length > 90 ? `${issue.text.slice(0, 87)}...` : issue.text}"` : ''}`);
    if (coverage.lint.length > 15) out.push(`  … and ${coverage.lint.length - 15} more (--json lists all)`);
    out.push('');
  }
  return out.join('\n');
}
