import type { AtsCheck } from '../../resume/ats-check.js';
import type { ApplyReport } from './run-apply.js';

function readBackLine(name: string, check: AtsCheck): string[] {
  if (check.ok) return [];
  const lines = [`  ${name}: FAILED read-back against resume.json`];
  if (check.lostInPdf.length > 0) lines.push(`    keywords lost: ${check.lostInPdf.join(', ')}`);
  if (check.onlyInPdf.length > 0) lines.push(`    keywords only there: ${check.onlyInPdf.join(', ')}`);
  for (const line of check.missingLines.slice(0, 3)) lines.push(`    line not read back: ${line}`);
  return lines;
}

/** The lines `roadfolio apply` prints: where, what, the score, the gaps, the read-back of each file. */
export function applySummary(report: ApplyReport, folder: string, isNew: boolean): string {
  const { record, readBack } = report;
  const { score } = record;
  const lines = [
    `${isNew ? 'Wrote' : 'Updated'} ${folder}/ (${record.status}${isNew ? ', new application' : ''})`,
    `  ${record.role} at ${record.company}`,
    `  Posting score ${score.posting}/100: your evidence backs ${score.requiredCovered} of ${score.requiredTotal} required skills${score.shown !== undefined ? `; the resume shows ${score.shown}/100 of the keyword set` : ''}.`,
  ];
  if (record.gaps.length > 0) lines.push(`  Gaps: ${record.gaps.slice(0, 6).map((gap) => (gap.section === 'required' ? `${gap.term} (required)` : gap.term)).join(', ')}${record.gaps.length > 6 ? ` and ${record.gaps.length - 6} more` : ''}`);
  const failed = [...readBackLine('resume.pdf', readBack.pdf), ...readBackLine('resume.docx', readBack.docx), ...readBackLine('resume.txt', readBack.txt)];
  if (failed.length === 0) {
    lines.push(`  Read back: resume.pdf (${report.pages} ${report.pages === 1 ? 'page' : 'pages'}), resume.docx and resume.txt name the same ${readBack.pdf.resumeTerms.length} keywords as resume.json, every line in place.`);
  } else lines.push(...failed);
  lines.push(`  Report: ${folder}/report.md`);
  return `${lines.join('\n')}\n`;
}
