import type { List, PhrasingContent, RootContent, Table } from 'mdast';
import { readmeTree, squash } from './read-markdown.js';

export interface TerminalOptions {
  /** Wrap paragraphs at this many columns (default 80). */
  width?: number;
  /** ANSI bold headings and dim code; off for pipes and files. */
  color?: boolean;
}

interface Style { bold(text: string): string; dim(text: string): string }
const plainStyle: Style = { bold: (text) => text, dim: (text) => text };
const ansiStyle: Style = { bold: (text) => `\x1b[1m${text}\x1b[22m`, dim: (text) => `\x1b[2m${text}\x1b[22m` };

/**
 * README → text for a terminal: underlined headings, wrapped paragraphs, bulleted and numbered
 * lists (task boxes kept), code blocks indented as written, tables in aligned columns, links as
 * "text (url)". Images, badges and raw HTML are dropped: a terminal cannot show them.
 */
export function readmeToTerminal(markdown: string, options: TerminalOptions = {}): string {
  const width = Number.isFinite(options.width) ? Math.max(20, options.width as number) : 80;
  const style = options.color ? ansiStyle : plainStyle;
  const lines: string[] = [];
  for (const chunk of markdownChunks(markdown, CHUNK_CHARS)) append(lines, ['', ...renderBlocks(readmeTree(chunk).children, width, style)]);
  return `${lines.join('\n').replace(/\n{3,}/g, '\n\n').replace(/^\n+/, '').trimEnd()}\n`;
}

/**
 * A parsed README holds several objects per line: a 10 MB list of short lines took 2.3 GB as one
 * tree. Past CHUNK_CHARS it is parsed and printed a part at a time, cut only where a new block
 * starts at the left margin (after a blank line, or at a list item), never inside fenced code, so
 * the printed text is the same apart from a blank line where a long list was cut.
 */
const CHUNK_CHARS = 256_000;

