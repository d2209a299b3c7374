import fc from 'fast-check';
import type { Bench } from './benches.js';
import { medianMs, report } from './measure.js';
import { build } from '../src/portfolio/index.js';
import { checkResumePdf } from '../src/check/index.js';
import { gatherInputs } from '../src/cli/build-command/gather-inputs.js';
import { loadPhraseBook, loadResumeTemplate } from '../src/cli/load-templates.js';
import type { Resume, ResumeTemplate } from '../src/model/index.js';
import { renderResumePdf } from '../src/pdf/render.js';
import { resumeLayout } from '../src/resume/resume-sections.js';
import { generatedResume } from '../tests/fixtures/generated-profiles.js';

async function readBack(resume: Resume, template: ResumeTemplate) {
  const pdf = await renderResumePdf(resumeLayout(resume, template), template);
  const check = await checkResumePdf(pdf, resume, { margin: template.page.margin, sections: template.sections });
  return { pdf, check };
}

/** Field read-back of resume.pdf (example and generated resumes, both templates) and the check's cost. */
export const resumeCheckBench: Bench = {
  name: 'resume-check',
  async run() {
    const { prepared } = await gatherInputs({ keywords: 'medical-ai' });
    const phraseBook = loadPhraseBook();
    const templates = ['classic', 'compact'].map((name) => loadResumeTemplate(name));
    for (const template of templates) {
      const { resume } = build(prepared, { template, phraseBook, draft: false });
      const { pdf, check } = await readBack(resume, template);
      report(`example, ${template.name}: fields read back (${check.fields.matched} of ${check.fields.total}, ${check.pages} pages)`, (100 * check.fields.matched) / check.fields.total, '%', '100 %');
      report(`example, ${template.name}: layout problems`, check.problems.length, '', '0');
      if (template.name === 'classic') {
        const options = { margin: template.page.margin, sections: template.sections };
        report(`check of the ${check.pages}-page example resume.pdf, warm (median of 20)`, await medianMs(() => checkResumePdf(pdf, resume, options), 20, 3), 'ms', '<= 30 ms');
        report('  the same without reading font names (no bold/italic)', await medianMs(() => checkResumePdf(pdf, resume, { ...options, fontNames: false }), 20, 3), 'ms');
        report('resume.pdf render of the same, warm (median of 20), for scale', await medianMs(() => renderResumePdf(resumeLayout(resume, template), template), 20, 3), 'ms');
      }
    }
    const samples = fc.sample(generatedResume, { numRuns: Number(process.env.ROADFOLIO_BENCH_PROFILES ?? 40), seed: 20261204 });
    for (const template of templates) {
      let matched = 0;
      let total = 0;
      let problems = 0;
      let pages = 0;
      for (const resume of samples) {
        const { check } = await readBack(resume, template);
        matched += check.fields.matched;
        total += check.fields.total;
        problems += check.problems.length;
        pages += check.pages;
      }
      report(`${samples.length} generated resumes, ${template.name}: fields read back (${matched} of ${total})`, (100 * matched) / total, '%', '100 %');
      report(`  layout problems over their ${pages} pages`, problems, '', '0');
    }
  },
};
