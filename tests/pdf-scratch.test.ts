import { writeFileSync } from 'node:fs';
import { it } from 'vitest';
import { generateBullets } from '../src/bullets/index.js';
import { assembleResume } from '../src/resume/assemble-resume.js';
import { resumeLayout } from '../src/resume/resume-sections.js';
import { portfolioModel } from '../src/resume/portfolio-model.js';
import { renderPortfolioPdf, renderResumePdf } from '../src/pdf/render.js';
import { loadResumeTemplate } from '../src/cli/load-templates.js';
import { coverage, evidence, keywordSet, phraseBook, profile, repos, roadmap, roadmapItems } from './fixtures/build-inputs.js';

it('scratch render', async () => {
  const template = loadResumeTemplate('classic', 'templates/resume');
  const bullets = generateBullets({ evidence, coverage, keywordSet, phraseBook, roadmapItems, repos });
  const resume = assembleResume(profile, bullets, coverage, keywordSet, { draft: false, maxBulletsPerEntry: template.maxBulletsPerEntry });
  const model = portfolioModel({ resume, bullets, coverage, keywordSet, repos, roadmap, draft: false });
  const t0 = Date.now();
  const pdf = await renderPortfolioPdf(model);
  console.log('portfolio', Date.now() - t0, 'ms', pdf.length);
  writeFileSync(`/tmp/portfolio.pdf`, pdf);
});
