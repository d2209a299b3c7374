/**
 * Text from outside (a server's error body, a repo or roadmap name, a README) must not drive the
 * terminal: an escape sequence can recolour, move the cursor, retitle the window or hide a line.
 * Everything is stripped but tab, newline and, when we paint ourselves, plain SGR colour codes
 * (`ESC [ digits m`, the only kind the CLI writes).
 */
// eslint-disable-next-line no-control-regex
const ESCAPE_SEQUENCE = /\x1b(?:\[[0-?]*[ -/]*[@-~]|\][^\x07\x1b]*(?:\x07|\x1b\\)?|[PX^_][^\x1b]*(?:\x1b\\)?|[@-Z\\-_]?)/g;
// eslint-disable-next-line no-control-regex
const CONTROL = /[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]/g;
const SGR = /^\x1b\[[0-9;]*m$/;

export function terminalSafe(text: string, keepColour = false): string {
  // A progress line redraws itself with a leading carriage return; one inside the text could hide what came before.
  if (text.startsWith('\r')) return `\r${terminalSafe(text.slice(1), keepColour)}`;
  const withoutSequences = text.replace(ESCAPE_SEQUENCE, (sequence) => (keepColour && SGR.test(sequence) ? sequence : ''));
  if (!keepColour) return withoutSequences.replace(CONTROL, '');
  // Keep the ESC of the colour codes just kept; drop every other control character.
  return withoutSequences.replace(CONTROL, (char, offset: number, whole: string) => (char === '\x1b' && /^\x1b\[[0-9;]*m/.test(whole.slice(offset)) ? char : ''));
}

/** One line for stderr: outside text cannot break it into several or hide part of it. */
export function oneLine(text: string): string {
  return terminalSafe(text.replace(/\s*[\r\n]+\s*/g, ' ')).trim();
}
