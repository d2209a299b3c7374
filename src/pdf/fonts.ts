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
