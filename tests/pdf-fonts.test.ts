import { describe, expect, it } from 'vitest';
import { loadResumeTemplate } from '../src/cli/load-templates.js';
import { renderResumePdf } from '../src/pdf/render.js';
import { pdfPageCount, pdfText } from '../src/pdf/read-back.js';
import { printable } from '../src/resume/printable-text.js';
import { resumeLayout } from '../src/resume/resume-sections.js';
import type { Resume } from '../src/model/index.js';

// A resume with everything Helvetica gets wrong: Polish and French letters, an en dash, a check
// mark, Greek, emoji straight from a roadmap, and a long e-mail address hyphenation would split.
const resume: Resume = {
  basics: {
    name: 'Łukasz Żółć-Nowak',
    label: 'Médecin – data scientist ✓',
    email: 'lukasz.zolc-nowak.clinical-informatics@szpital-uniwersytecki.example.pl',
    summary: 'Cardiologist in Kraków 🏥 ➡️ 💻 retraining in machine learning; Δ-wave and QT analysis → risk scores ≥ 0.9.',
  },
  skills: [{ name: 'Programming', keywords: ['Python', 'SQL', 'R'] }],
  projects: [{ name: 'ECG café ✅', highlights: ['Built an ECG pipeline ✓ in Python – résumé-grade 🚀 results'], keywords: ['Python'] }],
};

describe('resume.pdf fonts and text', () => {
  it('embeds only our TTF fonts: Helvetica is never used', async () => {
    const pdf = await renderResumePdf(resumeLayout(resume, loadResumeTemplate('classic', 'templates/resume')), loadResumeTemplate('classic', 'templates/resume'));
    const fonts = [...Buffer.from(pdf).toString('latin1').matchAll(/\/BaseFont\s*\/([A-Za-z0-9+_-]+)/g)].map((match) => match[1]);
    expect(fonts.length).toBeGreaterThan(0);
    for (const font of fonts) expect(font).toMatch(/NotoSans/);
    expect(pdfPageCount(pdf)).toBe(1);
  });

  it('reads back Ł, ✓, – and é as written, with emoji stripped and the e-mail whole', async () => {
    const template = loadResumeTemplate('compact', 'templates/resume');
    const pdf = await renderResumePdf(resumeLayout(resume, template), template);
    const { text } = await pdfText(pdf);
    expect(text).toContain('Łukasz Żółć-Nowak');
    expect(text).toContain('Médecin – data scientist ✓');
    expect(text).toContain('Built an ECG pipeline ✓ in Python – résumé-grade results');
    expect(text).toContain('Δ-wave');
    expect(text).toContain('-> risk scores >= 0.9');
    expect(text.replace(/\s+/g, '')).toContain('lukasz.zolc-nowak.clinical-informatics@szpital-uniwersytecki.example.pl');
    expect(text).not.toMatch(/[\u{1F300}-\u{1FAFF}\u{2705}\u{27A1}]/u);
    expect(Buffer.from(pdf).toString('latin1')).toContain('mailto:lukasz.zolc-nowak');
  });

  it('strips emoji but keeps the symbols our fonts draw', () => {
    expect(printable('Medical Data Science Mastery Path 🏥 ➡️ 💻')).toBe('Medical Data Science Mastery Path');
    expect(printable('✅ done ✓ • ★')).toBe('done ✓ • ★');
    expect(printable('Phase 2 🏛️: Foundations')).toBe('Phase 2: Foundations');
  });
});
