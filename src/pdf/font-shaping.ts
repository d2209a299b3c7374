import { Font } from '@react-pdf/renderer';
import { FONT_FAMILY, registerFonts } from './fonts.js';

// Kept apart from fonts.ts, which the web build swaps for its browser twin (src/web/browser-twins/pdf-fonts.ts):
// this file only talks to react-pdf's font store, so it runs in both.

interface LayoutRun { glyphs: unknown[]; positions: object[] }
interface ShapingFont {
  layout(text: string, ...rest: unknown[]): LayoutRun;
  hasGlyphForCodePoint(codePoint: number): boolean;
  getGlyph(id: number, codePoints?: number[]): { codePoints: number[] } | null;
}

/**
 * fontkit keeps one glyph object per glyph id, made by the first request. When that request is an
 * OpenType substitution (no characters), the glyph keeps empty codePoints for good, pdfkit writes
 * `<>` for it in the PDF's ToUnicode map, and readers get the letter wrong or lose it: a bold "O"
 * read back as ":" by pdf.js and as nothing by poppler ("Wyf Oıśew" → "Wyf :ıśew"; found by the
 * resume layout property test). A later request that names the characters fills them in.
 */
function keepGlyphCharacters(font: ShapingFont): void {
  const getGlyph = font.getGlyph.bind(font);
  font.getGlyph = (id: number, codePoints: number[] = []) => {
    const glyph = getGlyph(id, codePoints);
    if (glyph && glyph.codePoints.length === 0 && codePoints.length > 0) glyph.codePoints = [...codePoints];
    return glyph;
  };
}
interface LoadableSource { load(): Promise<void>; data: ShapingFont | null }

const MAX_CACHED_RUNS = 20_000;

/**
 * Shaping a run of text with Noto Sans's OpenType tables is most of a render's time, and a resume
 * re-rendered after an edit shapes the same strings again. Keep each face's shaped runs, and hand
 * out copies (textkit rescales the positions it gets, so they must be fresh objects).
 */
function memoizeLayout(font: ShapingFont): void {
  // textkit asks every face of the family stack about every character, for every render.
  const hasGlyph = font.hasGlyphForCodePoint.bind(font);
  const known = new Map<number, boolean>();
  font.hasGlyphForCodePoint = (codePoint: number) => {
    let answer = known.get(codePoint);
    if (answer === undefined) {
      answer = hasGlyph(codePoint);
      known.set(codePoint, answer);
    }
    return answer;
  };
  const shape = font.layout.bind(font);
  const runs = new Map<string, LayoutRun>();
  font.layout = (text: string, ...rest: unknown[]) => {
    const key = `${text}\u0000${JSON.stringify(rest)}`;
    let run = runs.get(key);
    if (!run) {
      if (runs.size >= MAX_CACHED_RUNS) runs.clear();
      run = shape(text, ...rest);
      runs.set(key, run);
    }
    const copy = Object.create(Object.getPrototypeOf(run) as object) as LayoutRun;
    Object.assign(copy, run, {
      glyphs: run.glyphs.slice(),
      positions: run.positions.map((position) => Object.assign(Object.create(Object.getPrototypeOf(position) as object) as object, position)),
    });
    return copy;
  };
}

let prepared: Promise<void> | undefined;

/** Register, load every face once, and memoize its shaping: call before each render (cheap after the first). */
export function prepareFonts(): Promise<void> {
  registerFonts();
  prepared ??= (async () => {
    const families = Font.getRegisteredFonts() as unknown as Record<string, { sources: LoadableSource[] }>;
    for (const family of FONT_FAMILY) {
      for (const source of families[family]?.sources ?? []) {
        await source.load();
        if (source.data) {
          keepGlyphCharacters(source.data);
          memoizeLayout(source.data);
        }
      }
    }
  })();
  return prepared;
}
