import { createElement } from 'react';
import { renderToBuffer } from '@react-pdf/renderer';
import type { ResumeTemplate } from '../model/index.js';
import type { ResumeLayout } from '../resume/resume-sections.js';
import { registerFonts } from './fonts.js';
import { ResumeDocument } from './resume-document.js';
import { PortfolioDocument } from './portfolio-document.js';
import type { PortfolioModel } from '../resume/portfolio-model.js';

export async function renderResumePdf(layout: ResumeLayout, template: ResumeTemplate): Promise<Buffer> {
  registerFonts();
  const element = createElement(ResumeDocument, { layout, template, title: `${layout.name} – Resume` });
  // renderToBuffer is typed for a <Document> element; ResumeDocument returns one.
  return renderToBuffer(element as unknown as Parameters<typeof renderToBuffer>[0]);
}

export async function renderPortfolioPdf(model: PortfolioModel): Promise<Buffer> {
  registerFonts();
  const element = createElement(PortfolioDocument, { model });
  return renderToBuffer(element as unknown as Parameters<typeof renderToBuffer>[0]);
}
