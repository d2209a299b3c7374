import { createElement, type ReactElement } from 'react';
import { pdf } from '@react-pdf/renderer';
import type { ResumeTemplate } from '../model/index.js';
import type { PortfolioModel } from '../resume/portfolio-model.js';
import type { ResumeLayout } from '../resume/resume-sections.js';
import { prepareFonts } from './font-shaping.js';
import { PlanDocument } from './plan-document.js';
import { PortfolioDocument } from './portfolio-document.js';
import { pdfLinesPerPage } from './read-back.js';
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

/** resume.pdf; with `date`, its creation date and file id, so the same resume and date give the same bytes. */
export function renderResumePdf(layout: ResumeLayout, template: ResumeTemplate, options: { date?: Date } = {}): Promise<Buffer> {
  return renderDocument(createElement(ResumeDocument, { layout, template, title: `${layout.name} – Resume`, ...(options.date ? { date: options.date } : {}) }));
}

/** A last page with fewer lines than this (footer included) reads as a mistake. */
const NEAR_EMPTY_LINES = 7;
const DEFAULT_README_CHARS = 900;

/**
 * portfolio.pdf, for an employer. When the last page would hold only a few lines (the tail of the
 * last project's README excerpt), the excerpt is shortened and the document rendered again, up to
 * three times: a page with two lines on it reads as a mistake to the person it is sent to.
 */
export async function renderPortfolioPdf(model: PortfolioModel): Promise<Buffer> {
  let current = model;
  let pdf = await renderDocument(createElement(PortfolioDocument, { model: current }));
  for (let attempt = 0; attempt < 3; attempt += 1) {
    const lines = await pdfLinesPerPage(pdf);
    const last = current.projects.at(-1);
    if (lines.length <= 1 || (lines.at(-1) ?? 0) >= NEAR_EMPTY_LINES || !last?.readme) break;
    const chars = Math.floor((last.readmeChars ?? DEFAULT_README_CHARS) * 0.6);
    const shortened = chars < 150 ? (({ readme: _dropped, ...rest }) => rest)(last) : { ...last, readmeChars: chars };
    current = { ...current, projects: [...current.projects.slice(0, -1), shortened] };
    pdf = await renderDocument(createElement(PortfolioDocument, { model: current }));
  }
  return pdf;
}

export function renderPlanPdf(model: PortfolioModel): Promise<Buffer> {
  return renderDocument(createElement(PlanDocument, { model }));
}
