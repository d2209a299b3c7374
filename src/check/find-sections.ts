import type { ResumeSection } from '../model/index.js';
import type { PdfLine } from './group-lines.js';

/**
 * Section titles resume parsers recognise, by what the section holds. A heading a parser does not
 * know glues its text into the section before it (what happened to "Certifications" and
 * "Languages"), so templates should use these words.
 */
const KNOWN_HEADINGS: Record<ResumeSection, string[]> = {
  summary: ['summary', 'professional summary', 'profile', 'professional profile', 'about', 'about me', 'objective', 'career objective', 'career summary'],
  skills: ['skills', 'technical skills', 'key skills', 'core skills', 'skills & tools', 'skills and tools', 'core competencies', 'competencies'],
  experience: ['experience', 'work experience', 'professional experience', 'employment', 'employment history', 'work history', 'clinical experience', 'relevant experience'],
  projects: ['projects', 'personal projects', 'selected projects', 'data projects', 'portfolio'],
  education: ['education', 'education & training', 'education and training', 'academic background'],
  coursework: ['coursework', 'relevant coursework', 'courses', 'training', 'continuing education'],
  certificates: ['certifications', 'certificates', 'licenses & certifications', 'licenses and certifications', 'licences & certifications', 'licenses', 'certifications & licenses'],
  languages: ['languages', 'language skills'],
};

const HEADING_KIND = new Map(Object.entries(KNOWN_HEADINGS).flatMap(([kind, names]) => names.map((name) => [name, kind as ResumeSection] as const)));

/** The section a line heads, when it is a heading: a known title alone on its line. */
export function headingKind(line: PdfLine): ResumeSection | undefined {
  const words = line.text.toLowerCase().replace(/[:.]+$/, '').replace(/\s+/g, ' ').trim();
  return HEADING_KIND.get(words);
}

export interface PdfSection { kind: ResumeSection; heading: PdfLine; lines: PdfLine[] }

export interface PdfSections {
  /** Lines above the first heading: name, label, contacts. */
  header: PdfLine[];
  sections: PdfSection[];
}

/** Lines → header and sections, split at every known heading. */
export function findSections(lines: readonly PdfLine[]): PdfSections {
  const header: PdfLine[] = [];
  const sections: PdfSection[] = [];
  for (const line of lines) {
    const kind = headingKind(line);
    if (kind) {
      sections.push({ kind, heading: line, lines: [] });
      continue;
    }
    const current = sections.at(-1);
    if (current) current.lines.push(line);
    else header.push(line);
  }
  return { header, sections };
}
