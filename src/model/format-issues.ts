import type { z } from 'zod';

/**
 * One line per problem, each naming the field by its path (`mustHave[3].category`), so a person
 * editing a JSON file can go straight to it.
 */
export function formatIssues(error: z.ZodError, maxIssues = 3): string {
  const lines = error.issues.slice(0, maxIssues).map((issue) => {
    const path = issue.path.reduce<string>((text, part) => (typeof part === 'number' ? `${text}[${part}]` : text ? `${text}.${String(part)}` : String(part)), '');
    return `${path || '(top level)'}: ${issue.message}`;
  });
  const more = error.issues.length > maxIssues ? ` (and ${error.issues.length - maxIssues} more)` : '';
  return lines.join('; ') + more;
}
