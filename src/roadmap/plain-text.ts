import type { Nodes } from 'mdast';
import type { Link } from '../model/index.js';

const WIKI_LINK = /\[\[([^\]|]+)(?:\|([^\]]+))?\]\]/gu;

/**
 * What a reader sees of some markdown: the words, without `**`, link targets or backticks.
 * Images count as their alt text; line breaks as spaces; HTML is dropped.
 */
export function plainText(nodes: readonly Nodes[]): string {
  let text = '';
  for (const node of nodes) {
    switch (node.type) {
      case 'text':
        // Obsidian wiki links read as their alias or target: "[[Pandas|pandas notes]]" → "pandas notes".
        text += node.value.includes('[[') ? node.value.replace(WIKI_LINK, (_link, target: string, alias?: string) => alias ?? target) : node.value;
        break;
      case 'inlineCode':
        text += node.value;
        break;
      case 'image':
        text += node.alt ?? '';
        break;
      case 'break':
        text += ' ';
        break;
      case 'html':
      case 'code':
      case 'footnoteReference':
        break;
      default:
        if ('children' in node) text += plainText(node.children as Nodes[]) + (isBlock(node) ? ' ' : '');
    }
  }
  return text;
}

function isBlock(node: Nodes): boolean {
  return node.type === 'paragraph' || node.type === 'heading' || node.type === 'listItem' || node.type === 'list' || node.type === 'tableCell';
}

/** Collapse runs of white space (NBSP included) and trim: titles compare and print cleanly. */
export function tidy(text: string): string {
  return text.replace(/[\s\u00a0]+/gu, ' ').trim();
}

/** Every link in the nodes, in order, as the text a person reads and its URL. */
export function linksIn(nodes: readonly Nodes[]): Link[] {
  const links: Link[] = [];
  const visit = (node: Nodes): void => {
    if (node.type === 'link') {
      links.push({ text: tidy(plainText(node.children)) || node.url, url: node.url });
      return;
    }
    if ('children' in node) for (const child of node.children as Nodes[]) visit(child);
  };
  for (const node of nodes) visit(node);
  return links;
}

/**
 * Emoji at the start or end of a title are decoration ("Phase 4: Applied Medical AI 🧠"):
 * strip them with their variation selectors, joiners and skin tones. © ® ™ are Extended_Pictographic
 * in Unicode but belong to names ("Python®"), so they stay.
 */
const DECORATION = '(?:(?![©®™])\\p{Extended_Pictographic}|\\p{Regional_Indicator}|[\\u{FE0F}\\u{200D}\\u{20E3}\\u{1F3FB}-\\u{1F3FF}\\s])';
const LEADING_DECORATION = new RegExp(`^${DECORATION}+`, 'u');
const TRAILING_DECORATION = new RegExp(`${DECORATION}+$`, 'u');

/** Obsidian / Logseq tags closing a line ("Foundations #python #ml"): filing, not part of the name. */
const TRAILING_TAGS = /(?:\s+#[\p{L}_][\p{L}\p{N}_/-]*)+$/u;

export function withoutDecoration(text: string): string {
  const trimmed = tidy(text).replace(LEADING_DECORATION, '').replace(TRAILING_DECORATION, '');
  // Only the end is searched for tags: the pattern backtracks, and a line can be a megabyte long.
  const tagsFrom = Math.max(0, trimmed.length - 300);
  const tags = TRAILING_TAGS.exec(trimmed.slice(tagsFrom));
  return tags ? trimmed.slice(0, tagsFrom + tags.index).replace(TRAILING_DECORATION, '') : trimmed;
}
