import { readFileSync } from 'node:fs';
import { createElement } from 'react';
import { Document, Page, Text, View, renderToBuffer } from '@react-pdf/renderer';
import { describe, expect, it } from 'vitest';
import { checkResumePdf } from '../src/check/index.js';
import { loadResumeTemplate } from '../src/cli/load-templates.js';
import { Resume, type PaperSize } from '../src/model/index.js';
import { FONT_FAMILY } from '../src/pdf/fonts.js';
import { prepareFonts } from '../src/pdf/font-shaping.js';
import { renderResumePdf } from '../src/pdf/render.js';
import { resumeLayout } from '../src/resume/resume-sections.js';

// A second persona, written before the parser existed: an ICU nurse moving into clinical data
// analysis, with Polish and Turkish employer names of up to 125 characters, a job with a summary
// and no bullets, a degree with a score, a certificate with a link, four languages.
const nurse = Resume.parse(JSON.parse(readFileSync('tests/fixtures/resumes/nurse-profile.json', 'utf8')));
const expected = (JSON.parse(readFileSync('tests/fixtures/resumes/nurse-expected-read-back.json', 'utf8')) as { fields: Record<string, string> }).fields;

async function renderNurse(templateName: string, paper?: PaperSize) {
  const template = loadResumeTemplate(templateName, 'templates/resume');
  const layout = resumeLayout(nurse, template, paper);
  const pdf = await renderResumePdf(layout, template);
  return { pdf, template, layout, check: await checkResumePdf(pdf, nurse, { margin: template.page.margin, sections: template.sections }) };
}

describe('reading a resume back like a resume parser', () => {
  for (const [templateName, paper] of [['classic', undefined], ['compact', undefined], ['classic', 'LETTER'], ['compact', 'LETTER']] as const) {
    it(`reads every field of the nurse's resume back as written by hand (${templateName}, ${paper ?? 'A4 from her country'})`, async () => {
      const { check, layout } = await renderNurse(templateName, paper);
      expect(layout.page.size).toBe(paper ?? 'A4');
      expect(check.problems).toEqual([]);
      expect(check.fields.read).toEqual(expected);
      expect(check.fields.mismatches).toEqual([]);
      expect(check.fields.matched).toBe(61);
    }, 30_000);
  }

  it('prints the date range as one run with its spaces, the website with its scheme, and no Keywords line', async () => {
    const { check } = await renderNurse('classic');
    expect(check.text).toContain('Clinical Documentation Nurse Mar 2021 – Present');
    expect(check.text).toContain('https://agnieszka-wy.example.org');
    expect(check.text).not.toMatch(/Keywords:/);
    // Position and employer on separate lines: the title line holds no employer.
    expect(check.read.entries.experience[1]?.title).toBe('Intensive Care Nurse, Cardiothoracic Intensive Care Unit');
  }, 30_000);

  it('finds overprint, text past the margins and blank pages in a PDF made elsewhere', async () => {
    await prepareFonts();
    const text = (style: object, content: string) => createElement(Text, { style: { position: 'absolute', fontFamily: FONT_FAMILY, fontSize: 10, ...style } }, content);
    const pdf = await renderToBuffer(createElement(Document, null,
      createElement(Page, { size: 'A4' },
        text({ top: 100, left: 60 }, 'Languages'),
        text({ top: 102, left: 62 }, 'English (Native speaker)'),
        text({ top: 820, left: 60 }, 'Python (Intermediate)'),
        text({ top: 300, left: 560 }, 'Seaborn, Matplotlib')),
      createElement(Page, { size: 'A4' }, createElement(View, null))));
    const check = await checkResumePdf(new Uint8Array(pdf), {}, { margin: 18 });
    const messages = check.problems.map((problem) => problem.message);
    expect(messages).toContain('page 1: "Languages" overlaps "English (Native speaker)"');
    expect(messages).toContain('page 1: "Python (Intermediate)" crosses the bottom margin (18 pt)');
    expect(messages.filter((message) => message.includes('crosses the right margin (18 pt)'))).not.toEqual([]);
    expect(messages).toContain('page 2 is blank');
  }, 30_000);

  it('reports a heading left at the foot of a page', async () => {
    await prepareFonts();
    const line = (top: number, content: string, bold = false) => createElement(Text, { style: { position: 'absolute', top, left: 50, fontFamily: FONT_FAMILY, fontSize: 10, fontWeight: bold ? 700 : 400 } }, content);
    const pdf = await renderToBuffer(createElement(Document, null,
      createElement(Page, { size: 'A4' }, line(60, 'Jane Roe', true), line(700, 'Summary', true), line(716, 'Teacher of chemistry moving to data work.'), line(760, 'Languages', true)),
      createElement(Page, { size: 'A4' }, line(60, 'English (Native), Spanish (B2)'))));
    const check = await checkResumePdf(new Uint8Array(pdf), { basics: { name: 'Jane Roe' }, languages: [{ language: 'English', fluency: 'Native' }, { language: 'Spanish', fluency: 'B2' }] }, { margin: 18 });
    expect(check.problems.map((problem) => problem.message)).toEqual(['page 1: heading "Languages" is left at the foot of the page (its section starts on the next page)']);
    // The section still reads back across the page break.
    expect(check.fields.mismatches).toEqual([]);
  }, 30_000);

  it('loses the job title when title and employer are one bold run, as third-party parsers do', async () => {
    await prepareFonts();
    const line = (top: number, content: string, weight = 400, left = 50) => createElement(Text, { style: { position: 'absolute', top, left, fontFamily: FONT_FAMILY, fontSize: 10, fontWeight: weight } }, content);
    const pdf = await renderToBuffer(createElement(Document, null, createElement(Page, { size: 'A4' },
      line(60, 'Jane Roe', 700),
      line(100, 'Experience', 700),
      line(120, 'Chemistry Teacher, Lincoln High School', 700), line(120, '2015-09 –', 400, 440), line(120, 'present', 400, 510),
      line(134, '• Taught 150 students a year'))));
    const resume: Resume = { basics: { name: 'Jane Roe' }, work: [{ position: 'Chemistry Teacher', name: 'Lincoln High School', startDate: '2015-09', highlights: ['Taught 150 students a year'] }] };
    const check = await checkResumePdf(new Uint8Array(pdf), resume, { margin: 18 });
    expect(check.fields.total).toBe(5);
    expect(check.fields.mismatches.map((miss) => [miss.key, miss.why])).toEqual([
      ['work[0].position', 'different'],
      ['work[0].name', 'not found'],
      ['work[0].dates', 'the date range is split over several text runs'],
    ]);
  }, 30_000);
});
