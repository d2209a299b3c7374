import type { Evidence, Link, RoadmapItem } from '../model/index.js';

/** A completed course as the Coursework section lists it. */
export interface CourseLine { evidenceId: string; name: string; url?: string }

/** Courses of one provider or track: "MIT OpenCourseWare: Linear Algebra (18.06), Single Variable Calculus (18.01)". */
export interface CourseGroup { provider: string; courses: CourseLine[]; line: string }

// Providers known by the address of their course pages; anything else is named by its link text.
const PROVIDERS: Array<{ provider: string; url?: RegExp; text?: RegExp }> = [
  { provider: 'MIT OpenCourseWare', url: /(^|\.)ocw\.mit\.edu/i },
  { provider: 'MIT OpenCourseWare', text: /^MIT\b|\bMIT (OCW|OpenCourseWare)\b/ },
  { provider: 'Kaggle Learn', url: /kaggle\.com/i },
  { provider: 'MIT OpenCourseWare', url: /youtube\.com\/.*(mitocw|list=PLUl4u3cNGP)/i },
  { provider: 'Microsoft Learn', url: /learn\.microsoft\.com/i },
  { provider: 'Codecademy', url: /codecademy\.com/i },
  { provider: 'Coursera', url: /coursera\.org/i },
  { provider: 'edX', url: /edx\.org/i },
  { provider: 'Udemy', url: /udemy\.com/i },
  { provider: 'Udacity', url: /udacity\.com/i },
  { provider: 'DeepLearning.AI', url: /deeplearning\.ai/i },
  { provider: 'fast.ai', url: /fast\.ai/i },
  { provider: 'Khan Academy', url: /khanacademy\.org/i },
  { provider: 'Stanford Online', url: /stanford\.edu|online\.stanford/i },
  { provider: 'Harvard Online', url: /harvard\.edu|pll\.harvard/i },
  { provider: 'DataCamp', url: /datacamp\.com/i },
  { provider: 'freeCodeCamp', url: /freecodecamp\.org/i },
  { provider: 'PhysioNet', url: /physionet\.org/i },
  { provider: 'IAEA', url: /iaea\.org/i },
];

/** "18.06", "6.041", "22.058", "HST.583": course numbers as MIT and others write them. */
const COURSE_CODE = /\b((?:[A-Z]{2,5}\.)?\d{1,3}\.\d{2,4}[A-Z]?|[A-Z]{2,5}\.\d{2,4}[A-Z]?|[A-Z]{2,4}\d{2,4}[A-Z]?)\b/;

function knownProvider(links: readonly Link[]): string | undefined {
  for (const link of links) {
    const known = PROVIDERS.find((entry) => (entry.url?.test(link.url) ?? false) || (entry.text?.test(link.text) ?? false));
    if (known) return known.provider;
  }
  return undefined;
}

function providerFromLinks(links: readonly Link[]): string | undefined {
  for (const link of links) {
    const colon = link.text.indexOf(':');
    if (colon > 1) return link.text.slice(0, colon).trim();
  }
  return undefined;
}

function courseName(title: string, links: readonly Link[]): string {
  const cleaned = title.replace(/\s+/g, ' ').trim();
  if (COURSE_CODE.test(cleaned)) return cleaned;
  // The link text often carries the course number the title leaves out: "MIT 22.058 (OCW)".
  for (const link of links) {
    const code = COURSE_CODE.exec(link.text)?.[1];
    if (code && /\d/.test(code)) return `${cleaned} (${code})`;
  }
  return cleaned;
}

/** Roadmap columns that name where a course was taken ("Provider", "Resource", "Where", ...). */
const PROVIDER_COLUMN = /^(provider|source|resource|resources|where|platform|school|institution|offered by|via)$/i;

/** The provider a table row names in its own column: "Coursera", "Microsoft Learn", or a known site in a link there. */
function providerFromColumns(extra: Readonly<Record<string, string>> | undefined): string | undefined {
  for (const [column, value] of Object.entries(extra ?? {})) {
    if (!PROVIDER_COLUMN.test(column.trim())) continue;
    const text = value.replace(/\[([^\]]*)\]\([^)]*\)/g, '$1').replace(/[*_`]/g, '').trim();
    const url = /\((https?:[^)\s]+)\)|(https?:\S+)/.exec(value);
    const known = PROVIDERS.find((entry) => (url && entry.url?.test(url[1] ?? url[2] ?? '')) || (entry.text?.test(text) ?? false));
    if (known) return known.provider;
    if (text && text.length <= 40 && !/^(repo|link|here|notes?|-|n\/a)$/i.test(text)) return text;
  }
  return undefined;
}

/** A provider named in the row's own words: "Excel for Data Analysis – Coursera", "Intro to Python (Codecademy)". */
function providerNamedIn(text: string): string | undefined {
  const names = [...new Set(PROVIDERS.map((entry) => entry.provider))];
  return names.find((name) => new RegExp(`(^|[\\s(–—-])${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}([\\s),.;:]|$)`).test(text));
}

/** A track column holding a kind of item ("Course", "Project") says nothing about where. */
function trackName(track: string | undefined): string | undefined {
  return track && !/^(courses?|projects?|portfolio|items?|books?|reading|tutorials?|certificates?|certifications?|skills?|tools?|setup)$/i.test(track.trim()) ? track : undefined;
}

/** Who teaches a roadmap course: a known site in its link, its provider column, its link text, a provider it names, its track. */
export function providerOf(evidence: Evidence, item: RoadmapItem | undefined): string | undefined {
  const links = item?.links ?? evidence.links;
  return knownProvider(links) ?? providerFromColumns(item?.extra) ?? providerFromLinks(links)
    ?? providerNamedIn(`${item?.title ?? evidence.title} ${item?.note ?? ''}`) ?? trackName(item?.track);
}

/** Courses no column, link or track places: named for what they are, never after a roadmap phase. */
export const UNPLACED_COURSES = 'Other courses';

/**
 * Group completed courses by provider (known course sites, a provider column of the roadmap's
 * table, or the link text before a colon), else by the roadmap's track column. A phase
 * ("1. Foundations (Jan–Mar)") is when, not where: it never names a group. Groups and courses are alphabetical, so
 * the same roadmap always gives the same lines.
 */
export function groupCourses(courses: readonly Evidence[], itemsById: ReadonlyMap<string, RoadmapItem>): CourseGroup[] {
  const groups = new Map<string, CourseLine[]>();
  for (const evidence of courses) {
    const item = itemsById.get(evidence.id);
    const links = item?.links ?? evidence.links;
    const provider = providerOf(evidence, item) ?? UNPLACED_COURSES;
    const url = links[0]?.url;
    // "Intro to Python (Codecademy)" under "Codecademy:" says the provider twice.
    const name = courseName(item?.title ?? evidence.title, links).replace(` (${provider})`, '');
    const line: CourseLine = { evidenceId: evidence.id, name, ...(url ? { url } : {}) };
    groups.set(provider, [...(groups.get(provider) ?? []), line]);
  }
  return [...groups.entries()]
    .sort(([a], [b]) => a.localeCompare(b, 'en'))
    .map(([provider, lines]) => {
      const sorted = [...lines].sort((a, b) => a.name.localeCompare(b.name, 'en'));
      return { provider, courses: sorted, line: `${provider}: ${sorted.map((course) => course.name).join(', ')}` };
    });
}
