import { displayPath } from '../store/input-files.js';
import { errnoCode, errnoReason } from '../store/file-errors.js';
import { oneLine } from './terminal-text.js';

export const EXIT_USER_ERROR = 1;
export const EXIT_USAGE = 2;

/** Errors whose message was written for the user (file, field, what to do). Matched by name, so main loads none of their modules. */
const USER_ERRORS = new Set(['UserError', 'InputFileError', 'OutputPathError', 'KeywordFileError', 'RoadmapInputError', 'GithubError']);

export interface Failure { message: string; exitCode: number }

/**
 * The one error mapper of every command: whatever escaped becomes one line and an exit code.
 * File-system errors say which path and what went wrong; anything unforeseen is still one line,
 * with the stack behind --debug. Outside text in messages is made terminal-safe.
 */
export function describeFailure(error: unknown): Failure {
  const name = error instanceof Error ? error.name : '';
  const message = error instanceof Error ? error.message : String(error);
  if (name === 'UsageError') return { message: oneLine(message), exitCode: EXIT_USAGE };
  if (USER_ERRORS.has(name)) return { message: oneLine(message), exitCode: EXIT_USER_ERROR };
  const code = errnoCode(error);
  if (code) {
    const { path, syscall } = error as NodeJS.ErrnoException;
    const what = syscall === 'write' && !path ? 'writing the output' : syscall === 'read' && !path ? 'reading the input' : path ? displayPath(path) : syscall ?? 'a file';
    return { message: oneLine(`${what}: ${errnoReason(code)}`), exitCode: EXIT_USER_ERROR };
  }
  if (error instanceof RangeError && /call stack|Invalid string length|Array buffer allocation|Invalid array length/i.test(message)) {
    return { message: oneLine(`the input is too large or too deeply nested to process (${message}); make it smaller`), exitCode: EXIT_USER_ERROR };
  }
  return { message: oneLine(`internal error: ${message} (run again with --debug to see where; please report it)`), exitCode: EXIT_USER_ERROR };
}
