import { createRequire } from 'node:module';
import { FONT_FAMILY, registerFontFaces } from './font-faces.js';

export { FONT_FAMILY };

const require = createRequire(import.meta.url);
let registered = false;

/** Register the TTF fonts once per process (registering again makes react-pdf load them again). */
export function registerFonts(): void {
  if (registered) return;
  registerFontFaces((file) => require.resolve(file));
  registered = true;
}
