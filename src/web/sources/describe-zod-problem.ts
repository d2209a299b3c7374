import type { z } from 'zod';

/** The first problem zod found, as "field.path: message", for one-line error messages. */
export function describeZodProblem(error: z.ZodError): string {
  const issue = error.issues[0];
  if (issue === undefined) return 'does not match the expected shape';
  const where = issue.path.length > 0 ? issue.path.join('.') : 'the top level';
  return `${where}: ${issue.message}`;
}
