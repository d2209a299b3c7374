import type { JobSection, Profile, SearchabilityCheck } from '../model/index.js';
import { degreesAsked, type Degree } from './jd-facts.js';
import { jaroWinkler, stemToken, tokenizeWords } from './natural.js';
import { readSections } from './jd-sections.js';
import { foldToken } from './tokens.js';
import { resumeFullText, standardSectionOf, type ResumeText } from './resume-text.js';

export interface SearchabilityInput {
  profile?: Profile;
  resume: ResumeText;
  jobText?: string;
  jobTitle?: string;
}

const EMAIL = /[\w.+-]+@[\w-]+\.[\w.-]+/;
const PHONE_CANDIDATE = /\+?\(?\d[\d\s().-]{7,}\d/g;

/** A phone number has 9 to 15 digits; a date range ("2019 - 2021") has fewer. */
function hasPhone(text: string): boolean {
  return [...text.matchAll(PHONE_CANDIDATE)].some((match) => { const digits = match[0].replace(/\D/g, '').length; return digits >= 9 && digits <= 15; });
}
const LINK = /\b(?:https?:\/\/|www\.|linkedin\.com|github\.com)\S+/i;

function contactCheck(input: SearchabilityInput): SearchabilityCheck {
  const basics = input.profile?.basics;
  const text = resumeFullText(input.resume);
  const has = {
    'e-mail': Boolean(basics?.email) || EMAIL.test(text),
    phone: Boolean(basics?.phone) || hasPhone(text),
    location: Boolean(basics?.location?.city || basics?.location?.region || basics?.location?.address || basics?.location?.countryCode),
    links: Boolean(basics?.url || basics?.profiles?.some((profile) => profile.url)) || LINK.test(text),
  };
  const missing = Object.entries(has).filter(([, present]) => !present).map(([name]) => name);
  if (missing.length === 0) return { id: 'contact', label: 'Contact details', status: 'pass', detail: 'e-mail, phone, location and links are all there' };
  const status = !has['e-mail'] && !has.phone ? 'fail' : 'warn';
  return { id: 'contact', label: 'Contact details', status, detail: `missing: ${missing.join(', ')}` };
}

function sectionsCheck(input: SearchabilityInput): SearchabilityCheck {
  const kinds = new Set(input.resume.sections.map((section) => section.kind));
  const nonStandard = input.resume.sections.filter((section) => section.heading !== '' && standardSectionOf(section.heading) === undefined).map((section) => section.heading);
  const missing = (['experience', 'education', 'skills'] as const).filter((kind) => !kinds.has(kind) && !(kind === 'experience' && kinds.has('projects')));
  if (missing.length === 0 && nonStandard.length === 0) {
    return { id: 'sections', label: 'Standard section headings', status: 'pass', detail: 'Experience, Education and Skills under headings an ATS recognises' };
  }
  const parts = [
    ...(missing.length ? [`no ${missing.join(', ')} section`] : []),
    ...(nonStandard.length ? [`headings an ATS may not recognise: ${nonStandard.map((heading) => `"${heading}"`).join(', ')}`] : []),
  ];
  return { id: 'sections', label: 'Standard section headings', status: 'warn', detail: parts.join('; ') };
}

const DATE_FORMATS: [string, RegExp][] = [
  ['YYYY-MM-DD', /\b[12]\d{3}-[01]\d-[0-3]\d\b/g],
  ['YYYY-MM', /\b[12]\d{3}-[01]\d\b(?!-)/g],
  ['MM/YYYY', /\b[01]?\d\/[12]\d{3}\b/g],
  ['Month YYYY', /\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.? [12]\d{3}\b/g],
];

function profileDates(profile: Profile): string[] {
  return [
    ...(profile.work ?? []).flatMap((job) => [job.startDate, job.endDate]),
    ...(profile.education ?? []).flatMap((degree) => [degree.startDate, degree.endDate]),
    ...(profile.projects ?? []).flatMap((project) => [project.startDate, project.endDate]),
    ...(profile.certificates ?? []).map((certificate) => certificate.date),
  ].filter((date): date is string => Boolean(date));
}

function datesCheck(input: SearchabilityInput): SearchabilityCheck {
  const formats = new Set<string>();
  if (input.profile) {
    for (const date of profileDates(input.profile)) formats.add(date.length === 4 ? 'YYYY' : date.length === 7 ? 'YYYY-MM' : 'YYYY-MM-DD');
  } else {
    const text = resumeFullText(input.resume);
    for (const [name, pattern] of DATE_FORMATS) if ((text.match(pattern) ?? []).length > 0) formats.add(name);
  }
  if (formats.size === 0) return { id: 'dates', label: 'Consistent date format', status: 'warn', detail: 'no dates found: give each job and degree its dates' };
  if (formats.size === 1) return { id: 'dates', label: 'Consistent date format', status: 'pass', detail: `all dates as ${[...formats][0]}` };
  return { id: 'dates', label: 'Consistent date format', status: 'warn', detail: `dates in ${formats.size} formats (${[...formats].join(', ')}): use one` };
}

// Seniority and filler words do not make a title different ("Senior Data Scientist" ≈ "Data Scientist").
const TITLE_FILLER = new Set(['senior', 'sr', 'junior', 'jr', 'lead', 'staff', 'principal', 'i', 'ii', 'iii', 'iv', 'associate', 'the', 'of', 'and', 'a', 'an', 'in', 'for', 'to', 'with']);

function titleStems(text: string): string[] {
  return tokenizeWords(text).map(foldToken).filter((token) => !TITLE_FILLER.has(token)).map(stemToken);
}

/** Whether the headline or summary names the job title or a close variant (same words, ≥ 2/3 of them, or near-identical spelling). */
export function titlePresent(title: string, text: string): boolean {
  const wanted = titleStems(title);
  if (wanted.length === 0) return true;
  const have = new Set(titleStems(text));
  const found = wanted.filter((stem) => have.has(stem) || [...have].some((word) => word.length > 4 && jaroWinkler(word, stem) >= 0.94));
  return found.length / wanted.length >= 2 / 3;
}

function jobTitleCheck(input: SearchabilityInput): SearchabilityCheck {
  if (!input.jobTitle) return { id: 'job-title', label: 'Job title in headline or summary', status: 'skip', detail: 'no job description (or no title found in it)' };
  const basics = input.profile?.basics;
  const summaryText = basics ? [basics.label, basics.summary].filter(Boolean).join('\n') : input.resume.sections.filter((section) => section.kind === 'summary' || section.heading === '').flatMap((section) => section.lines).join('\n');
  if (titlePresent(input.jobTitle, summaryText)) return { id: 'job-title', label: 'Job title in headline or summary', status: 'pass', detail: `"${input.jobTitle}" (or a close variant) is in your headline or summary` };
  return { id: 'job-title', label: 'Job title in headline or summary', status: 'fail', detail: `the posting's title "${input.jobTitle}" is not in your headline or summary: recruiters search by title, so use it where it is true` };
}

const LEVEL: Record<Degree, number> = { bachelor: 1, master: 2, phd: 3, md: 3 };

function degreesHeld(profile: Profile | undefined, resume: ResumeText): Degree[] {
  const texts = profile?.education?.length
    ? profile.education.map((degree) => [degree.studyType, degree.area].filter(Boolean).join(' '))
    : resume.sections.filter((section) => section.kind === 'education').flatMap((section) => section.lines);
  const text = texts.join('\n');
  return degreesAsked(text, readSections(text, { masthead: false })).map((found) => found.degree);
}

function educationCheck(input: SearchabilityInput): SearchabilityCheck {
  if (!input.jobText) return { id: 'education', label: 'Degree requirements', status: 'skip', detail: 'no job description' };
  const asked = degreesAsked(input.jobText, readSections(input.jobText));
  if (asked.length === 0) return { id: 'education', label: 'Degree requirements', status: 'pass', detail: 'the posting names no degree' };
  const held = degreesHeld(input.profile, input.resume);
  const best = Math.max(0, ...held.map((degree) => LEVEL[degree]));
  const need = (section: JobSection) => asked.filter((entry) => entry.section === section).map((entry) => entry.degree);
  const required = need('required').length ? need('required') : need('other');
  const names = (degrees: Degree[]) => degrees.join(' or ');
  if (required.length && best < Math.min(...required.map((degree) => LEVEL[degree]))) {
    return { id: 'education', label: 'Degree requirements', status: 'fail', detail: `asks for ${names(required)}; your profile lists ${held.length ? names(held) : 'no degree'}` };
  }
  const preferred = need('preferred');
  if (preferred.length && best < Math.min(...preferred.map((degree) => LEVEL[degree]))) {
    return { id: 'education', label: 'Degree requirements', status: 'warn', detail: `prefers ${names(preferred)}; your profile lists ${held.length ? names(held) : 'no degree'}` };
  }
  return { id: 'education', label: 'Degree requirements', status: 'pass', detail: `asks for ${names(asked.map((entry) => entry.degree))}; you list ${names(held)} (check the field of study matches)` };
}

/** ATS searchability checks, no LLM: contact details, standard headings, dates, job title, degree. */
export function searchabilityChecks(input: SearchabilityInput): SearchabilityCheck[] {
  return [contactCheck(input), sectionsCheck(input), datesCheck(input), jobTitleCheck(input), educationCheck(input)];
}
