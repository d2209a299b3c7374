import { UserError } from './user-error.js';
import { KeywordFileError } from '../keywords/keyword-file-error.js';
import { InputFileError } from '../store/input-files.js';

/** Run an input-reading step; a file the user can fix becomes a one-line UserError (exit 1). */
export async function asUserError<T>(step: () => Promise<T>): Promise<T> {
  try {
    return await step();
  } catch (error) {
    if (error instanceof InputFileError || error instanceof KeywordFileError) throw new UserError(error.message);
    throw error;
  }
}
