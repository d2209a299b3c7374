import { strFromU8, unzipSync } from 'fflate';

/** One paragraph of a .docx as Word stores it: its style, whether it is a list item, its text and links. */
export interface DocxParagraph {
  /** The paragraph style id (`Title`, `Heading1`, `ListParagraph`...), when it has one. */
  style?: string;
  /** True for a numbered or bulleted list item (a `w:numPr` in its properties). */
  listItem: boolean;
  /** Its text, a tab as "\t". */
  text: string;
  /** Targets of the hyperlinks inside it, in order. */
  links: string[];
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
const unescapeXml = (text: string) => text.replace(/&(amp|lt|gt|quot|apos|#\d+|#x[0-9a-f]+);/gi, (_, name: string) => {
  if (name.startsWith('#x') || name.startsWith('#X')) return String.fromCodePoint(Number.parseInt(name.slice(2), 16));
  if (name.startsWith('#')) return String.fromCodePoint(Number.parseInt(name.slice(1), 10));
  return ENTITIES[name.toLowerCase()] ?? '';
});

/**
 * Read a .docx back the way a parser does: unzip it, walk `word/document.xml` paragraph by
 * paragraph, resolve each hyperlink through `document.xml.rels`. Tables and text boxes are not
 * looked into: a resume we write has none, and a test that finds text only there should fail.
 */
export function docxParagraphs(bytes: Uint8Array): DocxParagraph[] {
  const files = unzipSync(bytes, { filter: (file) => file.name === 'word/document.xml' || file.name === 'word/_rels/document.xml.rels' });
  const documentXml = files['word/document.xml'];
  if (!documentXml) throw new Error('not a Word document: word/document.xml is missing');
  const targets = new Map<string, string>();
  const rels = files['word/_rels/document.xml.rels'];
  for (const match of (rels ? strFromU8(rels) : '').matchAll(/<Relationship\b([^>]*)\/?>/g)) {
    const id = /\bId="([^"]*)"/.exec(match[1]!)?.[1];
    const target = /\bTarget="([^"]*)"/.exec(match[1]!)?.[1];
    if (id && target !== undefined) targets.set(id, unescapeXml(target));
  }
  const xml = strFromU8(documentXml);
  const paragraphs: DocxParagraph[] = [];
  for (const match of xml.matchAll(/<w:p\b[^>]*?(?:\/>|>([\s\S]*?)<\/w:p>)/g)) {
    const inner = match[1] ?? '';
    const properties = /<w:pPr>([\s\S]*?)<\/w:pPr>/.exec(inner)?.[1] ?? '';
    const style = /<w:pStyle w:val="([^"]*)"/.exec(properties)?.[1];
    let text = '';
    for (const piece of inner.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>|<w:tab\/>|<w:br\/>/g)) {
      if (piece[0] === '<w:tab/>') text += '\t';
      else if (piece[0] === '<w:br/>') text += '\n';
      else text += unescapeXml(piece[1] ?? '');
    }
    const links = [...inner.matchAll(/<w:hyperlink\b[^>]*\br:id="([^"]*)"/g)].map((link) => targets.get(link[1]!) ?? '');
    paragraphs.push({ ...(style ? { style } : {}), listItem: /<w:numPr>/.test(properties), text, links });
  }
  return paragraphs;
}

/** The document's text, one paragraph a line: what an ATS extracts from it. */
export function docxText(bytes: Uint8Array): string {
  return docxParagraphs(bytes).map((paragraph) => paragraph.text).join('\n');
}
