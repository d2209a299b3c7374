import { strFromU8, unzipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import { renderResumeDocx } from '../../src/export/docx.js';
import { docxParagraphs, docxText, type DocxParagraph } from '../../src/export/docx-read-back.js';
import { compileMatcher, findKeywords } from '../../src/keywords/index.js';
import type { KeywordSet } from '../../src/model/index.js';
import { atsCheck } from '../../src/resume/ats-check.js';
import { layoutText, type ResumeLayout } from '../../src/resume/resume-sections.js';
import { builtResume, pharmacist, type BuiltResume } from '../helpers/built-resume.js';

const DATE = new Date('2026-03-02T09:30:00Z');

const termsWith = (keywordSet: KeywordSet) => {
  const matcher = compileMatcher(keywordSet);
  return (text: string) => [...new Set(findKeywords(text, matcher).map((match) => match.term))].sort();
};

/** Each string of the layout, found in the document's text in the layout's order. */
function missingInOrder(lines: string[], text: string): string[] {
  let from = 0;
  const missing: string[] = [];
  for (const line of lines) {
    const at = text.indexOf(line, from);
    if (at < 0) missing.push(line);
    else from = at + line.length;
  }
  return missing;
}

function checkReadBack(built: BuiltResume, bytes: Uint8Array): void {
  const { layout } = built;
  const paragraphs = docxParagraphs(bytes);
  const text = docxText(bytes);

  // Every field and bullet, in the PDF's order.
  expect(missingInOrder(layoutText(layout), text)).toEqual([]);

  // The name is Word's Title; each section is a Heading 1, in the template's order.
  expect(paragraphs[0]).toMatchObject({ style: 'Title', text: layout.name });
  expect(paragraphs.filter((paragraph) => paragraph.style === 'Heading1').map((paragraph) => paragraph.text))
    .toEqual(layout.sections.map((block) => block.heading));

  // Each job, project or degree title opens a Heading 2 (its dates after a tab).
  const titled = layout.sections.flatMap((block) => block.entries).filter((entry) => entry.title);
  expect(paragraphs.filter((paragraph) => paragraph.style === 'Heading2').map((paragraph) => paragraph.text))
    .toEqual(titled.map((entry) => (entry.dates ? `${entry.title}\t${entry.dates}` : entry.title)));

  // Bullets are list paragraphs with exactly the bullet's words, and nothing else is a list item.
  const bullets = layout.sections.flatMap((block) => block.entries.flatMap((entry) => entry.bullets));
  expect(bullets.length).toBeGreaterThan(3);
  expect(paragraphs.filter((paragraph: DocxParagraph) => paragraph.listItem).map((paragraph) => paragraph.text)).toEqual(bullets);
  expect(text).not.toContain('•');

  // Links are hyperlinks to the same targets, in order.
  const links = [
    ...layout.contacts.flatMap((contact) => (contact.url ? [contact.url] : [])),
    ...layout.sections.flatMap((block) => block.entries.flatMap((entry) => (entry.link ? [entry.link.url] : []))),
  ];
  expect(paragraphs.flatMap((paragraph) => paragraph.links)).toEqual(links);

  // What an ATS counts: the keywords of the DOCX text are those of resume.json's text.
  const check = atsCheck(layout, text, built.keywordSet, termsWith(built.keywordSet));
  expect(check.lostInPdf).toEqual([]);
  expect(check.onlyInPdf).toEqual([]);
  expect(check.missingLines).toEqual([]);
  expect(check.resumeTerms.length).toBeGreaterThan(5);
}

function documentXml(bytes: Uint8Array): string {
  return strFromU8(unzipSync(bytes)['word/document.xml']!);
}

describe('resume.docx of a pharmacist moving into pharmacovigilance (keyword set data-science)', () => {
  let built: BuiltResume;
  let bytes: Uint8Array;
  beforeAll(async () => {
    built = await builtResume(pharmacist);
    bytes = await renderResumeDocx(built.layout, built.template, { date: DATE });
  }, 60_000);

  it('reads back with every field, heading, bullet and link in order, and the same keywords', () => {
    checkReadBack(built, bytes);
    expect(docxText(bytes)).toContain('Reviewed and coded 1,200 adverse drug reaction reports a year with MedDRA');
  });

  it('uses no table, text box, header or footer for layout', () => {
    const xml = documentXml(bytes);
    for (const tag of ['<w:tbl', '<w:txbxContent', '<v:textbox', '<wps:txbx', '<w:headerReference', '<w:footerReference', '<w:framePr']) {
      expect(xml).not.toContain(tag);
    }
  });

  it('declares the headings as Word\'s built-in heading styles and a standard font', () => {
    const styles = strFromU8(unzipSync(bytes)['word/styles.xml']!);
    const style = (id: string) => [...styles.matchAll(/<w:style w:type="paragraph" w:styleId="([^"]+)">([\s\S]*?)<\/w:style>/g)].filter((match) => match[1] === id).map((match) => match[2]!);
    expect(style('Heading1')).toHaveLength(1);
    expect(style('Heading1')[0]).toContain('<w:name w:val="heading 1"/>');
    expect(style('Heading1')[0]).toContain('<w:outlineLvl w:val="0"/>');
    expect(style('Heading2')[0]).toContain('<w:name w:val="heading 2"/>');
    expect(style('Heading2')[0]).toContain('<w:outlineLvl w:val="1"/>');
    expect(style('Title')).toHaveLength(1);
    expect(style('Title')[0]).toContain('<w:name w:val="Title"/>');
    expect(styles).toContain('w:ascii="Calibri"');
    const numbering = strFromU8(unzipSync(bytes)['word/numbering.xml']!);
    expect(numbering).toContain('<w:numFmt w:val="bullet"/>');
  });

  it('gives the same bytes for the same resume and date, so a version can be rebuilt exactly', async () => {
    const again = await renderResumeDocx(built.layout, built.template, { date: DATE });
    expect(Buffer.from(again).equals(Buffer.from(bytes))).toBe(true);
    const later = await renderResumeDocx(built.layout, built.template, { date: new Date('2026-04-01T00:00:00Z') });
    expect(Buffer.from(later).equals(Buffer.from(bytes))).toBe(false);
    expect(strFromU8(unzipSync(later)['docProps/core.xml']!)).toContain('2026-04-01T00:00:00Z');
  });

  it('sets the layout\'s paper and margins (A4 for a profile in Manchester, Letter when --paper says so)', async () => {
    const compact = await builtResume(pharmacist, 'compact');
    const letter = await renderResumeDocx({ ...compact.layout, page: { ...compact.layout.page, size: 'LETTER' } }, compact.template, { date: DATE });
    expect(documentXml(bytes)).toContain('<w:pgSz w:w="11906" w:h="16838"');
    expect(documentXml(letter)).toContain('<w:pgSz w:w="12240" w:h="15840"');
    checkReadBack(compact, letter);
  }, 60_000);
});

describe('resume.docx of the bundled example (a physician, two pages)', () => {
  it('reads back with every field, bullet and keyword of resume.json', async () => {
    const built = await builtResume({});
    checkReadBack(built, await renderResumeDocx(built.layout, built.template, { date: DATE }));
  }, 60_000);
});

describe('links and characters a document must not carry', () => {
  const template = { ...({} as BuiltResume['template']) };
  let layout: ResumeLayout;
  beforeAll(async () => {
    const built = await builtResume(pharmacist);
    Object.assign(template, built.template);
    layout = {
      ...built.layout,
      contacts: [
        { text: 'a&b <tag> "quoted"', url: 'mailto:a@b.org' },
        { text: 'javascript:alert(1)', url: 'javascript:alert(1)' },
        { text: 'file:///etc/passwd', url: 'file:///etc/passwd' },
      ],
    };
  }, 60_000);

  it('keeps only http(s), mailto and tel as hyperlinks and escapes XML characters', async () => {
    const bytes = await renderResumeDocx(layout, template, { date: DATE });
    const line = docxParagraphs(bytes).find((paragraph) => paragraph.text.includes('javascript'));
    expect(line?.text).toBe('a&b <tag> "quoted" | javascript:alert(1) | file:///etc/passwd');
    expect(line?.links).toEqual(['mailto:a@b.org']);
    const rels = strFromU8(unzipSync(bytes)['word/_rels/document.xml.rels']!);
    expect(rels).not.toContain('javascript:');
    expect(rels).not.toContain('file:');
  });
});
