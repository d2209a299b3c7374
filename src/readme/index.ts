export { readmeChecklist, type RepoContext } from './checklist.js';
export { readmeToPlainText } from './plain-text.js';
export { readmeToTerminal, type TerminalOptions } from './terminal.js';
export { readmeTree, isBadgeUrl } from './read-markdown.js';
