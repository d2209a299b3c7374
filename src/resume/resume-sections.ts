import type { PaperSize, Resume, ResumeSection, ResumeTemplate } from '../model/index.js';
import { PROGRAMME_INSTITUTION } from './assemble-resume.js';
import { LEARNING_SKILL } from './skills.js';
import { paperSize } from './paper-size.js';
import { printable } from './printable-text.js';
import { printedDate, printedDateRange } from './resume-dates.js';

export interface ResumeLink { text: string; url: string }

/** Terms printed as a run that never breaks inside a term: "Programming: Python, SQL". */
export interface TermGroup { name?: string; terms: string[] }

/** One job, project, degree...: what a resume template lays out. */
export interface ResumeEntry {
  /** Position, project, degree or certificate: bold, beside the reserved date column. */
  title: string;
  /** Employer · location, school or issuer: its own line under the title, never in the title's run. */
  organisation?: string;
  /** One text run with its spaces: "Jul 2019 – Present". */
  dates?: string;
  link?: ResumeLink;
  paragraphs: string[];
  bullets: string[];
  /** Skills and languages: drawn instead of `paragraphs` (which hold the same text as one line). */
  groups?: TermGroup[];
  /** Work still in progress (the "Currently learning" line): printed, labelled, never counted as shown. */
  inProgress?: boolean;
}

export interface ResumeBlock { key: ResumeSection; heading: string; entries: ResumeEntry[] }

export interface ResumeLayout {
  name: string;
  label?: string;
  contacts: Array<{ text: string; url?: string }>;
  sections: ResumeBlock[];
  /** The paper (see paperSize) and margin both PDFs use. */
  page: { size: PaperSize; margin: number };
}

const entry = (fields: Partial<ResumeEntry> & { title: string }): ResumeEntry => {
  const clean = (text: string | undefined) => (text === undefined ? undefined : printable(text));
  return {
    title: printable(fields.title),
    ...(fields.organisation && clean(fields.organisation) ? { organisation: clean(fields.organisation) } : {}),
    ...(fields.dates ? { dates: fields.dates } : {}),
    ...(fields.link ? { link: fields.link } : {}),
    paragraphs: (fields.paragraphs ?? []).map(printable).filter(Boolean),
    bullets: (fields.bullets ?? []).map(printable).filter(Boolean),
    ...(fields.groups ? { groups: fields.groups.map((group) => ({ ...(group.name ? { name: printable(group.name) } : {}), terms: group.terms.map(printable).filter(Boolean) })) } : {}),
    ...(fields.inProgress ? { inProgress: true } : {}),
  };
};

/** "Python, SQL" / "Programming: Python, SQL; Methods: ..." as one plain line. */
export const groupsLine = (groups: TermGroup[]): string =>
  groups.map((group) => (group.name ? `${group.name}: ${group.terms.join(', ')}` : group.terms.join(', '))).join('; ');

/** "Employer · Location": the separator parsers split an organisation line on. */
export const ORGANISATION_SEPARATOR = ' · ';

const linkText = (url: string) => url.replace(/^https?:\/\/(www\.)?/, '').replace(/\/$/, '');

function sectionEntries(key: ResumeSection, resume: Resume, template: ResumeTemplate): ResumeEntry[] {
  const dates = (start?: string, end?: string) => printedDateRange(start, end, template.dates);
  switch (key) {
    case 'summary':
      return resume.basics?.summary ? [entry({ title: '', paragraphs: [resume.basics.summary] })] : [];
    case 'skills': {
      const groups = (resume.skills ?? [])
        .filter((skill) => (skill.keywords?.length ?? 0) > 0 || skill.name)
        .map((skill) => (skill.keywords?.length
          ? { ...(skill.name ? { name: skill.name } : {}), terms: skill.keywords }
          : { terms: [skill.name ?? ''] }));
      if (groups.length === 0) return [];
      // What is still being learned is its own labelled line, never part of the skills paragraph.
      const learning = groups.filter((group) => group.name === LEARNING_SKILL);
      const skills = groups.filter((group) => group.name !== LEARNING_SKILL);
      const learningEntries = learning.map((group) => entry({ title: '', paragraphs: [groupsLine([group])], groups: [group], inProgress: true }));
      if (template.skills === 'inline') return [...(skills.length > 0 ? [entry({ title: '', paragraphs: [groupsLine(skills)], groups: skills })] : []), ...learningEntries];
      return [...skills.map((group) => entry({ title: '', paragraphs: [groupsLine([group])], groups: [group] })), ...learningEntries];
    }
    case 'experience':
      return (resume.work ?? []).map((work) => {
        const place = [work.position ? work.name : undefined, work.location].filter(Boolean).join(ORGANISATION_SEPARATOR);
        const range = dates(work.startDate, work.endDate);
        return entry({
          title: work.position || work.name || '',
          ...(place ? { organisation: place } : {}),
          ...(range ? { dates: range } : {}),
          paragraphs: work.summary ? [work.summary] : [],
          bullets: work.highlights ?? [],
        });
      });
    case 'projects':
      return (resume.projects ?? []).map((project) => {
        const range = dates(project.startDate, project.endDate);
        return entry({
          title: project.name ?? '',
          ...(project.url ? { link: { text: linkText(project.url), url: project.url } } : {}),
          ...(range ? { dates: range } : {}),
          bullets: project.highlights ?? [],
        });
      });
    case 'education':
      // The entry holding the roadmap's courses is no school: its courses print under Coursework.
      return (resume.education ?? []).filter((education) => !(education.institution === PROGRAMME_INSTITUTION && education.courses?.length)).map((education) => {
        const degree = [education.studyType, education.area].filter(Boolean).join(', ');
        const range = dates(education.startDate, education.endDate);
        return entry({
          title: degree || (education.institution ?? ''),
          ...(degree && education.institution ? { organisation: education.institution } : {}),
          ...(range ? { dates: range } : {}),
          paragraphs: education.score ? [`Score: ${education.score}`] : [],
        });
      });
    case 'coursework':
      return (resume.education ?? []).flatMap((education) => education.courses ?? []).map((line) => entry({ title: '', bullets: [line] }));
    case 'certificates':
      return (resume.certificates ?? []).map((certificate) => entry({
        title: certificate.name ?? '',
        ...(certificate.issuer ? { organisation: certificate.issuer } : {}),
        ...(certificate.date ? { dates: printedDate(certificate.date, template.dates) } : {}),
        ...(certificate.url ? { link: { text: linkText(certificate.url), url: certificate.url } } : {}),
      }));
    case 'languages': {
      const terms = (resume.languages ?? []).map((language) => [language.language, language.fluency].filter(Boolean).join(' (') + (language.fluency ? ')' : '')).filter(Boolean);
      return terms.length ? [entry({ title: '', paragraphs: [groupsLine([{ terms }])], groups: [{ terms }] })] : [];
    }
  }
}

