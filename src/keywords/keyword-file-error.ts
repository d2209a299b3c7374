// Kept apart from lexicon.ts (which loads zod for validation) so the jd path can name it without the schemas.
/** A keyword set or lexicon file that does not fit its schema; the message names the file and field. */
export class KeywordFileError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'KeywordFileError';
  }
}
