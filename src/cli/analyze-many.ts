import { analyze, coverageAcrossPostings } from '../keywords/index.js';
import type { Coverage, JdCoverage } from '../model/index.js';
import { gatherAnalyzeInput } from './analyze-input.js';
import { asUserError } from './as-user-error.js';
import type { AnalyzeOptions } from './commands/analyze.js';
import { UserError } from './user-error.js';
import { readTextInput } from '../store/input-files.js';

/**
 * `roadfolio analyze --jd A --jd B` (or a folder): the evidence read once, each posting scored
 * against it, then what they ask for together. JSON: the coverage without a posting, plus
 * `postings: [{ file, jd, suggestions }]` and `acrossPostings` (src/keywords/jd-many.ts).
 */
export async function analyzeSeveralPostings(options: AnalyzeOptions, files: string[]): Promise<void> {
  if (options.resume === '-' && files.includes('-')) throw new UserError('--jd and --resume cannot both read stdin (-)');
  const input = await gatherAnalyzeInput(options);
  const base = analyze(input);
  const postings: { file: string; jd: JdCoverage; suggestions: Coverage['suggestions'] }[] = [];
  for (const file of files) {
    const jobText = await asUserError(() => readTextInput(file));
    const coverage = analyze({ ...input, jobText });
    if (coverage.jd) postings.push({ file, jd: coverage.jd, suggestions: coverage.suggestions });
  }
  const across = coverageAcrossPostings(postings);
  if (options.json) {
    process.stdout.write(`${JSON.stringify({ ...base, postings, acrossPostings: across }, null, 2)}\n`);
    return;
  }
  const lines = [`Across ${files.length} postings (your evidence against each):`, ''];
  for (const posting of postings) lines.push(`  ${String(posting.jd.required.share).padStart(3)} % of required skills shown   ${posting.file}${posting.jd.title ? ` (${posting.jd.title})` : ''}`);
  lines.push('', 'Skills asked for most (postings requiring / preferring / mentioning), covered by your evidence or not:');
  for (const skill of across.asked.slice(0, 30)) lines.push(`  ${skill.covered ? 'covered' : 'MISSING'}  ${skill.term.padEnd(34)} ${String(skill.required).padStart(3)} ${String(skill.preferred).padStart(3)} ${String(skill.other).padStart(3)}`);
  if (across.missingRequired.length > 0) {
    lines.push('', 'Required skills you do not show yet, most often required first:');
    for (const skill of across.missingRequired.slice(0, 15)) lines.push(`  ${skill.term.padEnd(34)} required by ${skill.postings} of ${postings.length}`);
  }
  if (across.roadmapClosesMost.length > 0) {
    lines.push('', 'Roadmap items that close the most required gaps across these postings:');
    for (const item of across.roadmapClosesMost.slice(0, 8)) lines.push(`  ${item.title} (line ${item.line}): ${item.requiredGapsClosed} gaps in ${item.postings} postings: ${item.closes.join(', ')}`);
  }
  process.stdout.write(`${lines.join('\n')}\n`);
}
