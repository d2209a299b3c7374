import { createElement, type ReactElement } from 'react';
import { pdf } from '@react-pdf/renderer';
import type { PaperSize, ResumeTemplate } from '../model/index.js';
import type { PortfolioModel } from '../resume/portfolio-model.js';
import type { ResumeLayout } from '../resume/resume-sections.js';
import { prepareFonts } from './font-shaping.js';
import { PortfolioDocument } from './portfolio-document.js';
import { ResumeDocument } from './resume-document.js';

type PdfDocument = Parameters<typeof pdf>[0];

type PdfInstance = ReturnType<typeof pdf>;

/**
 * react-pdf's renderToBuffer makes a new React root per render and never unmounts it, so a
 * long-lived process (the web preview, the benchmark's 200 renders) keeps every fibre tree it
 * ever drew. One root per process, re-rendered for each document, keeps memory flat; renders
 * take turns, since the root holds one document at a time.
 */
let instance: PdfInstance | undefined;
let queue: Promise<unknown> = Promise.resolve();

async function renderNow(element: ReactElement): Promise<Buffer> {
  await prepareFonts();
  instance ??= pdf();
  instance.updateContainer(element as unknown as NonNullable<PdfDocument>);
  const stream = await instance.toBuffer();
  return new Promise<Buffer>((resolve, reject) => {
    const chunks: Buffer[] = [];
    stream.on('data', (chunk: Buffer) => chunks.push(chunk));
    stream.on('end', () => resolve(Buffer.concat(chunks)));
    stream.on('error', reject);
  });
}

function renderDocument(element: ReactElement): Promise<Buffer> {
  const turn = queue.then(() => renderNow(element));
  queue = turn.catch(() => undefined);
  return turn;
}

export function renderResumePdf(layout: ResumeLayout, template: ResumeTemplate): Promise<Buffer> {
  return renderDocument(createElement(ResumeDocument, { layout, template, title: `${layout.name} – Resume` }));
}

/** The portfolio on the resume's paper (`ResumeLayout.page.size`), so the two print alike. */
export function renderPortfolioPdf(model: PortfolioModel, paper: PaperSize = 'A4'): Promise<Buffer> {
  return renderDocument(createElement(PortfolioDocument, { model, paper }));
}
