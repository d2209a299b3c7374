/**
 * An input the user can fix: missing, unreadable, not JSON, of the wrong kind or not fitting its
 * schema. Its own module so that reading bytes and describing failures load no schema (zod).
 */
export class InputFileError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'InputFileError';
  }
}