/** The personal site as printed: with its scheme, so parsers (and readers) know it is a link. */
export const websiteText = (url: string): string => (/^https?:\/\//i.test(url) ? url : `https://${url}`).replace(/\/$/, '');

/**
 * The resume as a template lays it out: header, then the template's sections in its order, each
 * with its entries. The PDF draws exactly this, and the ATS check reads exactly this, so what the
 * resume claims and what a parser extracts from the PDF can be compared word for word.
 */
export function resumeLayout(resume: Resume, template: ResumeTemplate, paper?: PaperSize): ResumeLayout {
  const basics = resume.basics ?? {};
  const location = [basics.location?.city, basics.location?.region, basics.location?.countryCode].filter(Boolean).join(', ');
  const contacts = [
    ...(basics.email ? [{ text: basics.email, url: `mailto:${basics.email}` }] : []),
    ...(basics.phone ? [{ text: basics.phone, url: `tel:${basics.phone.replace(/[^\d+]/g, '')}` }] : []),
    ...(location ? [{ text: printable(location) }] : []),
    ...(basics.url ? [{ text: websiteText(basics.url), url: websiteText(basics.url) }] : []),
    ...(basics.profiles ?? []).filter((profile) => profile.url).map((profile) => ({ text: linkText(profile.url ?? ''), url: profile.url ?? '' })),
  ];
  return {
    name: printable(basics.name ?? ''),
    ...(basics.label ? { label: printable(basics.label) } : {}),
    contacts,
    sections: template.sections
      .map((key) => ({ key, heading: template.headings[key], entries: sectionEntries(key, resume, template) }))
      .filter((block) => block.entries.length > 0),
    page: { size: paperSize(basics.location?.countryCode, template.page.size, paper), margin: template.page.margin },
  };
}

/** Every string the resume shows, in reading order. */
export function layoutText(layout: ResumeLayout): string[] {
  return [
    layout.name,
    ...(layout.label ? [layout.label] : []),
    ...layout.contacts.map((contact) => contact.text),
    ...layout.sections.flatMap((block) => [
      block.heading,
      ...block.entries.flatMap((item) => [
        ...(item.title ? [item.title] : []),
        ...(item.dates ? [item.dates] : []),
        ...(item.organisation ? [item.organisation] : []),
        ...(item.link ? [item.link.text] : []),
        ...item.paragraphs,
        ...item.bullets,
      ]),
    ]),
  ].filter((text) => text !== '');
}

/**
 * The resume as plain text a parser would read (headings as "## Heading", bullets as "- "), for
 * computing what the built resume shows: coverage's `shown`, lint and searchability.
 */
export function layoutPlainText(layout: ResumeLayout): string {
  const lines = [layout.name, ...(layout.label ? [layout.label] : []), layout.contacts.map((contact) => contact.text).join(' | ')];
  for (const block of layout.sections) {
    lines.push('', `## ${block.heading}`);
    // What is still being learned is on the page, labelled, but the resume does not claim it.
    for (const item of block.entries.filter((candidate) => !candidate.inProgress)) {
      const head = [item.title, item.dates, item.organisation, item.link?.text].filter(Boolean).join(' | ');
      if (head) lines.push(head);
      lines.push(...item.paragraphs, ...item.bullets.map((bullet) => `- ${bullet}`));
    }
  }
  return lines.filter((line, index) => line !== '' || index > 0).join('\n');
}
