import type { Root, RootContent, PhrasingContent } from 'mdast';
import MarkdownIt from 'markdown-it';
import { mdastOfTokens } from '../roadmap/read-markdown.js';

/**
 * The parser is markdown-it (CommonMark, GFM tables and strikethrough, raw HTML, URLs with a
 * scheme autolinked), read into mdast by the roadmap's converter (task lists included). remark-parse
 * + remark-gfm took 4.8 s of CPU for the 1.4 MB of READMEs of a 1,000-repo snapshot, markdown-it
 * 0.28 s; a build reads every README.
 */
const markdown = new MarkdownIt('default', { html: true, linkify: true });
markdown.linkify.set({ fuzzyLink: false, fuzzyEmail: false });

/** README text → mdast, GitHub-flavoured (tables, task lists, autolinks), as GitHub renders it. */
export function readmeTree(text: string): Root {
  return mdastOfTokens(markdown.parse(text, {}), text);
}

export type MdNode = Root | RootContent;

/** Hosts and paths that serve status badges rather than pictures of the project. */
export function isBadgeUrl(url: string): boolean {
  const lower = url.toLowerCase();
  return ['shields.io', 'badgen.net', 'badge.fury.io', 'codecov.io', 'coveralls.io', 'travis-ci.', 'circleci.com', 'colab.research.google.com/assets/colab-badge', 'mybinder.org/badge', 'zenodo.org/badge', 'readthedocs.org/projects']
    .some((host) => lower.includes(host)) || /\/badge(s)?(\.svg|\/|\?|$)/.test(lower) || lower.endsWith('badge.svg');
}

/**
 * The words a person reads in a run of inline content: images, badges and raw HTML dropped,
 * inline code kept (it often names the tool: `pandas`, `pytest`).
 */
export function phrasingText(nodes: PhrasingContent[]): string {
  return nodes.map((node) => {
    switch (node.type) {
      case 'text':
      case 'inlineCode':
        return node.value;
      case 'break':
        return ' ';
      case 'emphasis':
      case 'strong':
      case 'delete':
      case 'link':
      case 'linkReference':
        return phrasingText(node.children);
      case 'footnoteReference':
      case 'image':
      case 'imageReference':
      case 'html':
        return '';
      default:
        return '';
    }
  }).join('');
}

/** Collapse runs of white space so a wrapped paragraph reads as one line. */
export function squash(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
