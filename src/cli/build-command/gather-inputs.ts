import { prepare, type Prepared } from '../../portfolio/index.js';
import { readSources } from '../analyze-input.js';

export interface BuildFlags {
  roadmap?: string;
  githubSnapshot?: string;
  profile?: string;
  keywords?: string;
  jd?: string;
}

/** A build's inputs: the pipeline's first step, and where each input came from. */
export interface BuildInputs {
  prepared: Prepared;
  /** Where each input came from (file paths), recorded under resume.json's meta. */
  sources: Record<string, string>;
  /** Things the user should know that do not stop the build, each naming its file. */
  warnings: string[];
}

/**
 * Read and validate every input of a build (the same reader, and the same bundled-example rule,
 * as `analyze`), then the pipeline's first step: src/portfolio's prepare.
 */
export async function gatherInputs(flags: BuildFlags): Promise<BuildInputs> {
  const keywords = flags.keywords ?? 'medical-ai';
  const sources = await readSources({ ...flags, keywords });
  const { files } = sources;
  const prepared = prepare({
    keywordSet: sources.keywordSet, lexicon: sources.lexicon, repos: sources.repos,
    ...(sources.roadmap ? { roadmap: sources.roadmap, roadmapRef: sources.roadmapRef ?? 'roadmap.md' } : {}),
    ...(sources.profile ? { profile: sources.profile } : {}),
    ...(sources.jobText !== undefined ? { jobText: sources.jobText } : {}),
  });
  return {
    prepared,
    warnings: prepared.warnings.map((warning) => `${files.profile ?? 'profile'}: ${warning}`),
    sources: {
      keywords,
      ...(files.roadmap ? { roadmap: files.roadmap } : {}),
      ...(files.profile ? { profile: files.profile } : {}),
      ...(sources.repos.length > 0 && files.githubSnapshot ? { githubSnapshot: files.githubSnapshot } : {}),
      ...(files.jd ? { jobDescription: files.jd } : {}),
    },
  };
}
