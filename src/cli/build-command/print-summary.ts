import { fieldReport } from '../../check/index.js';
import type { BuildReport } from './run-build.js';

/** The lines `roadfolio build` prints: outputs, placeholders to fill, the ATS check, the job report. */
export function buildSummary(report: BuildReport, draft: boolean): string {
  const lines = [
    `Wrote ${report.files.resumePdf} (${report.pages.resume} ${report.pages.resume === 1 ? 'page' : 'pages'})`,
    `Wrote ${report.files.portfolioPdf} (${report.pages.portfolio} ${report.pages.portfolio === 1 ? 'page' : 'pages'}, for an employer)`,
    `Wrote ${report.files.planPdf} (${report.pages.plan} ${report.pages.plan === 1 ? 'page' : 'pages'}, your plan: gaps, next steps, README fixes)`,
    ...(report.files.resumeDocx ? [`Wrote ${report.files.resumeDocx} (Word, the same text as resume.pdf)`] : []),
    `Wrote ${report.files.resumeJson} (JSON Resume)`,
    `Wrote ${report.files.coverageJson} (keyword coverage ${Math.round(report.score)}/100 by your evidence${report.shown !== undefined ? `, ${Math.round(report.shown)}/100 shown on the resume` : ''})`,
    '',
  ];
  if (report.placeholders.length > 0) {
    lines.push(`${report.placeholders.length} ${report.placeholders.length === 1 ? 'place' : 'places'} to fill (${draft ? 'printed in the PDF: --draft' : 'left out of the PDF; --draft prints them'}):`);
    for (const place of report.placeholders) {
      // Too thin for any bullet: the entry is not printed until the user answers the question.
      if (place.question) lines.push(`  ${place.entry} (${place.evidenceId}): not printed; ${place.question}`);
      else lines.push(`  ${place.placeholder} ${place.entry} (${place.evidenceId}): ${place.draft}`);
    }
    lines.push('  Add your own words under meta.roadfolio.overrides in the profile, keyed by the evidence id.', '');
  }
  if ((report.bulletLint?.length ?? 0) > 0) {
    lines.push('Your bullets that break a rule (printed as you wrote them):');
    for (const found of report.bulletLint ?? []) lines.push(`  ${found.entry} (${found.evidenceId}): ${found.issue.rule}: ${found.issue.message}: "${found.issue.text}"`);
    lines.push('');
  }
  if ((report.leftOut?.length ?? 0) > 0) {
    lines.push('Left out of the resume:');
    for (const entry of report.leftOut ?? []) lines.push(`  ${entry.name} (${entry.evidenceId}): ${entry.reason}`);
    lines.push('');
  }
  if ((report.projectsNotShown?.length ?? 0) > 0) {
    const names = report.projectsNotShown ?? [];
    lines.push(`portfolio.pdf shows the strongest projects; ${names.length} more left out: ${names.slice(0, 20).join(', ')}${names.length > 20 ? `, and ${names.length - 20} others` : ''}`);
    lines.push('');
  }
  if (report.thinProjects.length > 0) {
    lines.push('Left out of portfolio.pdf (too thin to show an employer; see plan.pdf):');
    for (const entry of report.thinProjects) lines.push(`  ${entry.name} (${entry.evidenceId}): ${entry.reason}`);
    lines.push('');
  }
  const { ats } = report;
  if (ats.ok) {
    lines.push(`ATS check: passed. The text extracted from resume.pdf names the same ${ats.resumeTerms.length} keywords as resume.json, and every line reads back.`);
  } else {
    lines.push('ATS check: FAILED. The text extracted from resume.pdf differs from resume.json:');
    if (ats.lostInPdf.length > 0) lines.push(`  keywords lost in the PDF: ${ats.lostInPdf.join(', ')}`);
    if (ats.onlyInPdf.length > 0) lines.push(`  keywords only in the PDF: ${ats.onlyInPdf.join(', ')}`);
    for (const line of ats.missingLines.slice(0, 5)) lines.push(`  line not read back: ${line}`);
  }
  lines.push(...fieldReport(report.check.fields).map((line, index) => (index === 0 ? `Parser read-back of resume.pdf: ${line}` : line)));
  if (report.job) {
    const { job } = report;
    lines.push('', `Job description: it asks for ${job.asked.length} known keywords; the resume shows ${job.shown.length}.`);
    if (job.addThem.length > 0) lines.push(`  Add them (your evidence has them): ${job.addThem.join(', ')}`);
    for (const gap of job.learnThem) {
      const items = gap.roadmapItems.map((item) => `${item.title} (roadmap line ${item.line})`).join('; ');
      lines.push(`  Learn: ${gap.term}${items ? ` via ${items}` : ' (no roadmap item covers it yet)'}`);
    }
  }
  return `${lines.join('\n')}\n`;
}
