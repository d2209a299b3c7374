import type { Profile } from '../model/index.js';

export type ResumeSectionKind = 'summary' | 'experience' | 'projects' | 'education' | 'skills' | 'certificates' | 'other';

/**
 * A resume as the lint and the "shown" score read it: sections of lines, where bullets are the
 * achievement lines of experience and projects, and skills lines are lists, not sentences.
 */
export interface ResumeText {
  sections: { heading: string; kind: ResumeSectionKind; lines: string[]; bullets: string[] }[];
}

/** All text of a resume, one line per line (for matching). */
export function resumeFullText(resume: ResumeText): string {
  return resume.sections.flatMap((section) => [section.heading, ...section.lines, ...section.bullets]).join('\n');
}

/** The resume a JSON Resume profile makes: what a recruiter would read on the page. */
export function resumeTextFromProfile(profile: Profile): ResumeText {
  const sections: ResumeText['sections'] = [];
  const basics = profile.basics;
  if (basics?.label || basics?.summary) {
    sections.push({ heading: 'Summary', kind: 'summary', lines: [basics.label, basics.summary].filter((line): line is string => Boolean(line)), bullets: [] });
  }
  if (profile.work?.length) {
    sections.push({
      heading: 'Experience',
      kind: 'experience',
      lines: profile.work.flatMap((job) => [[job.position, job.name].filter(Boolean).join(', '), job.summary ?? ''].filter(Boolean)),
      bullets: profile.work.flatMap((job) => job.highlights ?? []),
    });
  }
  if (profile.projects?.length) {
    sections.push({
      heading: 'Projects',
      kind: 'projects',
      lines: profile.projects.flatMap((project) => [project.name ?? '', project.description ?? ''].filter(Boolean)),
      bullets: profile.projects.flatMap((project) => project.highlights ?? []),
    });
  }
  if (profile.education?.length) {
    sections.push({
      heading: 'Education',
      kind: 'education',
      lines: profile.education.map((degree) => [degree.studyType, degree.area, degree.institution].filter(Boolean).join(', ')),
      bullets: [],
    });
  }
  if (profile.certificates?.length) {
    sections.push({ heading: 'Certifications', kind: 'certificates', lines: profile.certificates.map((c) => [c.name, c.issuer].filter(Boolean).join(', ')), bullets: [] });
  }
  if (profile.skills?.length) {
    sections.push({ heading: 'Skills', kind: 'skills', lines: profile.skills.map((skill) => [skill.name, (skill.keywords ?? []).join(', ')].filter(Boolean).join(': ')), bullets: [] });
  }
  return { sections };
}

// Headings ATS parsers recognise, by the section they open.
const STANDARD_HEADINGS: [ResumeSectionKind, RegExp][] = [
  ['summary', /^(professional )?(summary|profile|about me|objective|career objective)$/i],
  ['experience', /^((professional|work|relevant|clinical) )?(experience|employment( history)?|work history)$/i],
  ['projects', /^((selected|personal|academic) )?projects$/i],
  ['education', /^education( and training)?$/i],
  ['skills', /^((technical|core|key) )?(skills|competencies|technologies)( and tools)?$/i],
  ['certificates', /^(certifications?|certificates|licen[sc]es( and certifications)?)$/i],
];

/** The standard section a heading opens, or undefined when it is not a standard one. */
export function standardSectionOf(heading: string): ResumeSectionKind | undefined {
  const text = heading.replace(/[#*_:]/g, '').trim();
  return STANDARD_HEADINGS.find(([, pattern]) => pattern.test(text))?.[0];
}

const BULLET = /^\s*(?:[-*•·▪◦‣]|\d+[.)])\s+/;

function looksLikeHeading(line: string): boolean {
  const text = line.replace(/^#{1,6}\s*/, '').replace(/[*_:]/g, '').trim();
  if (text === '' || text.length > 40 || BULLET.test(line)) return false;
  return /^#{1,6}\s/.test(line) || standardSectionOf(text) !== undefined || (text === text.toUpperCase() && /[A-Z]{3}/.test(text));
}

/** A plain-text (or markdown) resume split into sections by its headings; bullets by their markers. */
export function resumeTextFromPlain(text: string): ResumeText {
  const sections: ResumeText['sections'] = [{ heading: '', kind: 'other', lines: [], bullets: [] }];
  for (const line of text.split(/\r?\n/)) {
    if (line.trim() === '') continue;
    if (looksLikeHeading(line)) {
      const heading = line.replace(/^#{1,6}\s*/, '').replace(/[*_]/g, '').replace(/:\s*$/, '').trim();
      sections.push({ heading, kind: standardSectionOf(heading) ?? 'other', lines: [], bullets: [] });
      continue;
    }
    const section = sections[sections.length - 1]!;
    if (BULLET.test(line)) section.bullets.push(line.replace(BULLET, '').trim());
    else section.lines.push(line.trim());
  }
  return { sections: sections.filter((section) => section.heading !== '' || section.lines.length > 0 || section.bullets.length > 0) };
}
