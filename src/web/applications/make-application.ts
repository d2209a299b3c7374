import {
  applicationFolderName, checkPosting, freeFolderName, hashVersionSources, nextVersionDates, sameApplication, sameVersionSources,
  tailoredVersion, withStatus,
} from '../../applications/index.js';
import type { Matcher } from '../../keywords/compile.js';
import type { ApplicationRecord, ApplicationStatus } from '../../model/index.js';
import { build, prepare, type PortfolioSources } from '../../portfolio/index.js';
import type { Portfolio } from '../pipeline/use-portfolio.js';
import type { SavedState } from '../state/saved-state.js';
import type { KeptApplication, VersionFiles } from './application-storage.js';
import { version as roadfolioVersion } from '../../../package.json';

/** The posting is pasted text: kept as posting.txt, as `roadfolio apply -` keeps standard input. */
export const WEB_POSTING_FILE = 'posting.txt';

export interface NewApplication {
  posting: string;
  company: string;
  role: string;
  status: ApplicationStatus;
  /** The user's calendar day (the folder's date). */
  day: string;
}

/** What creating did: a new version, a rebuilt one, only a status change, or nothing (up to date). */
export type MadeApplication =
  | { kind: 'built'; folder: string; record: ApplicationRecord; files: VersionFiles; isNew: boolean }
  | { kind: 'status'; folder: string; record: ApplicationRecord }
  | { kind: 'up to date'; folder: string; record: ApplicationRecord };

/** A problem with what the user typed, said in one line. */
export class ApplicationInputError extends Error {}

/** SHA-256 in the browser (SubtleCrypto: a secure context, which 127.0.0.1 and https are). */
async function sha256(data: string | Uint8Array): Promise<string> {
  if (globalThis.crypto?.subtle === undefined) throw new ApplicationInputError('This page is not on a secure address (https or 127.0.0.1), so the browser offers no SHA-256 to record the version with: open it through roadfolio serve.');
  const bytes = typeof data === 'string' ? new TextEncoder().encode(data) : data;
  const digest = await crypto.subtle.digest('SHA-256', bytes as Uint8Array<ArrayBuffer>);
  return [...new Uint8Array(digest)].map((byte) => byte.toString(16).padStart(2, '0')).join('');
}

/**
 * One application from a pasted posting, the way `roadfolio apply` makes it: check the posting →
 * the pipeline (src/portfolio) with the posting and without it (the master order) → the shared
 * record and report (src/applications) → the files to keep. The same posting, company and role
 * again updates that application: a status change only when no source changed, else a rebuild
 * that keeps its day and history.
 */
export async function makeApplication(request: NewApplication, context: {
  portfolio: Portfolio;
  saved: SavedState;
  lexicon: Matcher;
  kept: readonly KeptApplication[];
  /** Every folder name in use, damaged records' included. */
  taken: ReadonlySet<string>;
}): Promise<MadeApplication> {
  const { portfolio, saved, lexicon } = context;
  const company = request.company.trim();
  const role = request.role.trim();
  const check = checkPosting(request.posting, lexicon);
  if (check.problem) throw new ApplicationInputError(`The posting ${check.problem}.`);
  if (!company) throw new ApplicationInputError('No company name was found in the posting: type it in Company.');
  if (!role) throw new ApplicationInputError('No job title was found in the posting: type it in Role.');
  const { keywordSet, template } = portfolio;
  if (keywordSet === null || template === null) throw new ApplicationInputError('No keyword set or resume template is bundled with this build.');

  const overrides = portfolio.profile.meta?.roadfolio?.overrides ?? {};
  const hashed = await hashVersionSources({
    ...(saved.roadmap ? { roadmap: { ref: saved.roadmap.fileName || 'roadmap.md', content: saved.roadmap.text } } : {}),
    ...(saved.profile ? { profile: { ref: 'profile (web app)', content: JSON.stringify(saved.profile.profile) } } : {}),
    ...(saved.github ? { githubSnapshot: { ref: saved.github.fileName || 'github-snapshot.json', content: JSON.stringify(saved.github.snapshot) } } : {}),
    keywords: { ref: keywordSet.name, keywordSet },
    template: { ref: template.name, template },
    phraseBook: portfolio.bundled.phraseBook,
    overrides,
    roadfolio: roadfolioVersion,
  }, sha256);
  const postingHash = await sha256(request.posting);
  const existing = sameApplication(context.kept, { sha256: postingHash, company, role });
  if (existing && sameVersionSources(existing.record, hashed)) {
    if (existing.record.status === request.status) return { kind: 'up to date', folder: existing.folder, record: existing.record };
    return { kind: 'status', folder: existing.folder, record: withStatus(existing.record, request.status, request.day) };
  }

  // The sources the Sources page holds, as the rest of the app reads them (usePortfolio).
  const sources: PortfolioSources = {
    keywordSet, lexicon, profile: portfolio.profile, repos: portfolio.repos,
    ...(portfolio.roadmap ? { roadmap: portfolio.roadmap, roadmapRef: saved.roadmap?.fileName ?? 'roadmap.md' } : {}),
  };
  const buildOptions = { template, phraseBook: portfolio.bundled.phraseBook, draft: false } as const;
  const meta = { roadmap: 'web app', profile: 'web app', keywords: keywordSet.name };
  const tailoredPrepared = prepare({ ...sources, jobText: request.posting });
  const tailored = build(tailoredPrepared, { ...buildOptions, sources: { ...meta, jobDescription: WEB_POSTING_FILE } });
  const master = build(prepare(sources), { ...buildOptions, sources: meta }).layout;

  const dates = nextVersionDates(existing?.record, { day: request.day, status: request.status, sameSources: false });
  const { record, report } = tailoredVersion({
    prepared: tailoredPrepared, coverage: tailored.coverage, jobReport: tailored.job, layout: tailored.layout, master,
    posting: { text: request.posting, file: WEB_POSTING_FILE, sha256: postingHash },
    company, role, dates, hashed,
  });
  const folder = existing?.folder ?? freeFolderName(applicationFolderName(request.day, company, role), context.taken);
  const files: VersionFiles = { posting: request.posting, resume: tailored.resume, coverage: tailored.coverageJson as unknown as Record<string, unknown>, report };
  return { kind: 'built', folder, record, files, isNew: existing === undefined };
}

/** Today on the user's calendar (local time), as `roadfolio apply` dates a new application. */
export function localDay(now: Date): string {
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
}
