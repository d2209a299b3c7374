// What may reach a PDF. Emoji render as garbage (or as nothing) with text fonts, and the user's
// roadmap is full of them (✅, 🏥, 🧠); a few arrows and signs our fonts lack get a plain spelling.

const EMOJI = /[\p{Extended_Pictographic}\p{Regional_Indicator}\u{1F3FB}-\u{1F3FF}\u{FE0E}\u{FE0F}\u{200D}\u{20E3}]/gu;
// ✓ ✔ ✗ ★ and • are Extended_Pictographic neighbours that our symbol font draws: keep them.
const KEEP = new Set(['✓', '✔', '✗', '✘', '★', '☆', '•', '©', '®', '™', '☐', '☑']);
const SPELLED: Record<string, string> = { '→': '->', '←': '<-', '⇒': '=>', '≥': '>=', '≤': '<=', '≈': '~', '\u00A0': ' ' };

/** Drop emoji and spell out signs our fonts lack; spacing is left as it is (for inline runs). */
export function withoutUnprintable(text: string): string {
  return text
    .replace(EMOJI, (char) => (KEEP.has(char) ? char : ''))
    .replace(/[→←⇒≥≤≈\u00A0]/g, (char) => SPELLED[char] ?? char);
}

/** A whole line of PDF text: printable characters, single spaces, trimmed. */
export function printable(text: string): string {
  return withoutUnprintable(text)
    .replace(/[ \t]+/g, ' ')
    .replace(/ ([,.;:])/g, '$1')
    .trim();
}
