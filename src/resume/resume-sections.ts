import type { Resume, ResumeSection, ResumeTemplate } from '../model/index.js';
import { PROGRAMME_INSTITUTION } from './assemble-resume.js';
import { LEARNING_SKILL } from './skills.js';
import { printable } from './printable-text.js';

export interface ResumeLink { text: string; url: string }

/** One job, project, degree...: what a resume template lays out. */
export interface ResumeEntry {
  title: string;
  subtitle?: string;
  dates?: string;
  link?: ResumeLink;
  paragraphs: string[];
  bullets: string[];
  /** "Tools: Python, XGBoost" under a project. */
  keywordsLine?: string;
  /** A label the first paragraph starts with, drawn bold ("Programming" in "Programming: Python, SQL"). */
  lead?: string;
  /** Work still in progress (the "Currently learning" line): printed, labelled, never counted as shown. */
  inProgress?: boolean;
}

export interface ResumeBlock { key: ResumeSection; heading: string; entries: ResumeEntry[] }

export interface ResumeLayout {
  name: string;
  label?: string;
  contacts: Array<{ text: string; url?: string }>;
  sections: ResumeBlock[];
}

function dateRange(start?: string, end?: string): string | undefined {
  if (!start && !end) return undefined;
  return `${start ?? ''} – ${end ?? 'present'}`.trim();
}

const entry = (fields: Partial<ResumeEntry> & { title: string }): ResumeEntry => {
  const clean = (text: string | undefined) => (text === undefined ? undefined : printable(text));
  return {
    title: printable(fields.title),
    ...(fields.subtitle ? { subtitle: clean(fields.subtitle) } : {}),
    ...(fields.dates ? { dates: fields.dates } : {}),
    ...(fields.link ? { link: fields.link } : {}),
    paragraphs: (fields.paragraphs ?? []).map(printable).filter(Boolean),
    bullets: (fields.bullets ?? []).map(printable).filter(Boolean),
    ...(fields.keywordsLine ? { keywordsLine: printable(fields.keywordsLine) } : {}),
    ...(fields.lead ? { lead: printable(fields.lead) } : {}),
    ...(fields.inProgress ? { inProgress: true } : {}),
  };
};

