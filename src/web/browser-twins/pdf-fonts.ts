import notoRegular from '@expo-google-fonts/noto-sans/400Regular/NotoSans_400Regular.ttf?url';
import notoItalic from '@expo-google-fonts/noto-sans/400Regular_Italic/NotoSans_400Regular_Italic.ttf?url';
import notoSemiBold from '@expo-google-fonts/noto-sans/600SemiBold/NotoSans_600SemiBold.ttf?url';
import notoBold from '@expo-google-fonts/noto-sans/700Bold/NotoSans_700Bold.ttf?url';
import notoBoldItalic from '@expo-google-fonts/noto-sans/700Bold_Italic/NotoSans_700Bold_Italic.ttf?url';
import symbols from '@expo-google-fonts/noto-sans-symbols-2/400Regular/NotoSansSymbols2_400Regular.ttf?url';
import { FONT_FAMILY, registerFontFaces, type FontFile } from '../../pdf/font-faces.js';

/**
 * The browser twin of src/pdf/fonts.ts (which finds the TTFs with Node's require.resolve):
 * the same faces, loaded from URLs Vite emits next to the app. vite.config.ts puts this module
 * in place of src/pdf/fonts.ts in the web build, so the PDF documents are the CLI's own.
 * Vite needs each asset as a static import, hence the table from package path to URL.
 */
export { FONT_FAMILY };

const assetUrls: Record<FontFile, string> = {
  '@expo-google-fonts/noto-sans/400Regular/NotoSans_400Regular.ttf': notoRegular,
  '@expo-google-fonts/noto-sans/400Regular_Italic/NotoSans_400Regular_Italic.ttf': notoItalic,
  '@expo-google-fonts/noto-sans/600SemiBold/NotoSans_600SemiBold.ttf': notoSemiBold,
  '@expo-google-fonts/noto-sans/700Bold/NotoSans_700Bold.ttf': notoBold,
  '@expo-google-fonts/noto-sans/700Bold_Italic/NotoSans_700Bold_Italic.ttf': notoBoldItalic,
  '@expo-google-fonts/noto-sans-symbols-2/400Regular/NotoSansSymbols2_400Regular.ttf': symbols,
};

let registered = false;

export function registerFonts(): void {
  if (registered) return;
  registerFontFaces((file) => assetUrls[file]);
  registered = true;
}
