import { extractText, getDocumentProxy } from 'unpdf';

/** The text an applicant tracking system would extract from a PDF, pages joined in order. */
export async function pdfText(pdf: Uint8Array): Promise<{ text: string; pages: number }> {
  // pdf.js may detach the buffer it is given: hand it a copy.
  const document = await getDocumentProxy(new Uint8Array(pdf));
  const { text, totalPages } = await extractText(document, { mergePages: true });
  return { text, pages: totalPages };
}

/** Pages of a PDF we rendered (react-pdf writes each page as a plain `/Type /Page` dictionary). */
export function pdfPageCount(pdf: Uint8Array): number {
  return Buffer.from(pdf.buffer, pdf.byteOffset, pdf.byteLength).toString('latin1').match(/\/Type\s*\/Page(?![a-zA-Z])/g)?.length ?? 0;
}

/** Lines of text on each page, as pdf.js extracts them (a running footer counts as one). */
export async function pdfLinesPerPage(pdf: Uint8Array): Promise<number[]> {
  const document = await getDocumentProxy(new Uint8Array(pdf));
  const { text } = await extractText(document, { mergePages: false });
  return text.map((page) => page.split('\n').filter((line) => line.trim() !== '').length);
}
