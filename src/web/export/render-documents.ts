import { createElement } from 'react';
import { pdf } from '@react-pdf/renderer';
import type { ResumeTemplate, Resume } from '../../model/index.js';
// In the web build, ../../pdf/fonts.js is swapped for ./browser-fonts.ts (see vite.config.ts):
// the same font families, loaded from URLs. The documents themselves are the CLI's.
import { registerFonts } from '../../pdf/fonts.js';
import { ResumeDocument } from '../../pdf/resume-document.js';
import { PortfolioDocument } from '../../pdf/portfolio-document.js';
import { portfolioModel, type PortfolioInput } from '../../resume/portfolio-model.js';
import { resumeLayout } from '../../resume/resume-sections.js';

type PdfElement = Parameters<typeof pdf>[0];

/** resume.pdf as `roadfolio build` renders it (src/pdf/render.ts), as a Blob for the browser. */
export function renderResumeBlob(resume: Resume, template: ResumeTemplate): Promise<Blob> {
  registerFonts();
  const layout = resumeLayout(resume, template);
  const element = createElement(ResumeDocument, { layout, template, title: `${layout.name} – Resume` });
  return pdf(element as unknown as PdfElement).toBlob();
}

/** portfolio.pdf as `roadfolio build` renders it. */
export function renderPortfolioBlob(input: PortfolioInput): Promise<Blob> {
  registerFonts();
  const element = createElement(PortfolioDocument, { model: portfolioModel(input) });
  return pdf(element as unknown as PdfElement).toBlob();
}
