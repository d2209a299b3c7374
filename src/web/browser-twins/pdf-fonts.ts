import { Font } from '@react-pdf/renderer';
import notoRegular from '@expo-google-fonts/noto-sans/400Regular/NotoSans_400Regular.ttf?url';
import notoItalic from '@expo-google-fonts/noto-sans/400Regular_Italic/NotoSans_400Regular_Italic.ttf?url';
import notoSemiBold from '@expo-google-fonts/noto-sans/600SemiBold/NotoSans_600SemiBold.ttf?url';
import notoBold from '@expo-google-fonts/noto-sans/700Bold/NotoSans_700Bold.ttf?url';
import notoBoldItalic from '@expo-google-fonts/noto-sans/700Bold_Italic/NotoSans_700Bold_Italic.ttf?url';
import symbols from '@expo-google-fonts/noto-sans-symbols-2/400Regular/NotoSansSymbols2_400Regular.ttf?url';

/**
 * The browser twin of src/pdf/fonts.ts (which finds the TTFs with Node's require.resolve):
 * the same families and faces, loaded from URLs Vite emits next to the app. vite.config.ts
 * puts this module in place of src/pdf/fonts.ts in the web build, so the PDF documents are
 * the CLI's own, unchanged.
 */
export const FONT_FAMILY = ['NotoSans', 'NotoSansSymbols2'];

let registered = false;

export function registerFonts(): void {
  if (registered) return;
  Font.register({
    family: 'NotoSans',
    fonts: [
      { src: notoRegular, fontWeight: 400 },
      { src: notoItalic, fontWeight: 400, fontStyle: 'italic' },
      { src: notoSemiBold, fontWeight: 600 },
      { src: notoBold, fontWeight: 700 },
      { src: notoBoldItalic, fontWeight: 700, fontStyle: 'italic' },
    ],
  });
  Font.register({
    family: 'NotoSansSymbols2',
    fonts: [
      { src: symbols, fontWeight: 400 },
      { src: symbols, fontWeight: 400, fontStyle: 'italic' },
      { src: symbols, fontWeight: 700 },
      { src: symbols, fontWeight: 700, fontStyle: 'italic' },
    ],
  });
  // Default hyphenation splits words and e-mail addresses: keep words whole, as the CLI does.
  Font.registerHyphenationCallback((word) => [word]);
  registered = true;
}
