import type { Root, RootContent } from 'mdast';
import { phrasingText, squash } from './read-markdown.js';

/**
 * README → the prose a recruiter would read, for keyword evidence: headings, paragraphs,
 * list items and table cells, one block a paragraph. Code blocks, badges, images, raw HTML
 * and link targets are left out: a `pip install tensorflow` line or a shields.io badge
 * is not evidence that the author used what it names.
 */
export function plainTextOfTree(tree: Root): string {
  return blocksText(tree.children).filter((block) => block !== '').join('\n\n');
}

function blocksText(nodes: RootContent[]): string[] {
  return nodes.flatMap((node): string[] => {
    switch (node.type) {
      case 'heading':
      case 'paragraph':
        return [squash(phrasingText(node.children))];
      case 'list':
        return [node.children.map((item) => blocksText(item.children).filter(Boolean).join('\n')).filter(Boolean).join('\n')];
      case 'blockquote':
      case 'footnoteDefinition':
        return blocksText(node.children);
      case 'table':
        return [node.children
          .map((row) => row.children.map((cell) => squash(phrasingText(cell.children))).filter(Boolean).join(' | '))
          .filter(Boolean)
          .join('\n')];
      default:
        // code, html, thematicBreak, definition, yaml: not prose.
        return [];
    }
  });
}
