import { compileMatcher } from '../keywords/compile.js';
import { findKeywords } from '../keywords/match.js';
import type { ApplicationRecord, Coverage } from '../model/index.js';
import type { Prepared } from '../portfolio/index.js';
import type { ResumeLayout } from '../resume/resume-sections.js';
import type { JobReport } from '../resume/tailor-report.js';
import { postingGaps } from './posting-gaps.js';
import { versionFiles, type VersionDates, type VersionSources } from './record.js';
import { reorderings } from './reordering.js';
import { applicationReport } from './report.js';

/** What the pipeline made for one posting, and what the record says about it. */
export interface VersionInput {
  /** The pipeline's first step with the posting as its job description (evidence, roadmap, lexicon). */
  prepared: Prepared;
  /** Coverage of the tailored resume (coverage.json) and its job report. */
  coverage: Coverage;
  jobReport: JobReport | undefined;
  /** The tailored resume's layout, and the master's (the same sources, no posting). */
  layout: ResumeLayout;
  master: ResumeLayout;
  posting: { text: string; file: string; sha256: string };
  company: string;
  role: string;
  dates: VersionDates;
  /** The inputs by content hash (hashed by the face: node:crypto in the CLI, SubtleCrypto in the browser). */
  hashed: VersionSources;
}

/**
 * application.json and report.md of one tailored version: the posting's gaps (with the roadmap
 * items that would close them), the score, and what tailoring reordered against the master
 * resume. The one step `roadfolio apply` and the web app's Applications page share; each face
 * renders, hashes and stores around it.
 */
export function tailoredVersion(input: VersionInput): { record: ApplicationRecord; report: string } {
  const { prepared, coverage, jobReport } = input;
  const { keywordSet } = prepared;
  const matcher = compileMatcher(keywordSet);
  const termsIn = (text: string) => [...new Set(findKeywords(text, matcher).map((match) => match.term))].sort();
  const gaps = postingGaps(coverage, jobReport, prepared.roadmap?.items ?? [], compileMatcher(prepared.lexicon ?? keywordSet));
  const asked = new Set(jobReport?.asked ?? []);
  const jd = coverage.jd;
  const record: ApplicationRecord = {
    version: 1,
    company: input.company,
    role: input.role,
    created: input.dates.created,
    built: input.dates.built,
    status: input.dates.status,
    history: input.dates.history,
    posting: { file: input.posting.file, sha256: input.posting.sha256, words: input.posting.text.split(/\s+/).filter(Boolean).length },
    score: {
      posting: Math.round(jd?.score ?? 0),
      requiredCovered: jd?.required.covered ?? 0,
      requiredTotal: jd?.required.total ?? 0,
      ...(coverage.shown ? { shown: Math.round(coverage.shown.score) } : {}),
    },
    gaps,
    sources: input.hashed.sources,
    overrides: input.hashed.overrides,
    roadfolio: input.hashed.roadfolio,
    // build's portfolio.pdf and plan.pdf are not part of a version: the report and gaps say what plan.pdf would.
    files: versionFiles(input.posting.file),
  };
  const report = applicationReport({
    record, coverage, evidence: prepared.evidence, gaps,
    reorderings: reorderings(input.master, input.layout, (text) => termsIn(text).filter((term) => asked.has(term))),
  });
  return { record, report };
}

/** The text of each input a version's `sources` hash, and how the face names it. */
export interface SourceContents {
  roadmap?: { ref: string; content: string | Uint8Array };
  profile?: { ref: string; content: string | Uint8Array };
  githubSnapshot?: { ref: string; content: string | Uint8Array };
  keywords: { ref: string; keywordSet: unknown };
  template: { ref: string; template: unknown };
  phraseBook: unknown;
  /** The profile's `meta.roadfolio.overrides`. */
  overrides: Record<string, unknown>;
  roadfolio: string;
}

/**
 * application.json's `sources` and `overrides`: files by their bytes, bundled data (keyword set,
 * template, phrases) and overrides by their JSON, with the face's SHA-256.
 */
export async function hashVersionSources(contents: SourceContents, sha256: (data: string | Uint8Array) => string | Promise<string>): Promise<VersionSources> {
  const file = async (source: { ref: string; content: string | Uint8Array } | undefined) => (source ? { ref: source.ref, sha256: await sha256(source.content) } : undefined);
  const [roadmap, profile, githubSnapshot] = await Promise.all([file(contents.roadmap), file(contents.profile), file(contents.githubSnapshot)]);
  return {
    sources: {
      ...(roadmap ? { roadmap } : {}),
      ...(profile ? { profile } : {}),
      ...(githubSnapshot ? { githubSnapshot } : {}),
      keywords: { ref: contents.keywords.ref, sha256: await sha256(JSON.stringify(contents.keywords.keywordSet)) },
      template: { ref: contents.template.ref, sha256: await sha256(JSON.stringify(contents.template.template)) },
      phrases: { ref: 'templates/phrases', sha256: await sha256(JSON.stringify(contents.phraseBook)) },
    },
    overrides: { ids: Object.keys(contents.overrides).sort(), sha256: await sha256(JSON.stringify(contents.overrides)) },
    roadfolio: contents.roadfolio,
  };
}
