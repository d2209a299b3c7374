import type { ReactNode } from 'react';
import { Text, View } from '@react-pdf/renderer';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import type { Root, RootContent, PhrasingContent } from 'mdast';
import { withoutUnprintable } from '../resume/printable-text.js';
import { resolveReadmeLink } from '../model/safe-link.js';
import { SafeLink } from './safe-link.js';

const parser = unified().use(remarkParse).use(remarkGfm);

/** Block nodes a README excerpt keeps; code, tables, html and images are left to GitHub. */
const KEPT = new Set(['heading', 'paragraph', 'list', 'blockquote']);

/** Characters left to print, and the repo page relative links resolve against (https only). */
interface Budget { chars: number; repoUrl?: string }

/** A text cut to what the budget has left, at a word, with an ellipsis: a 1 MB paragraph prints as ~900 characters. */
function spend(text: string, budget: Budget): string {
  if (text.length <= budget.chars) {
    budget.chars -= text.length;
    return text;
  }
  const room = Math.max(0, budget.chars);
  budget.chars = 0;
  const cut = text.slice(0, room);
  const atWord = cut.replace(/\s+\S*$/, '');
  return `${atWord.length > room / 2 ? atWord : cut}…`;
}

function inline(nodes: readonly PhrasingContent[], key: string, budget: Budget): ReactNode[] {
  return nodes.flatMap((node, index): ReactNode[] => {
    const id = `${key}.${index}`;
    if (budget.chars <= 0) return [];
    switch (node.type) {
      case 'text': return [spend(withoutUnprintable(node.value).replace(/\s+/g, ' '), budget)];
      case 'strong': return [<Text key={id} style={{ fontWeight: 700 }}>{inline(node.children, id, budget)}</Text>];
      case 'emphasis': return [<Text key={id} style={{ fontStyle: 'italic' }}>{inline(node.children, id, budget)}</Text>];
      case 'delete': return inline(node.children, id, budget);
      case 'inlineCode': return [<Text key={id} style={{ backgroundColor: '#eef1f4', color: '#24292f' }}>{` ${spend(node.value, budget)} `}</Text>];
      case 'link': {
        const children = inline(node.children, id, budget);
        // A link around nothing but an image is a badge: dropped with its image.
        if (children.every((child) => child === '' || child === null)) return [];
        // Only http(s)/mailto/tel, and a relative link only against the repo's https:// page.
        return [<SafeLink key={id} src={resolveReadmeLink(node.url, budget.repoUrl)} style={{ color: '#1f4e79', textDecoration: 'none' }}>{children}</SafeLink>];
      }
      case 'break': return ['\n'];
      default: return [];
    }
  });
}

function hasText(nodes: ReactNode[]): boolean {
  return nodes.some((node) => (typeof node === 'string' ? node.trim() !== '' : node !== null));
}

function block(node: RootContent, key: string, budget: Budget, depth = 0): ReactNode {
  if (budget.chars <= 0 || !KEPT.has(node.type)) return null;
  switch (node.type) {
    case 'heading': {
      const children = inline(node.children, key, budget);
      if (!hasText(children)) return null;
      budget.chars -= 40;
      return <Text key={key} style={{ fontWeight: 700, fontSize: node.depth <= 2 ? 10.5 : 9.5, marginTop: 4, marginBottom: 2 }} minPresenceAhead={24}>{children}</Text>;
    }
    case 'paragraph': {
      const children = inline(node.children, key, budget);
      if (!hasText(children)) return null;
      budget.chars -= 20;
      return <Text key={key} style={{ marginBottom: 3 }}>{children}</Text>;
    }
    case 'list':
      return (
        <View key={key} style={{ marginBottom: 3, marginLeft: depth * 10 }}>
          {node.children.map((item, index) => {
            if (budget.chars <= 0) return null;
            const marker = node.ordered ? `${(node.start ?? 1) + index}.` : item.checked === true ? '☑' : item.checked === false ? '☐' : '•';
            const parts = item.children.map((child, childIndex) => child.type === 'paragraph'
              ? (() => { const text = inline(child.children, `${key}.${index}.${childIndex}`, budget); budget.chars -= 30; return hasText(text) ? <Text key={childIndex}>{text}</Text> : null; })()
              : block(child, `${key}.${index}.${childIndex}`, budget, depth + 1));
            return (
              <View key={index} style={{ flexDirection: 'row' }} wrap={false}>
                <Text style={{ width: 14 }}>{marker}</Text>
                <View style={{ flex: 1 }}>{parts}</View>
              </View>
            );
          })}
        </View>
      );
    case 'blockquote':
      return <View key={key} style={{ borderLeftWidth: 2, borderLeftColor: '#c8d1db', paddingLeft: 6, color: '#444444' }}>{node.children.map((child, index) => block(child, `${key}.${index}`, budget, depth))}</View>;
    default:
      return null;
  }
}

/**
 * The start of a README as PDF text: headings, paragraphs, lists, emphasis and code spans, about
 * `maxChars` long. Images and badges are dropped; code blocks and tables stay on GitHub.
 */
export function ReadmeExcerpt({ markdown, maxChars = 900, repoUrl }: { markdown: string; maxChars?: number; repoUrl?: string }) {
  // Only the start can be printed: parsing a 1 MB README whole cost seconds per project. The prefix
  // is cut at a blank line (a block boundary), generously past what the budget can print.
  const prefix = markdown.length <= maxChars * 20 ? markdown : markdown.slice(0, markdown.lastIndexOf('\n\n', maxChars * 20) > maxChars ? markdown.lastIndexOf('\n\n', maxChars * 20) : maxChars * 20);
  const tree = parser.parse(prefix) as Root;
  const budget: Budget = { chars: maxChars, ...(repoUrl ? { repoUrl } : {}) };
  const kept = tree.children
    .map((node, index) => ({ node, drawn: block(node, String(index), budget) }))
    .filter((entry) => entry.drawn !== null);
  // A heading whose section was all code or images ("Run it" over a code block) is dropped with it.
  const blocks = kept.filter((entry, index) => {
    if (entry.node.type !== 'heading') return true;
    const next = kept[index + 1]?.node;
    return next !== undefined && !(next.type === 'heading' && next.depth <= entry.node.depth);
  }).map((entry) => entry.drawn);
  return <View style={{ fontSize: 9, lineHeight: 1.35 }}>{blocks}</View>;
}
