import { resumePlainText } from '../../export/text.js';
import type { ApplicationRecord, ResumeTemplate } from '../../model/index.js';
import { resumeLayout, type ResumeLayout } from '../../resume/resume-sections.js';
import type { VersionFiles } from './application-storage.js';

/** One file of a version, as the application folder holds it. */
export interface VersionDownload {
  name: string;
  /** What it is for, shown beside the button. */
  hint: string;
  make: () => Promise<Blob>;
}

const text = (value: string, type: string) => new Blob([value], { type: `${type};charset=utf-8` });
const json = (value: unknown) => text(`${JSON.stringify(value, null, 2)}\n`, 'application/json');

/** The template a version was built with (by name), or the first bundled one when it is gone. */
export function versionTemplate(record: ApplicationRecord, templates: readonly ResumeTemplate[]): { template: ResumeTemplate | undefined; missing: boolean } {
  const named = templates.find((template) => template.name === record.sources.template.ref);
  return { template: named ?? templates[0], missing: named === undefined };
}

/** The layout the version's PDF, DOCX and TXT are drawn from: its resume.json, its template. */
export function versionLayout(files: VersionFiles, template: ResumeTemplate): ResumeLayout {
  return resumeLayout(files.resume, template);
}

/**
 * Every file `roadfolio apply` writes in an application folder, made here from what is kept:
 * resume.pdf (react-pdf, loaded on first use) and resume.docx (the docx package, loaded on first
 * use) from the same layout and dated with the version's build day, so they are the files the CLI
 * would write for the same resume.json; resume.txt, the JSON files and report.md as kept.
 */
export function versionDownloads(record: ApplicationRecord, files: VersionFiles, template: ResumeTemplate): VersionDownload[] {
  const layout = versionLayout(files, template);
  const date = new Date(`${record.built}T00:00:00Z`);
  return [
    {
      name: 'resume.pdf', hint: 'to send',
      make: async () => (await import('../export/render-documents.js')).renderResumeBlob(layout, template, { date }),
    },
    {
      name: 'resume.docx', hint: 'Word, for forms that ask for it',
      make: async () => {
        const bytes = await (await import('../../export/docx.js')).renderResumeDocx(layout, template, { date });
        return new Blob([bytes as Uint8Array<ArrayBuffer>], { type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' });
      },
    },
    { name: 'resume.txt', hint: 'to paste into a form', make: async () => text(resumePlainText(layout), 'text/plain') },
    { name: 'resume.json', hint: 'JSON Resume', make: async () => json(files.resume) },
    { name: 'report.md', hint: 'score, gaps, what to learn', make: async () => text(files.report, 'text/markdown') },
    { name: 'coverage.json', hint: 'keyword evidence', make: async () => json(files.coverage) },
    { name: record.posting.file, hint: 'the posting as pasted', make: async () => text(files.posting, 'text/plain') },
    { name: 'application.json', hint: 'the record', make: async () => json(record) },
  ];
}
