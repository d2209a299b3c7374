import type { Roadmap } from '../model/index.js';
import { InputFileError, displayPath } from '../store/input-files.js';

/**
 * Markdown roadmap → Roadmap. The parser (src/roadmap) lands from its own branch; until then a
 * markdown roadmap is refused with a way out, and JSON roadmaps work.
 */
export async function parseRoadmapText(_text: string, path: string): Promise<Roadmap> {
  throw new InputFileError(`${displayPath(path)}: reading markdown roadmaps needs the roadmap parser, not in this build yet; pass its JSON (roadfolio roadmap FILE --json) instead`);
}
