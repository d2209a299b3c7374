import type { Evidence } from '../model/index.js';
import { findMetric } from './numbers.js';
import type { Statements } from './statements.js';

// Getting ready to work is not work to show: installing an editor, configuring an environment,
// creating accounts. Such rows and repos are never Coursework or Projects (build lists them as
// left out). Words are matched in the title, the description and the README's opening only.
const SETUP_WORDS = /\b(set[- ]?up|setting up|installing|installation|install|dotfiles|config|configs|configuration|environment|editor settings|account|accounts|laptop|workstation|onboarding)\b/i;
const EDITORS = /\b(vs ?code|visual studio code|pycharm|sublime|vim|neovim|emacs|anaconda|conda|jupyterlab|rstudio)\b/i;

/** The opening statements of an item: its title, description and first summary sentence. */
function opening(evidence: Evidence, statements?: Statements): string {
  const description = evidence.fields.find((field) => field.name === 'description')?.text ?? '';
  return [evidence.title.replace(/[-_]+/g, ' '), description, statements?.title ?? '', statements?.summary[0] ?? ''].join('\n');
}

/**
 * A set-up or tooling item: its opening says it is set-up (or names only an editor or
 * environment being installed), and it states no result, data or method of its own.
 */
export function isSetupItem(evidence: Evidence, statements?: Statements): boolean {
  const text = opening(evidence, statements);
  const says = SETUP_WORDS.test(text) || (EDITORS.test(evidence.title.replace(/[-_]+/g, ' ')) && !/\b(model|analysis|dashboard|pipeline|classifier)\b/i.test(text));
  if (!says) return false;
  const substance = statements ? statements.results.length + statements.data.length + statements.tests.length : 0;
  return substance === 0 && !findMetric(text);
}
