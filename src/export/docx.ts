import {
  AlignmentType, BorderStyle, Document, ExternalHyperlink, HeadingLevel, LevelFormat, Packer, Paragraph,
  Tab, TabStopType, TextRun, type ParagraphChild,
} from 'docx';
import { strFromU8, strToU8, unzipSync, zipSync, type Zippable } from 'fflate';
import type { ResumeTemplate } from '../model/index.js';
import type { ResumeEntry, ResumeLayout } from '../resume/resume-sections.js';
import { isSafeLink } from './safe-link.js';

// Word on every machine has Calibri (LibreOffice maps it to the metric-compatible Carlito), so the
// file needs no embedded font and keeps the PDF's sizes and line breaks close.
const FONT = 'Calibri';
const TEXT_COLOR = '1A1A1A';
const MUTED_COLOR = '444444';
const BULLETS = 'resume-bullets';

const PAGE_TWIPS = { A4: { width: 11906, height: 16838 }, LETTER: { width: 12240, height: 15840 } } as const;

/** Points → the half-points Word sizes text in, and the twentieths of a point it measures space in. */
const halfPoints = (points: number) => Math.round(points * 2);
const twips = (points: number) => Math.round(points * 20);

export interface DocxOptions {
  /**
   * The document's date (its core properties and the zip entries' times). The caller passes it, so
   * the same resume and date give the same bytes: an application's files can be rebuilt exactly.
   */
  date: Date;
}

function linkOrText(text: string, url: string | undefined, size?: number): ParagraphChild {
  const run = new TextRun({ text, ...(size ? { size } : {}), ...(url && isSafeLink(url) ? { style: 'Hyperlink' } : {}) });
  // Only http(s), mailto and tel leave the document; anything else stays plain text.
  return url && isSafeLink(url) ? new ExternalHyperlink({ link: url, children: [run] }) : run;
}

function entryParagraphs(entry: ResumeEntry, template: ResumeTemplate, textWidth: number): Paragraph[] {
  const small = halfPoints(template.fontSize.small);
  const paragraphs: Paragraph[] = [];
  if (entry.title || entry.dates) {
    // The title is a Heading 2 (a real heading a reader's navigation pane and an ATS both see); its
    // dates sit at a right tab stop on the same line, as in the PDF, with no table behind them.
    paragraphs.push(new Paragraph({
      heading: HeadingLevel.HEADING_2,
      tabStops: [{ type: TabStopType.RIGHT, position: textWidth }],
      children: [
        ...(entry.title ? [new TextRun(entry.title)] : []),
        ...(entry.dates ? [new TextRun({ children: [...(entry.title ? [new Tab()] : []), entry.dates], bold: false, size: small, color: MUTED_COLOR })] : []),
      ],
    }));
  }
  if (entry.organisation) paragraphs.push(new Paragraph({ children: [new TextRun({ text: entry.organisation, italics: true })] }));
  if (entry.link) paragraphs.push(new Paragraph({ children: [linkOrText(entry.link.text, entry.link.url, small)] }));
  entry.paragraphs.forEach((text, index) => {
    const name = index === 0 && entry.groups?.length === 1 ? entry.groups[0]?.name : undefined;
    const lead = name && text.startsWith(`${name}:`) ? `${name}:` : undefined;
    paragraphs.push(new Paragraph({
      children: lead ? [new TextRun({ text: lead, bold: true }), new TextRun(text.slice(lead.length))] : [new TextRun(text)],
    }));
  });
  for (const bullet of entry.bullets) {
    paragraphs.push(new Paragraph({ numbering: { reference: BULLETS, level: 0 }, children: [new TextRun(bullet)] }));
  }
  return paragraphs;
}

