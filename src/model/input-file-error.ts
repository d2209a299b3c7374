// Kept apart from json-input.ts so reading a text file (roadfolio jd) does not load zod and every schema.
/** An input the user can fix: missing, unreadable, not JSON, of the wrong kind or not fitting its schema. */
export class InputFileError extends Error {
  /** Each problem on its own (a schema's every field), for a list on screen; the message joins them. */
  readonly problems: string[];
  constructor(message: string, problems?: string[]) {
    super(message);
    this.name = 'InputFileError';
    this.problems = problems ?? [message];
  }
}
