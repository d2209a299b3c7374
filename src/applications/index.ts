/**
 * Applications: one master profile, a tailored version per posting. The pure steps of
 * `roadfolio apply` and `roadfolio applications` (the CLI reads, renders and writes around them):
 *
 *   posting-facts.ts  posting text → is it a posting? its company and role
 *   folder-name.ts    date, company, role → a folder name safe on every system, unique that day
 *   posting-gaps.ts   coverage of the posting → the skills no evidence backs, with roadmap items
 *   reordering.ts     master layout vs tailored layout → what moved up, came in or left, and why
 *   report.ts         all of the above → report.md
 *   version.ts        the tailored build, the master layout → application.json and report.md
 *   record.ts         an application's record: same posting?, next dates, a status change, top gaps
 *   cross-gaps.ts     every application.json → skills most often missing, items that close most
 *
 * The resume itself comes from the one pipeline (src/portfolio: prepare → build), run twice:
 * without the posting (the master order) and with it (the tailored version). The CLI
 * (src/cli/apply-command) and the web app's Applications page (src/web/applications) both call
 * these; neither re-assembles them.
 */
export { checkPosting, companyOf, roleOf, MIN_POSTING_WORDS, type PostingCheck } from './posting-facts.js';
export { applicationFolderName, freeFolderName, slug } from './folder-name.js';
export { postingGaps } from './posting-gaps.js';
export { reorderings, type Reordering } from './reordering.js';
export { applicationReport, type ReportInput } from './report.js';
export { crossPostingGaps, type ClosingItem, type CrossPostingGaps, type MissingSkill } from './cross-gaps.js';
export { tailoredVersion, hashVersionSources, type VersionInput, type SourceContents } from './version.js';
export {
  RECORD_FILE, versionFiles, postingFileName, sameVersionSources, sameApplication, nextVersionDates, withStatus, topGaps,
  type VersionDates, type VersionSources,
} from './record.js';
