import { getDocumentProxy } from 'unpdf';

/** One run of text as pdf.js reads it, in page points measured from the page's top-left corner. */
export interface PdfTextItem {
  text: string;
  x: number;
  right: number;
  /** Top and bottom of the glyphs' ink (cap height and descenders), not of the line box. */
  top: number;
  bottom: number;
  baseline: number;
  fontSize: number;
  /** Bold or semibold face (from the embedded font's name; false when the name is unknown). */
  bold: boolean;
  italic: boolean;
}

export interface PdfPage { number: number; width: number; height: number; items: PdfTextItem[] }

// An ink box, not the font's line box: Noto Sans declares ascent 1.07 em and descent 0.29 em, so
// line boxes of text set at 1.25 line height touch. Caps and ascenders reach about 0.75 em above the
// baseline and descenders 0.2 em below; two boxes that meet are text drawn over text.
const INK_ASCENT = 0.75;
const INK_DESCENT = 0.2;

/**
 * Node 20's ArrayBuffer has no transferToFixedLength (Node 22 does), and pdf.js uses it when it
 * hands a parsed font to the page; without it the fonts' names stay unknown. A copy does the same.
 */
function ensureTransferToFixedLength(): void {
  const prototype = ArrayBuffer.prototype as ArrayBuffer & { transferToFixedLength?: (length?: number) => ArrayBuffer };
  if (typeof prototype.transferToFixedLength === 'function') return;
  Object.defineProperty(prototype, 'transferToFixedLength', {
    configurable: true,
    writable: true,
    value(this: ArrayBuffer, length = this.byteLength): ArrayBuffer {
      const copy = new ArrayBuffer(length);
      new Uint8Array(copy).set(new Uint8Array(this, 0, Math.min(length, this.byteLength)));
      return copy;
    },
  });
}

interface PdfJsTextItem { str: string; transform: number[]; width: number; fontName: string }
interface PdfJsPage {
  view: number[];
  getTextContent(): Promise<{ items: Array<PdfJsTextItem | { type: string }> }>;
  getOperatorList(): Promise<unknown>;
  commonObjs: { has(id: string): boolean; get(id: string): { name?: string } | undefined };
}

/**
 * Every page's text runs with their boxes. With `fontNames` (the default) the embedded fonts'
 * names are read too, so bold titles and italic lines are known: that costs pdf.js a pass over
 * each page's drawing operators.
 */
export async function readPdfPages(pdf: Uint8Array, options: { fontNames?: boolean } = {}): Promise<PdfPage[]> {
  const fontNames = options.fontNames ?? true;
  if (fontNames) ensureTransferToFixedLength();
  // pdf.js may detach the buffer it is given: hand it a copy.
  const document = await getDocumentProxy(new Uint8Array(pdf));
  const pages: PdfPage[] = [];
  for (let number = 1; number <= document.numPages; number++) {
    const page = (await document.getPage(number)) as unknown as PdfJsPage;
    const [left = 0, bottom = 0, right = 0, top = 0] = page.view;
    const content = await page.getTextContent();
    if (fontNames) await page.getOperatorList();
    const faceOf = new Map<string, { bold: boolean; italic: boolean }>();
    const face = (fontName: string) => {
      let known = faceOf.get(fontName);
      if (!known) {
        const name = fontNames && page.commonObjs.has(fontName) ? page.commonObjs.get(fontName)?.name ?? '' : '';
        known = { bold: /bold|black|heavy|semibold|demi/i.test(name), italic: /italic|oblique/i.test(name) };
        faceOf.set(fontName, known);
      }
      return known;
    };
    const items: PdfTextItem[] = [];
    for (const raw of content.items) {
      if (!('str' in raw)) continue;
      const item = raw as PdfJsTextItem;
      const text = item.str.replace(/\u00A0/g, ' ');
      if (text.trim() === '') continue;
      const [, , c = 0, d = 0, e = 0, f = 0] = item.transform;
      const fontSize = Math.hypot(c, d);
      const baseline = top - f;
      items.push({
        text,
        x: e - left,
        right: e - left + item.width,
        top: baseline - INK_ASCENT * fontSize,
        bottom: baseline + INK_DESCENT * fontSize,
        baseline,
        fontSize,
        ...face(item.fontName),
      });
    }
    pages.push({ number, width: right - left, height: top - bottom, items });
  }
  return pages;
}