function resumeDocument(layout: ResumeLayout, template: ResumeTemplate): Document {
  const { fontSize, spacing, lineHeight } = template;
  const accent = template.accentColor.slice(1).toUpperCase();
  const page = PAGE_TWIPS[layout.page.size];
  const margin = twips(layout.page.margin);
  const textWidth = page.width - 2 * margin;
  // Word's "single" line is already about 1.2 em for Calibri; the template's line height is in em.
  const line = Math.round((240 * lineHeight) / 1.2);

  const header: Paragraph[] = [
    new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun(layout.name)] }),
    ...(layout.label ? [new Paragraph({ style: 'Subtitle', children: [new TextRun(layout.label)] })] : []),
  ];
  if (layout.contacts.length > 0) {
    header.push(new Paragraph({
      children: layout.contacts.flatMap((contact, index) => [
        ...(index > 0 ? [new TextRun({ text: ' | ', size: halfPoints(fontSize.small), color: MUTED_COLOR })] : []),
        linkOrText(contact.text, contact.url, halfPoints(fontSize.small)),
      ]),
    }));
  }
  const body = layout.sections.flatMap((block) => [
    new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun(block.heading)] }),
    ...block.entries.flatMap((entry) => entryParagraphs(entry, template, textWidth)),
  ]);

  return new Document({
    title: `${layout.name} – Resume`,
    subject: 'Resume',
    creator: 'Roadfolio',
    lastModifiedBy: 'Roadfolio',
    numbering: {
      config: [{
        reference: BULLETS,
        levels: [{
          level: 0, format: LevelFormat.BULLET, text: '•', alignment: AlignmentType.LEFT,
          style: { paragraph: { indent: { left: 360, hanging: 200 }, spacing: { before: twips(spacing.bullet), after: 0 } } },
        }],
      }],
    },
    styles: {
      default: {
        document: { run: { font: FONT, size: halfPoints(fontSize.body), color: TEXT_COLOR }, paragraph: { spacing: { after: 0, line } } },
        listParagraph: { run: { font: FONT, size: halfPoints(fontSize.body) } },
        hyperlink: { run: { color: accent } },
      },
      // Word's own ids and names ("heading 1", lower case, as Word writes them) with outline levels:
      // Word, LibreOffice and parsers take them for the built-in headings, not look-alike styles.
      paragraphStyles: [{
        id: 'Title', name: 'Title', basedOn: 'Normal', next: 'Normal', quickFormat: true,
        run: { font: FONT, size: halfPoints(fontSize.name), bold: true, color: accent },
        paragraph: { spacing: { after: 40 } },
      }, {
        id: 'Heading1', name: 'heading 1', basedOn: 'Normal', next: 'Normal', quickFormat: true,
        run: { font: FONT, size: halfPoints(fontSize.heading), bold: true, color: accent },
        paragraph: {
          keepNext: true,
          outlineLevel: 0,
          spacing: { before: twips(spacing.section), after: twips(Math.max(spacing.entry - 2, 0)) },
          border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: accent, space: 1 } },
        },
      }, {
        id: 'Heading2', name: 'heading 2', basedOn: 'Normal', next: 'Normal', quickFormat: true,
        run: { font: FONT, size: halfPoints(fontSize.body), bold: true, color: TEXT_COLOR },
        paragraph: { keepNext: true, outlineLevel: 1, spacing: { before: twips(spacing.entry), after: 0 } },
      }, {
        id: 'Subtitle', name: 'Subtitle', basedOn: 'Normal', next: 'Normal', quickFormat: true,
        run: { size: halfPoints(fontSize.label), color: TEXT_COLOR },
        paragraph: { spacing: { after: 40 } },
      }],
    },
    sections: [{
      properties: {
        page: {
          size: { width: page.width, height: page.height },
          margin: { top: margin, right: margin, bottom: margin, left: margin, header: 0, footer: 0, gutter: 0 },
        },
      },
      children: [...header, ...body],
    }],
  });
}

/**
 * The docx package names each hyperlink's relationship with a random id and stamps the time in
 * the core properties and the zip: the same resume would give different bytes on every run.
 * Renumber the link relationships in reading order, write the caller's date, and zip again with
 * that date, so a version is reproducible byte for byte.
 */
function reproducible(bytes: Uint8Array, date: Date): Uint8Array {
  const files = unzipSync(bytes);
  const documentXml = strFromU8(files['word/document.xml']!);
  const relsXml = strFromU8(files['word/_rels/document.xml.rels']!);
  const renamed = new Map<string, string>();
  for (const match of documentXml.matchAll(/<w:hyperlink\b[^>]*\br:id="([^"]+)"/g)) {
    if (!renamed.has(match[1]!)) renamed.set(match[1]!, `rIdLink${renamed.size + 1}`);
  }
  const rename = (xml: string, attribute: string) =>
    xml.replace(new RegExp(`(${attribute}=")([^"]+)(")`, 'g'), (whole, open: string, id: string, close: string) => (renamed.has(id) ? `${open}${renamed.get(id)}${close}` : whole));
  files['word/document.xml'] = strToU8(rename(documentXml, 'r:id'));
  files['word/_rels/document.xml.rels'] = strToU8(rename(relsXml, 'Id'));

  const stamp = date.toISOString().replace(/\.\d{3}Z$/, 'Z');
  files['docProps/core.xml'] = strToU8(strFromU8(files['docProps/core.xml']!)
    .replace(/(<dcterms:(?:created|modified)[^>]*>)[^<]*(<\/dcterms:(?:created|modified)>)/g, `$1${stamp}$2`));

  // Zip times are local wall-clock fields: build them from the date's UTC day, so a rebuild in
  // another time zone writes the same bytes.
  const mtime = new Date(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate());
  const entries: Zippable = {};
  for (const [name, data] of Object.entries(files)) entries[name] = [data, { mtime }];
  return zipSync(entries, { level: 6 });
}

/**
 * resume.docx from the same layout the PDF draws: the name as Word's Title, each section a
 * Heading 1, each job or project a Heading 2 with its dates at a right tab, bullets as list
 * paragraphs of one bullet list, links as hyperlinks. No tables, text boxes, headers or footers:
 * an applicant tracking system reads it top to bottom like the PDF.
 */
export async function renderResumeDocx(layout: ResumeLayout, template: ResumeTemplate, options: DocxOptions): Promise<Uint8Array> {
  const packed = await Packer.pack(resumeDocument(layout, template), 'uint8array');
  return reproducible(packed, options.date);
}
