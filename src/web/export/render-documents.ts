import { createElement, type ReactElement } from 'react';
import { pdf } from '@react-pdf/renderer';
import type { ResumeTemplate } from '../../model/index.js';
// In the web build, ../../pdf/fonts.js is swapped for src/web/browser-twins/pdf-fonts.ts (see
// vite.config.ts): the same font families, loaded from URLs. Shaping memo and documents are the CLI's.
import { prepareFonts } from '../../pdf/font-shaping.js';
import { ResumeDocument } from '../../pdf/resume-document.js';
import { PlanDocument } from '../../pdf/plan-document.js';
import { PortfolioDocument } from '../../pdf/portfolio-document.js';
import type { PortfolioModel } from '../../resume/portfolio-model.js';
import type { ResumeLayout } from '../../resume/resume-sections.js';

type PdfDocument = NonNullable<Parameters<typeof pdf>[0]>;

// As in src/pdf/render.ts: one react-pdf root for the page's lifetime, re-rendered per document,
// so a preview re-rendered after every edit does not keep every old tree in memory. Renders take
// turns, since the root holds one document at a time.
let instance: ReturnType<typeof pdf> | undefined;
let queue: Promise<unknown> = Promise.resolve();

function renderBlob(element: ReactElement): Promise<Blob> {
  const turn = queue.then(async () => {
    await prepareFonts();
    instance ??= pdf();
    instance.updateContainer(element as unknown as PdfDocument);
    return instance.toBlob();
  });
  queue = turn.catch(() => undefined);
  return turn;
}

/** resume.pdf as `roadfolio build` renders it, as a Blob for the browser; with `date` (an application's day), dated as `roadfolio apply` dates it. */
export function renderResumeBlob(layout: ResumeLayout, template: ResumeTemplate, options: { date?: Date } = {}): Promise<Blob> {
  // A resume with no name yet is titled plainly, never " – Resume".
  return renderBlob(createElement(ResumeDocument, { layout, template, title: layout.name ? `${layout.name} – Resume` : 'Resume', ...(options.date ? { date: options.date } : {}) }));
}

/** portfolio.pdf (for an employer) as `roadfolio build` renders it. */
export function renderPortfolioBlob(model: PortfolioModel): Promise<Blob> {
  return renderBlob(createElement(PortfolioDocument, { model }));
}

/** plan.pdf (for the user: gaps, next steps, README fixes) as `roadfolio build` renders it. */
export function renderPlanBlob(model: PortfolioModel): Promise<Blob> {
  return renderBlob(createElement(PlanDocument, { model }));
}