function sectionEntries(key: ResumeSection, resume: Resume, template: ResumeTemplate): ResumeEntry[] {
  switch (key) {
    case 'summary':
      return resume.basics?.summary ? [entry({ title: '', paragraphs: [resume.basics.summary] })] : [];
    case 'skills': {
      const groups = (resume.skills ?? []).filter((skill) => (skill.keywords?.length ?? 0) > 0 || skill.name);
      if (template.skills === 'inline') {
        // The in-progress line stays its own paragraph, so it is never read as a skill.
        const learning = groups.filter((skill) => skill.name === LEARNING_SKILL);
        const line = groups.filter((skill) => skill.name !== LEARNING_SKILL).map((skill) => (skill.keywords?.length ? `${skill.name ?? ''}: ${skill.keywords.join(', ')}` : skill.name ?? '')).join('; ');
        return [
          ...(line ? [entry({ title: '', paragraphs: [line] })] : []),
          ...learning.map((skill) => entry({ title: '', inProgress: true, lead: `${LEARNING_SKILL}:`, paragraphs: [`${LEARNING_SKILL}: ${(skill.keywords ?? []).join(', ')}`] })),
        ];
      }
      return groups.map((skill) => entry({
        title: '',
        ...(skill.name === LEARNING_SKILL ? { inProgress: true } : {}),
        ...(skill.name && skill.keywords?.length ? { lead: `${skill.name}:` } : {}),
        paragraphs: [skill.keywords?.length ? `${skill.name ?? ''}: ${skill.keywords.join(', ')}` : skill.name ?? ''],
      }));
    }
    case 'experience':
      return (resume.work ?? []).map((work) => entry({
        title: [work.position, work.name].filter(Boolean).join(', '),
        ...(work.location ? { subtitle: work.location } : {}),
        ...(dateRange(work.startDate, work.endDate) ? { dates: dateRange(work.startDate, work.endDate) } : {}),
        paragraphs: work.summary ? [work.summary] : [],
        bullets: work.highlights ?? [],
      }));
    case 'projects':
      return (resume.projects ?? []).map((project) => entry({
        title: project.name ?? '',
        ...(project.url ? { link: { text: project.url.replace(/^https?:\/\//, ''), url: project.url } } : {}),
        ...(dateRange(project.startDate, project.endDate) ? { dates: dateRange(project.startDate, project.endDate) } : {}),
        bullets: project.highlights ?? [],
        ...(project.keywords?.length ? { keywordsLine: `Keywords: ${project.keywords.join(', ')}` } : {}),
      }));
    case 'education':
      // The entry holding the roadmap's courses is no school: its courses print under Coursework.
      return (resume.education ?? []).filter((education) => !(education.institution === PROGRAMME_INSTITUTION && education.courses?.length)).map((education) => entry({
        title: [education.studyType, education.area].filter(Boolean).join(', ') || (education.institution ?? ''),
        ...(education.studyType || education.area ? { subtitle: education.institution ?? '' } : {}),
        ...(dateRange(education.startDate, education.endDate) ? { dates: dateRange(education.startDate, education.endDate) } : {}),
        paragraphs: education.score ? [`Score: ${education.score}`] : [],
      }));
    case 'coursework':
      return (resume.education ?? []).flatMap((education) => education.courses ?? []).map((line) => entry({ title: '', bullets: [line] }));
    case 'certificates':
      return (resume.certificates ?? []).map((certificate) => entry({
        title: certificate.name ?? '',
        ...(certificate.issuer ? { subtitle: certificate.issuer } : {}),
        ...(certificate.date ? { dates: certificate.date } : {}),
        ...(certificate.url ? { link: { text: certificate.url.replace(/^https?:\/\//, ''), url: certificate.url } } : {}),
      }));
    case 'languages': {
      const line = (resume.languages ?? []).map((language) => [language.language, language.fluency].filter(Boolean).join(' (') + (language.fluency ? ')' : '')).join(', ');
      return line ? [entry({ title: '', paragraphs: [line] })] : [];
    }
  }
}

/**
 * The resume as a template lays it out: header, then the template's sections in its order, each
 * with its entries. The PDF draws exactly this, and the ATS check reads exactly this, so what the
 * resume claims and what a parser extracts from the PDF can be compared word for word.
 */
export function resumeLayout(resume: Resume, template: ResumeTemplate): ResumeLayout {
  const basics = resume.basics ?? {};
  const location = [basics.location?.city, basics.location?.region, basics.location?.countryCode].filter(Boolean).join(', ');
  const contacts = [
    ...(basics.email ? [{ text: basics.email, url: `mailto:${basics.email}` }] : []),
    ...(basics.phone ? [{ text: basics.phone, url: `tel:${basics.phone.replace(/[^\d+]/g, '')}` }] : []),
    ...(location ? [{ text: location }] : []),
    ...(basics.url ? [{ text: basics.url.replace(/^https?:\/\//, ''), url: basics.url }] : []),
    ...(basics.profiles ?? []).filter((profile) => profile.url).map((profile) => ({ text: (profile.url ?? '').replace(/^https?:\/\/(www\.)?/, ''), url: profile.url ?? '' })),
  ];
  return {
    name: printable(basics.name ?? ''),
    ...(basics.label ? { label: printable(basics.label) } : {}),
    contacts,
    sections: template.sections
      .map((key) => ({ key, heading: template.headings[key], entries: sectionEntries(key, resume, template) }))
      .filter((block) => block.entries.length > 0),
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
        ...(item.subtitle ? [item.subtitle] : []),
        ...(item.link ? [item.link.text] : []),
        ...item.paragraphs,
        ...item.bullets,
        ...(item.keywordsLine ? [item.keywordsLine] : []),
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
      const head = [item.title, item.dates, item.subtitle, item.link?.text].filter(Boolean).join(' | ');
      if (head) lines.push(head);
      lines.push(...item.paragraphs, ...item.bullets.map((bullet) => `- ${bullet}`), ...(item.keywordsLine ? [item.keywordsLine] : []));
    }
  }
  return lines.filter((line, index) => line !== '' || index > 0).join('\n');
}
