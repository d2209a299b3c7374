import { bundledPath } from '../store/package-files.js';
import { readdirSync, existsSync } from 'node:fs';
import { checkJsonDepth, InputFileError, readInputBytesSync } from '../store/input-bytes.js';
import { join } from 'node:path';
import type { z } from 'zod';
import { PhraseBook, ResumeTemplate } from '../model/index.js';
import { UserError } from './user-error.js';

/** templates/ beside package.json. */
export const bundledTemplatesDir = bundledPath('templates');

function readJson<T>(path: string, schema: z.ZodType<T>): T {
  let parsed: unknown;
  try {
    parsed = JSON.parse(readInputBytesSync(path, 'template').toString('utf8'));
    checkJsonDepth(parsed, path);
  } catch (error) {
    if (error instanceof InputFileError) throw new UserError(error.message);
    throw new UserError(`${path}: not valid JSON (${(error as Error).message}); fix the file or remove it`);
  }
  const result = schema.safeParse(parsed);
  if (!result.success) {
    const issue = result.error.issues[0];
    throw new UserError(`${path}: field ${issue?.path.join('.') || '(root)'}: ${issue?.message ?? 'invalid'}`);
  }
  return result.data;
}

/**
 * Every `templates/phrases/*.json`, merged in file-name order: a user's own file adds verb lists
 * and templates (a template with an existing id replaces it).
 */
export function loadPhraseBook(dir = join(bundledTemplatesDir, 'phrases')): PhraseBook {
  const files = readdirSync(dir).filter((file) => file.endsWith('.json')).sort();
  if (files.length === 0) throw new UserError(`${dir}: no phrase template files (*.json)`);
  const books = files.map((file) => readJson(join(dir, file), PhraseBook));
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
  return readJson(path, ResumeTemplate);
}
