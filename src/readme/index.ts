export { readmeChecklist, type RepoContext } from './checklist.js';
export { readmeToPlainText } from './reading.js';
export { readmeToTerminal, type TerminalOptions } from './terminal.js';
export { readmeTree, isBadgeUrl } from './read-markdown.js';
