import type { Root, RootContent } from 'mdast';
import { isBadgeUrl, phrasingText, squash } from './read-markdown.js';

/** What the checklist looks at, gathered in one walk over the README's tree. */
export interface ReadmeFacts {
  headings: { depth: number; text: string }[];
  /** Block-level nodes before the first heading and between the first and second heading. */
  startsWithHeading: boolean;
  descriptionWords: number;
  codeBlocks: { lang: string | null; value: string }[];
  /** Pictures of the project: markdown or HTML images that are not status badges. */
  figures: string[];
  badges: string[];
  /** Section text by heading (lower case), prose only. */
  sections: { heading: string; text: string }[];
  /** All prose, lower case, code blocks excluded. */
  prose: string;
  linkUrls: string[];
}

/** The facts of a parsed README (src/readme/reading.ts parses each README once for these and its plain text). */
export function factsOfTree(tree: Root): ReadmeFacts {
  const facts: ReadmeFacts = {
    headings: [], startsWithHeading: false, descriptionWords: 0, codeBlocks: [], figures: [], badges: [],
    sections: [], prose: '', linkUrls: [],
  };
  // Many READMEs open with centred HTML (a logo, an <h1 align="center">) before any markdown.
  const firstBlock = tree.children.find((node) => node.type !== 'html' || !isOnlyImagesHtml(node.value));
  const htmlTitle = firstBlock?.type === 'html' ? htmlHeadingText(firstBlock.value) : undefined;
  if (htmlTitle) facts.headings.push({ depth: 1, text: htmlTitle });
  facts.startsWithHeading = firstBlock?.type === 'heading' || htmlTitle !== undefined
    || (firstBlock?.type === 'paragraph' && tree.children.some((node) => node.type === 'heading' && node.depth === 1));
  const proseParts: string[] = [];
  let section = { heading: '', text: '' };
  facts.sections.push(section);
  let headingsSeen = 0;
  for (const node of tree.children) {
    if (node.type === 'heading') {
      headingsSeen++;
      const text = squash(phrasingText(node.children));
      facts.headings.push({ depth: node.depth, text });
      section = { heading: text.toLowerCase(), text: '' };
      facts.sections.push(section);
      proseParts.push(text);
      continue;
    }
    const text = blockProse(node);
    if (headingsSeen <= 1 && node.type === 'paragraph') {
      facts.descriptionWords = Math.max(facts.descriptionWords, text.split(/\s+/).filter((word) => /\p{L}/u.test(word)).length);
    }
    section.text += ` ${text}`;
    proseParts.push(text);
  }
  collectMedia(tree, facts);
  facts.prose = proseParts.join('\n').toLowerCase();
  return facts;
}

function blockProse(node: RootContent): string {
  switch (node.type) {
    case 'paragraph':
    case 'heading':
      return squash(phrasingText(node.children));
    case 'list':
      return node.children.map((item) => item.children.map(blockProse).join(' ')).join(' ');
    case 'blockquote':
    case 'footnoteDefinition':
      return node.children.map(blockProse).join(' ');
    case 'table':
      return node.children.map((row) => row.children.map((cell) => squash(phrasingText(cell.children))).join(' ')).join(' ');
    default:
      return '';
  }
}

/** Images (markdown and HTML `<img>`), code blocks and link targets, anywhere in the tree. */
function collectMedia(node: Root | RootContent, facts: ReadmeFacts, insideLinkUrl?: string): void {
  switch (node.type) {
    case 'code':
      facts.codeBlocks.push({ lang: node.lang ?? null, value: node.value });
      return;
    case 'image':
      (isBadgeUrl(node.url) || (insideLinkUrl !== undefined && isBadgeUrl(insideLinkUrl)) ? facts.badges : facts.figures).push(node.url);
      return;
    case 'html':
      for (const src of htmlImageSources(node.value)) (isBadgeUrl(src) ? facts.badges : facts.figures).push(src);
      return;
    case 'link':
      facts.linkUrls.push(node.url);
      for (const child of node.children) collectMedia(child, facts, node.url);
      return;
    default:
      if ('children' in node) for (const child of node.children) collectMedia(child as RootContent, facts, insideLinkUrl);
  }
}

/**
 * `src` of each <img> in a raw HTML node. READMEs center their figures with
 * `<p align="center"><img src=...></p>`; remark leaves that HTML as one opaque node, so we
 * read the attribute from it (markdown itself is never parsed this way).
 */
function htmlImageSources(html: string): string[] {
  return [...html.matchAll(/<img\b[^>]*?\bsrc\s*=\s*["']?([^"'\s>]+)/gi)].map((match) => match[1] ?? '');
}

/** The text of an <h1>/<h2> in a raw HTML node (tags stripped), if it has one. */
function htmlHeadingText(html: string): string | undefined {
  const inner = /<h[12]\b[^>]*>([\s\S]*?)<\/h[12]>/i.exec(html)?.[1];
  const text = inner?.replace(/<[^>]*>/g, '').replace(/\s+/g, ' ').trim();
  return text ? text : undefined;
}

function isOnlyImagesHtml(html: string): boolean {
  return htmlImageSources(html).length > 0 && html.replace(/<[^>]*>/g, '').trim() === '';
}
