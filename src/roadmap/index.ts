import type { Phase, Roadmap, RoadmapItem, RoadmapWarning } from '../model/index.js';
import { classify } from './classify.js';
import { decodeRoadmap, MAX_ROADMAP_BYTES, RoadmapInputError } from './decode-bytes.js';
import { findItems } from './find-items.js';
import { readMarkdown } from './read-markdown.js';
import { repairEncoding } from './repair-encoding.js';

/**
 * Roadmap import: markdown in, items out. Pure (no files, no clock, no console), so the CLI,
 * the web app and the tests all call the same code.
 *
 *   bytes ─decodeRoadmap─> text ─repairEncoding─> text ─readMarkdown─> mdast
 *         ─findItems─> raw items + headings ─classify─> items; phases = headings with items
 */

export { decodeRoadmap, RoadmapInputError, MAX_ROADMAP_BYTES } from './decode-bytes.js';
export type { DecodedText } from './decode-bytes.js';
export { repairEncoding, repairMojibake } from './repair-encoding.js';

/** Characters, for callers that already hold text; bytes are limited by MAX_ROADMAP_BYTES. */
const MAX_ROADMAP_CHARS = MAX_ROADMAP_BYTES;

/**
 * Parse roadmap text (already decoded: a string from a file read as UTF-8, a textarea, a fetch).
 * Never throws on any markdown, except RoadmapInputError for text over 2 million characters.
 */
export function parseRoadmap(text: string): Roadmap {
  return readRoadmap(text).roadmap;
}

/** A roadmap with where each item's lines end, and the lines that frame items (table headers, group labels). */
export interface RoadmapReading {
  roadmap: Roadmap;
  /** Per item, in order: its first and last line (nested lines included). */
  spans: { line: number; endLine: number }[];
  labelLines: number[];
}

/** parseRoadmap, keeping what each line was read as: the tests check no item-like line is lost unreported. */
export function readRoadmap(text: string): RoadmapReading {
  if (text.length > MAX_ROADMAP_CHARS) {
    throw new RoadmapInputError(`is ${(text.length / 1_000_000).toFixed(1)} million characters; a roadmap is a few kilobytes of markdown: check you passed the right file`);
  }
  const repaired = repairEncoding(text);
  const tree = readMarkdown(repaired.text);
  const found = findItems(tree, repaired.text.split('\n'));

  const items: RoadmapItem[] = [];
  const spans: RoadmapReading['spans'] = [];
  const warnings: RoadmapWarning[] = [...repaired.warnings, ...found.warnings];
  const phases: Phase[] = [];
  for (const raw of found.items) {
    const classified = classify(raw);
    if (classified.item) {
      items.push(classified.item);
      spans.push({ line: raw.line, endLine: raw.endLine });
      // A phase is a stage heading ("Phase 2", "Months 4–6") with items of its own.
      if (raw.phase && !phases.some((phase) => phase.line === raw.phase?.line)) phases.push({ title: raw.phase.title, line: raw.phase.line });
    }
    warnings.push(...classified.warnings);
  }
  phases.sort((a, b) => a.line - b.line);

  if (items.length === 0) warnings.push(noItemsWarning(repaired.text));
  warnings.sort((a, b) => a.line - b.line);
  return { roadmap: { phases, items, warnings }, spans, labelLines: found.labelLines };
}

function noItemsWarning(text: string): RoadmapWarning {
  if (text.trim() === '') return { line: 0, message: 'the file is empty: write your roadmap as a table (| Status | Course |) or a task list (- [ ] Course)' };
  return {
    line: 0,
    message: 'found no items: a roadmap lists its courses and projects as table rows (| Status | Course |) or list items (- [ ] Course) under headings',
  };
}

/**
 * Parse the bytes of a roadmap file in any encoding (UTF-8 with or without BOM, UTF-16,
 * Windows code pages). Throws RoadmapInputError for binary or oversized files.
 */
export function parseRoadmapBytes(bytes: Uint8Array): Roadmap {
  const decoded = decodeRoadmap(bytes);
  const roadmap = parseRoadmap(decoded.text);
  return { ...roadmap, warnings: [...decoded.warnings, ...roadmap.warnings] };
}