export function markdownChunks(markdown: string, size: number): string[] {
  if (markdown.length <= size) return [markdown];
  const chunks: string[] = [];
  let start = 0;
  let fence: string | undefined;
  let previousBlank = false;
  for (let lineStart = 0; lineStart < markdown.length;) {
    const newline = markdown.indexOf('\n', lineStart);
    const lineEnd = newline === -1 ? markdown.length : newline;
    const line = markdown.slice(lineStart, lineEnd);
    const marker = /^(`{3,}|~{3,})/.exec(line)?.[1];
    if (fence !== undefined) {
      if (marker && marker[0] === fence[0] && marker.length >= fence.length && line.trim() === marker) fence = undefined;
      previousBlank = false;
    } else {
      if (lineStart - start >= size && (previousBlank && /^\S/.test(line) || /^(?:[-*+]|\d{1,9}[.)])\s/.test(line))) {
        chunks.push(markdown.slice(start, lineStart));
        start = lineStart;
      }
      if (marker) fence = marker;
      previousBlank = line.trim() === '';
    }
    lineStart = lineEnd + 1;
  }
  chunks.push(markdown.slice(start));
  return chunks;
}

/**
 * A loop, not push(...items) or Math.max(...items): spreading a block of 100,000 lines into
 * arguments overflows the stack ("Maximum call stack size exceeded" on a 600 KB README).
 */
function append(target: string[], items: readonly string[]): void {
  for (const item of items) target.push(item);
}

function longest(lines: readonly string[]): number {
  return lines.reduce((most, line) => Math.max(most, line.length), 0);
}

function renderBlocks(nodes: RootContent[], width: number, style: Style): string[] {
  const out: string[] = [];
  for (const node of nodes) {
    const block = renderBlock(node, width, style);
    if (block.length === 0) continue;
    if (out.length > 0) out.push('');
    append(out, block);
  }
  return out;
}

function renderBlock(node: RootContent, width: number, style: Style): string[] {
  switch (node.type) {
    case 'heading': {
      const text = squash(inline(node.children));
      if (text === '') return [];
      const lines = wrap(node.depth === 1 ? text.toUpperCase() : node.depth === 2 ? text : `${'#'.repeat(node.depth)} ${text}`, width);
      const rule = Math.min(width, longest(lines));
      if (node.depth === 1) return [...lines.map(style.bold), '═'.repeat(rule)];
      if (node.depth === 2) return [...lines.map(style.bold), '─'.repeat(rule)];
      return lines.map(style.bold);
    }
    case 'paragraph': {
      const text = squash(inline(node.children));
      return text === '' ? [] : wrap(text, width);
    }
    case 'list':
      return renderList(node, width, style);
    case 'blockquote':
      return renderBlocks(node.children, width - 2, style).map((line) => `│ ${line}`.trimEnd());
    case 'code': {
      const label = node.lang ? [style.dim(`    ┌ ${node.lang}`)] : [];
      return [...label, ...node.value.split('\n').map((line) => style.dim(`    ${line}`).trimEnd())];
    }
    case 'table':
      return renderTable(node, style);
    case 'thematicBreak':
      return ['─'.repeat(Math.min(width, 40))];
    case 'footnoteDefinition':
      return renderBlocks(node.children, width - 4, style).map((line, i) => (i === 0 ? `[^${node.identifier}] ${line}` : `    ${line}`));
    default:
      // html, definition, yaml: nothing a terminal reader needs.
      return [];
  }
}

function renderList(list: List, width: number, style: Style): string[] {
  const out: string[] = [];
  list.children.forEach((item, index) => {
    const number = (list.start ?? 1) + index;
    const box = item.checked === true ? '[x] ' : item.checked === false ? '[ ] ' : '';
    const marker = `${list.ordered ? `${number}.` : '•'} ${box}`;
    const indent = ' '.repeat(marker.length + 2);
    const body: string[] = [];
    for (const child of item.children) {
      const rendered = renderBlock(child, width - indent.length, style);
      // A loose list separates paragraphs with a blank line; a tight one does not.
      if (rendered.length > 0 && body.length > 0 && (item.spread || child.type !== 'list')) body.push('');
      append(body, rendered);
    }
    const lines = body.length > 0 ? body : [''];
    out.push(`  ${marker}${lines[0]}`.trimEnd());
    for (const line of lines.slice(1)) out.push(line === '' ? '' : `${indent}${line}`);
    if (list.spread && index < list.children.length - 1) out.push('');
  });
  return out;
}

function renderTable(table: Table, style: Style): string[] {
  const rows = table.children.map((row) => row.children.map((cell) => squash(inline(cell.children))));
  const columns = rows.reduce((most, row) => Math.max(most, row.length), 0);
  const widths = Array.from({ length: columns }, (_, c) => rows.reduce((most, row) => Math.max(most, (row[c] ?? '').length), 0));
  const align = table.align ?? [];
  const pad = (text: string, c: number): string => {
    const room = (widths[c] ?? 0) - text.length;
    if (align[c] === 'right') return ' '.repeat(room) + text;
    if (align[c] === 'center') return ' '.repeat(Math.floor(room / 2)) + text + ' '.repeat(Math.ceil(room / 2));
    return text + ' '.repeat(room);
  };
  const line = (row: string[]): string => Array.from({ length: columns }, (_, c) => pad(row[c] ?? '', c)).join(' │ ').trimEnd();
  const [header = [], ...body] = rows;
  return [style.bold(line(header)), widths.map((w) => '─'.repeat(w)).join('─┼─'), ...body.map(line)];
}

/** Inline content as terminal text: links keep their target, images and HTML go. */
function inline(nodes: PhrasingContent[]): string {
  return nodes.map((node) => {
    switch (node.type) {
      case 'text':
        return node.value;
      case 'inlineCode':
        return `\`${node.value}\``;
      case 'break':
        return ' ';
      case 'emphasis':
      case 'strong':
      case 'delete':
      case 'linkReference':
        return inline(node.children);
      case 'link': {
        const text = squash(inline(node.children));
        // A badge is a link around an image: nothing left to show once the image is gone.
        if (text === '') return '';
        if (text === node.url || node.url.startsWith('#') || `mailto:${text}` === node.url) return text;
        return `${text} (${node.url})`;
      }
      case 'footnoteReference':
        return `[^${node.identifier}]`;
      default:
        // image, imageReference, html
        return '';
    }
  }).join('');
}

/** Greedy word wrap; a word longer than the line (a URL) gets a line of its own. */
function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  let current = '';
  for (const word of text.split(' ')) {
    if (current === '') current = word;
    else if (current.length + 1 + word.length <= width) current += ` ${word}`;
    else {
      lines.push(current);
      current = word;
    }
  }
  if (current !== '') lines.push(current);
  return lines;
}
