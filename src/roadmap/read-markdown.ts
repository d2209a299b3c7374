import type { Root } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';

/**
 * Step 2 (text → mdast): parse markdown with remark and GitHub's extensions (tables, task
 * lists, autolinks). Every node keeps its source position, which is where items get their lines.
 * The processor is built once: building it costs more than parsing a small roadmap.
 */
const processor = unified().use(remarkParse).use(remarkGfm).freeze();

export function readMarkdown(text: string): Root {
  return processor.parse(text);
}
