import type { z } from 'zod';

const MAX_ISSUES = 10;

/** `work[0].endDate` from zod's path. */
export function issuePath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((text, part) => (typeof part === 'number' ? `${text}[${part}]` : text ? `${text}.${String(part)}` : String(part)), '');
}

const KINDS: Record<string, string> = {
  string: 'text', number: 'a number', int: 'a whole number', boolean: 'true or false', array: 'a list', object: 'an object', null: 'null',
};

/** One zod issue in words a person editing the file understands. */
function plainMessage(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case 'invalid_type': {
      const expected = KINDS[issue.expected] ?? issue.expected;
      // zod 4 keeps the input out of issues unless asked; its message names what it received.
      const received = /received (\w+)/.exec(issue.message)?.[1];
      if (received === undefined || received === 'undefined') return `missing: add it (${expected})`;
      return `should be ${expected}, not ${KINDS[received] ?? received}`;
    }
    case 'invalid_value':
      return issue.values.length === 1 ? `should be ${JSON.stringify(issue.values[0])}` : `use one of ${issue.values.map((value) => JSON.stringify(value)).join(', ')}`;
    case 'unrecognized_keys':
      return `unknown ${issue.keys.length === 1 ? 'field' : 'fields'} ${issue.keys.map((key) => `"${key}"`).join(', ')}: remove or rename`;
    case 'too_small':
      if (issue.origin === 'string') return Number(issue.minimum) <= 1 ? 'is empty: write something or leave it out' : `should be at least ${issue.minimum} characters`;
      if (issue.origin === 'array') return `should have at least ${issue.minimum} ${Number(issue.minimum) === 1 ? 'entry' : 'entries'}`;
      return `should be at least ${issue.minimum}`;
    case 'too_big':
      if (issue.origin === 'array') return `should have at most ${issue.maximum} entries`;
      if (issue.origin === 'string') return `should be at most ${issue.maximum} characters`;
      return `should be at most ${issue.maximum}`;
    default:
      // Our own messages (a regex's "use YYYY, YYYY-MM or YYYY-MM-DD") are already plain words.
      return issue.message;
  }
}

/**
 * Every problem in a file, each naming its field by path (`work[0].endDate: use YYYY, YYYY-MM or
 * YYYY-MM-DD, or leave it out for a current job`), so a person can fix them all in one go.
 */
export function formatIssues(error: z.ZodError, maxIssues = MAX_ISSUES): string {
  const lines = issueLines(error, maxIssues);
  const more = error.issues.length > maxIssues ? ` (and ${error.issues.length - maxIssues} more)` : '';
  return lines.join('; ') + more;
}

/** The same problems one per line (`work[0].endDate: use …`), for a list on screen. */
export function issueLines(error: z.ZodError, maxIssues = Infinity): string[] {
  return error.issues.slice(0, maxIssues).map((issue) => `${issuePath(issue.path) || '(top level)'}: ${plainMessage(issue)}`);
}
