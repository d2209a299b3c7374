import { Font } from '@react-pdf/renderer';

/**
 * Every text style names these families. react-pdf's built-in Helvetica is not embedded and maps
 * anything outside Windows-1252 to other glyphs (Ł → A, ✓ → ©), so no style may fall back to it.
 * Noto Sans covers Latin, Greek and Cyrillic with accents; Noto Sans Symbols 2 adds ✓ ✗ ★ ☐.
 */
export const FONT_FAMILY = ['NotoSans', 'NotoSansSymbols2'];

const SYMBOLS = '@expo-google-fonts/noto-sans-symbols-2/400Regular/NotoSansSymbols2_400Regular.ttf';

/** Each face: the TTF inside its npm package, and the weight and style it serves. */
export const FONT_FACES = [
  { family: 'NotoSans', file: '@expo-google-fonts/noto-sans/400Regular/NotoSans_400Regular.ttf', fontWeight: 400 },
  { family: 'NotoSans', file: '@expo-google-fonts/noto-sans/400Regular_Italic/NotoSans_400Regular_Italic.ttf', fontWeight: 400, fontStyle: 'italic' },
  { family: 'NotoSans', file: '@expo-google-fonts/noto-sans/600SemiBold/NotoSans_600SemiBold.ttf', fontWeight: 600 },
  { family: 'NotoSans', file: '@expo-google-fonts/noto-sans/700Bold/NotoSans_700Bold.ttf', fontWeight: 700 },
  { family: 'NotoSans', file: '@expo-google-fonts/noto-sans/700Bold_Italic/NotoSans_700Bold_Italic.ttf', fontWeight: 700, fontStyle: 'italic' },
  // One symbols face, registered for italic and bold too, so a ✓ in a bold or italic line still resolves.
  { family: 'NotoSansSymbols2', file: SYMBOLS, fontWeight: 400 },
  { family: 'NotoSansSymbols2', file: SYMBOLS, fontWeight: 400, fontStyle: 'italic' },
  { family: 'NotoSansSymbols2', file: SYMBOLS, fontWeight: 700 },
  { family: 'NotoSansSymbols2', file: SYMBOLS, fontWeight: 700, fontStyle: 'italic' },
] as const;

export type FontFile = (typeof FONT_FACES)[number]['file'];

/**
 * Register every face with react-pdf, finding each TTF with `sourceOf` (a file path in Node, an
 * asset URL in the browser). Shared by src/pdf/fonts.ts and the web build's twin of it.
 */
export function registerFontFaces(sourceOf: (file: FontFile) => string): void {
  for (const family of FONT_FAMILY) {
    Font.register({
      family,
      fonts: FONT_FACES.filter((face) => face.family === family).map(({ file, fontWeight, ...style }) => ({ src: sourceOf(file), fontWeight, ...style })),
    });
  }
  // Default hyphenation splits words and e-mail addresses ("amira.had-dad@..."): keep words whole.
  Font.registerHyphenationCallback((word) => [word]);
}
