/**
 * A mistake the user can fix (a bad file, a missing field, a revoked token). The CLI prints
 * its one-line message and exits 1; anything else that escapes is a bug and keeps its stack.
 */
export class UserError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UserError';
  }
}

/** Bad command-line usage (unknown flag, missing argument): exit 2. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}
