import { createRequire } from 'node:module';
import { Font } from '@react-pdf/renderer';

/**
 * Every text style names these families. react-pdf's built-in Helvetica is not embedded and maps
 * anything outside Windows-1252 to other glyphs (Ł → A, ✓ → ©), so no style may fall back to it.
 * Noto Sans covers Latin, Greek and Cyrillic with accents; Noto Sans Symbols 2 adds ✓ ✗ ★ ☐.
 */
export const FONT_FAMILY = ['NotoSans', 'NotoSansSymbols2'];

const require = createRequire(import.meta.url);
const notoSans = (file: string) => require.resolve(`@expo-google-fonts/noto-sans/${file}`);

let registered = false;

/** Register the TTF fonts once per process (registering again makes react-pdf load them again). */
export function registerFonts(): void {
  if (registered) return;
  Font.register({
    family: 'NotoSans',
    fonts: [
      { src: notoSans('400Regular/NotoSans_400Regular.ttf'), fontWeight: 400 },
      { src: notoSans('400Regular_Italic/NotoSans_400Regular_Italic.ttf'), fontWeight: 400, fontStyle: 'italic' },
      { src: notoSans('600SemiBold/NotoSans_600SemiBold.ttf'), fontWeight: 600 },
      { src: notoSans('700Bold/NotoSans_700Bold.ttf'), fontWeight: 700 },
      { src: notoSans('700Bold_Italic/NotoSans_700Bold_Italic.ttf'), fontWeight: 700, fontStyle: 'italic' },
    ],
  });
  // One face only: registered for italic and bold too, so a ✓ in a bold or italic line still resolves.
  const symbols = require.resolve('@expo-google-fonts/noto-sans-symbols-2/400Regular/NotoSansSymbols2_400Regular.ttf');
  Font.register({
    family: 'NotoSansSymbols2',
    fonts: [
      { src: symbols, fontWeight: 400 },
      { src: symbols, fontWeight: 400, fontStyle: 'italic' },
      { src: symbols, fontWeight: 700 },
      { src: symbols, fontWeight: 700, fontStyle: 'italic' },
    ],
  });
  // Default hyphenation splits words and e-mail addresses ("amira.had-dad@..."): keep words whole.
  Font.registerHyphenationCallback((word) => [word]);
  registered = true;
}

interface LayoutRun { glyphs: unknown[]; positions: object[] }
interface ShapingFont { layout(text: string, ...rest: unknown[]): LayoutRun }
interface LoadableSource { load(): Promise<void>; data: ShapingFont | null }

const MAX_CACHED_RUNS = 20_000;

/**
 * Shaping a run of text with Noto Sans's OpenType tables is most of a render's time, and a resume
 * re-rendered after an edit shapes the same strings again. Keep each face's shaped runs, and hand
 * out copies (textkit rescales the positions it gets, so they must be fresh objects).
 */
function memoizeLayout(font: ShapingFont): void {
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
        if (source.data) memoizeLayout(source.data);
      }
    }
  })();
  return prepared;
}
