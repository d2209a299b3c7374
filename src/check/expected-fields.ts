import type { Resume, ResumeSection } from '../model/index.js';
import { PROGRAMME_INSTITUTION } from '../resume/assemble-resume.js';
import { printable } from '../resume/printable-text.js';

/** Where a parser finds a field: the header, a section's text, or a part of one entry. */
export type FieldPlace =
  | { in: 'header'; part: 'name' | 'label' | 'email' | 'phone' | 'location' | 'url' }
  | { in: 'summary' }
  | { in: 'skill-name'; group: number }
  | { in: 'skill'; group: number; term: number }
  | { in: 'language'; index: number }
  | { in: 'course'; index: number }
  | { in: 'entry'; section: 'experience' | 'projects' | 'education' | 'certificates'; entry: number; part: 'title' | 'organisation' | 'location' | 'dates' | 'url' | 'paragraph' | 'score' | 'bullet'; index?: number };

export interface ExpectedField {
  /** The JSON Resume path the value comes from: "work[0].position". */
  key: string;
  place: FieldPlace;
  /** As resume.json has it (dates as JSON dates: "2019-07" or "2019-07..": start..end). */
  value: string;
  match: 'text' | 'url' | 'dates';
}

/**
 * The fields a resume parser should read back from a PDF of this resume.json, in the sections the
 * template prints (all of them for a PDF made elsewhere): contacts, summary, each skill, each
 * language, each course line, and per job / project / degree / certificate its title,
 * organisation, location, dates, link, paragraphs and every bullet.
 */
export function expectedFields(resume: Resume, sections: readonly ResumeSection[] = ['summary', 'skills', 'experience', 'projects', 'education', 'coursework', 'certificates', 'languages']): ExpectedField[] {
  const fields: ExpectedField[] = [];
  const add = (key: string, place: FieldPlace, value: string | undefined, match: ExpectedField['match'] = 'text') => {
    const clean = match === 'dates' ? value : value === undefined ? undefined : printable(value);
    if (clean) fields.push({ key, place, value: clean, match });
  };
  const dates = (start?: string, end?: string) => (start || end ? `${start ?? ''}..${start ? end ?? 'present' : end ?? ''}` : undefined);
  const basics = resume.basics ?? {};
  const location = [basics.location?.city, basics.location?.region, basics.location?.countryCode].filter(Boolean).join(', ');
  add('basics.name', { in: 'header', part: 'name' }, basics.name);
  add('basics.label', { in: 'header', part: 'label' }, basics.label);
  add('basics.email', { in: 'header', part: 'email' }, basics.email);
  add('basics.phone', { in: 'header', part: 'phone' }, basics.phone);
  add('basics.location', { in: 'header', part: 'location' }, location || undefined);
  add('basics.url', { in: 'header', part: 'url' }, basics.url, 'url');
  (basics.profiles ?? []).forEach((profile, index) => add(`basics.profiles[${index}].url`, { in: 'header', part: 'url' }, profile.url, 'url'));

  for (const section of sections) {
    switch (section) {
      case 'summary':
        add('basics.summary', { in: 'summary' }, basics.summary);
        break;
      case 'skills': {
        const groups = (resume.skills ?? []).filter((skill) => (skill.keywords?.length ?? 0) > 0 || skill.name);
        groups.forEach((skill, group) => {
          const at = `skills[${(resume.skills ?? []).indexOf(skill)}]`;
          if (!skill.keywords?.length) {
            add(`${at}.name`, { in: 'skill', group, term: 0 }, skill.name);
            return;
          }
          add(`${at}.name`, { in: 'skill-name', group }, skill.name);
          skill.keywords.forEach((term, index) => add(`${at}.keywords[${index}]`, { in: 'skill', group, term: index }, term));
        });
        break;
      }
      case 'experience':
        (resume.work ?? []).forEach((work, entry) => {
          const at = `work[${entry}]`;
          const place = (part: 'title' | 'organisation' | 'location' | 'dates' | 'paragraph', index?: number): FieldPlace => ({ in: 'entry', section: 'experience', entry, part, ...(index === undefined ? {} : { index }) });
          if (work.position) {
            add(`${at}.position`, place('title'), work.position);
            add(`${at}.name`, place('organisation'), work.name);
            add(`${at}.location`, place(work.name ? 'location' : 'organisation'), work.location);
          } else {
            add(`${at}.name`, place('title'), work.name);
            add(`${at}.location`, place('organisation'), work.location);
          }
          add(`${at}.dates`, place('dates'), dates(work.startDate, work.endDate), 'dates');
          add(`${at}.summary`, place('paragraph', 0), work.summary);
          (work.highlights ?? []).filter((text) => printable(text)).forEach((text, index) => add(`${at}.highlights[${index}]`, { in: 'entry', section: 'experience', entry, part: 'bullet', index }, text));
        });
        break;
      case 'projects':
        (resume.projects ?? []).forEach((project, entry) => {
          const at = `projects[${entry}]`;
          const place = (part: 'title' | 'dates' | 'url' | 'bullet', index?: number): FieldPlace => ({ in: 'entry', section: 'projects', entry, part, ...(index === undefined ? {} : { index }) });
          add(`${at}.name`, place('title'), project.name);
          add(`${at}.url`, place('url'), project.url, 'url');
          add(`${at}.dates`, place('dates'), dates(project.startDate, project.endDate), 'dates');
          (project.highlights ?? []).filter((text) => printable(text)).forEach((text, index) => add(`${at}.highlights[${index}]`, place('bullet', index), text));
        });
        break;
      case 'education': {
        let entry = 0;
        (resume.education ?? []).forEach((education, index) => {
          if (education.institution === PROGRAMME_INSTITUTION && education.courses?.length) return;
          const at = `education[${index}]`;
          const place = (part: 'title' | 'organisation' | 'dates' | 'score'): FieldPlace => ({ in: 'entry', section: 'education', entry, part });
          const degree = [education.studyType, education.area].filter(Boolean).join(', ');
          if (degree) {
            add(`${at}.degree`, place('title'), degree);
            add(`${at}.institution`, place('organisation'), education.institution);
          } else {
            add(`${at}.institution`, place('title'), education.institution);
          }
          add(`${at}.dates`, place('dates'), dates(education.startDate, education.endDate), 'dates');
          add(`${at}.score`, place('score'), education.score);
          entry++;
        });
        break;
      }
      case 'coursework': {
        let course = 0;
        (resume.education ?? []).forEach((education, index) => (education.courses ?? []).forEach((line, line_) => {
          if (!printable(line)) return;
          add(`education[${index}].courses[${line_}]`, { in: 'course', index: course++ }, line);
        }));
        break;
      }
      case 'certificates':
        (resume.certificates ?? []).forEach((certificate, entry) => {
          const at = `certificates[${entry}]`;
          const place = (part: 'title' | 'organisation' | 'dates' | 'url'): FieldPlace => ({ in: 'entry', section: 'certificates', entry, part });
          add(`${at}.name`, place('title'), certificate.name);
          add(`${at}.issuer`, place('organisation'), certificate.issuer);
          add(`${at}.date`, place('dates'), certificate.date, 'dates');
          add(`${at}.url`, place('url'), certificate.url, 'url');
        });
        break;
      case 'languages':
        (resume.languages ?? []).filter((language) => language.language || language.fluency).forEach((language, index) => {
          const text = [language.language, language.fluency].filter(Boolean).join(' (') + (language.fluency ? ')' : '');
          add(`languages[${index}]`, { in: 'language', index }, text);
        });
        break;
    }
  }
  return fields;
}
