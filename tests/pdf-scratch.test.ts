import { writeFileSync } from 'node:fs';
import { it } from 'vitest';
import { generateBullets } from '../src/bullets/index.js';
import { assembleResume } from '../src/resume/assemble-resume.js';
import { resumeLayout } from '../src/resume/resume-sections.js';
import { renderResumePdf } from '../src/pdf/render.js';
import { loadResumeTemplate } from '../src/cli/load-templates.js';
import { coverage, evidence, keywordSet, phraseBook, profile, repos, roadmapItems } from './fixtures/build-inputs.js';

it('scratch render', async () => {
  for (const name of ['classic', 'compact']) {
    const template = loadResumeTemplate(name, 'templates/resume');
    const bullets = generateBullets({ evidence, coverage, keywordSet, phraseBook, roadmapItems, repos });
    const resume = assembleResume(profile, bullets, coverage, keywordSet, { draft: false, maxBulletsPerEntry: template.maxBulletsPerEntry });
    const t0 = Date.now();
    const pdf = await renderResumePdf(resumeLayout(resume, template), template);
    console.log(name, Date.now() - t0, 'ms', pdf.length);
    writeFileSync(`/tmp/resume-${name}.pdf`, pdf);
    writeFileSync(`/tmp/resume.json`, JSON.stringify(resume, null, 2));
  }
});
