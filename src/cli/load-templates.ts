import { bundledPath } from '../store/package-files.js';
import { readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import type { z } from 'zod';
import type { PhraseBook, ResumeTemplate } from '../model/index.js';
import { InputFileError } from '../store/input-files.js';
import { JSON_INPUTS, type JsonFileKind } from '../model/json-input.js';
import { readJsonFileSync } from '../store/json-file.js';
import { UserError } from './user-error.js';

/** templates/ beside package.json. */
export const bundledTemplatesDir = bundledPath('templates');

/** A bundled or user template file; a bad one is a one-line UserError naming every field at fault. */
function readTemplate<T extends z.ZodType>(path: string, expected: JsonFileKind<T>): z.infer<T> {
  try {
    return readJsonFileSync(path, expected);
  } catch (error) {
    if (error instanceof InputFileError) throw new UserError(error.message);
    throw error;
  }
}

/**
 * Every `templates/phrases/*.json`, merged in file-name order: a user's own file adds verb lists
 * and templates (a template with an existing id replaces it).
 */
export function loadPhraseBook(dir = join(bundledTemplatesDir, 'phrases')): PhraseBook {
  const files = readdirSync(dir).filter((file) => file.endsWith('.json')).sort();
  if (files.length === 0) throw new UserError(`${dir}: no phrase template files (*.json)`);
  const books = files.map((file) => readTemplate(join(dir, file), JSON_INPUTS.phraseBook));
  const byId = <T extends { id: string }>(lists: T[][]): T[] => [...new Map(lists.flat().map((template) => [template.id, template])).values()];
  return {
    version: 1,
    verbs: Object.assign({}, ...books.map((book) => book.verbs)),
    templates: byId(books.map((book) => book.templates)),
    followUps: byId(books.map((book) => book.followUps)),
  };
}

export function resumeTemplateNames(dir = join(bundledTemplatesDir, 'resume')): string[] {
  return readdirSync(dir).filter((file) => file.endsWith('.json')).map((file) => file.replace(/\.json$/, '')).sort();
}

/** `--template NAME` (a bundled template) or a path to the user's own template file. */
export function loadResumeTemplate(nameOrPath: string, dir = join(bundledTemplatesDir, 'resume')): ResumeTemplate {
  const path = nameOrPath.endsWith('.json') ? nameOrPath : join(dir, `${nameOrPath}.json`);
  if (!existsSync(path)) {
    throw new UserError(`--template ${nameOrPath}: no such template; choose one of ${resumeTemplateNames(dir).join(', ')} or give a .json file`);
  }
  return readTemplate(path, JSON_INPUTS.resumeTemplate);
}
