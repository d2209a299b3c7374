import { plainTextOfTree } from './plain-text.js';
import { readmeTree } from './read-markdown.js';
import { factsOfTree, type ReadmeFacts } from './readme-facts.js';

/** What the pipeline reads from one README: its prose for keyword evidence, and the facts the checklist judges. */
interface ReadmeReading { plainText: string; facts: ReadmeFacts }

/**
 * A build reads every README three times (evidence in prepare, each project's rank, plan.pdf's
 * README fixes): parsing markdown is most of a repo's cost, so each text is parsed once and its
 * reading kept, the oldest dropped first past CACHE_CHARS characters of README.
 */
const cache = new Map<string, ReadmeReading>();
const CACHE_CHARS = 32_000_000;
let cachedChars = 0;

function readmeReading(markdown: string): ReadmeReading {
  const known = cache.get(markdown);
  if (known) return known;
  const tree = readmeTree(markdown);
  const reading = { plainText: plainTextOfTree(tree), facts: factsOfTree(tree) };
  cache.set(markdown, reading);
  cachedChars += markdown.length;
  for (const oldest of cache.keys()) {
    if (cachedChars <= CACHE_CHARS) break;
    cache.delete(oldest);
    cachedChars -= oldest.length;
  }
  return reading;
}

/**
 * README → the prose a recruiter would read, for keyword evidence: headings, paragraphs,
 * list items and table cells, one block a paragraph. Code blocks, badges, images, raw HTML
 * and link targets are left out.
 */
export function readmeToPlainText(markdown: string): string {
  return readmeReading(markdown).plainText;
}

/** What the checklist looks at, gathered in one walk over the README's tree. Shared: do not change it. */
export function readmeFacts(markdown: string): ReadmeFacts {
  return readmeReading(markdown).facts;
}
