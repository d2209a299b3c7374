import { z } from 'zod';

// The JSON Resume schema (jsonresume.org/schema, v1.0.0), as zod. Objects are loose so a
// user's own resume.json with extra fields round-trips; dates follow the schema's pattern.
export const ResumeDate = z.string().regex(/^([12]\d{3}-[01]\d-[0-3]\d|[12]\d{3}-[01]\d|[12]\d{3})$/, 'use YYYY, YYYY-MM or YYYY-MM-DD');

/**
 * An optional date. JSON Resume files in the wild (exports from resume builders, hand-edited
 * ones) write "" for a date they do not have, most often the end of a current job: read as absent.
 */
const OptionalDate = z.preprocess((value) => (value === '' ? undefined : value), ResumeDate.optional());
/** An end date: absent (or "", or the word "present" that builders and people write) means the entry is current. */
const EndDate = z.preprocess((value) => (value === '' || (typeof value === 'string' && /^\s*(present|current)?\s*$/i.test(value)) ? undefined : value),
  z.string().regex(/^([12]\d{3}-[01]\d-[0-3]\d|[12]\d{3}-[01]\d|[12]\d{3})$/, 'use YYYY, YYYY-MM or YYYY-MM-DD, or leave it out for a current job').optional());

const Location = z.looseObject({
  address: z.string().optional(),
  postalCode: z.string().optional(),
  city: z.string().optional(),
  countryCode: z.string().optional(),
  region: z.string().optional(),
});

const SocialProfile = z.looseObject({ network: z.string().optional(), username: z.string().optional(), url: z.string().optional() });

export const ResumeBasics = z.looseObject({
  name: z.string().optional(),
  label: z.string().optional(),
  image: z.string().optional(),
  email: z.string().optional(),
  phone: z.string().optional(),
  url: z.string().optional(),
  summary: z.string().optional(),
  location: Location.optional(),
  profiles: z.array(SocialProfile).optional(),
});

export const ResumeWork = z.looseObject({
  name: z.string().optional(),
  location: z.string().optional(),
  description: z.string().optional(),
  position: z.string().optional(),
  url: z.string().optional(),
  startDate: OptionalDate,
  endDate: EndDate,
  summary: z.string().optional(),
  highlights: z.array(z.string()).optional(),
});

export const ResumeEducation = z.looseObject({
  institution: z.string().optional(),
  url: z.string().optional(),
  area: z.string().optional(),
  studyType: z.string().optional(),
  startDate: OptionalDate,
  endDate: EndDate,
  score: z.string().optional(),
  courses: z.array(z.string()).optional(),
});

export const ResumeCertificate = z.looseObject({
  name: z.string().optional(),
  date: OptionalDate,
  url: z.string().optional(),
  issuer: z.string().optional(),
});

export const ResumeSkill = z.looseObject({
  name: z.string().optional(),
  level: z.string().optional(),
  keywords: z.array(z.string()).optional(),
});

export const ResumeProject = z.looseObject({
  name: z.string().optional(),
  description: z.string().optional(),
  highlights: z.array(z.string()).optional(),
  keywords: z.array(z.string()).optional(),
  startDate: OptionalDate,
  endDate: EndDate,
  url: z.string().optional(),
  roles: z.array(z.string()).optional(),
  entity: z.string().optional(),
  type: z.string().optional(),
});

/** A bullet override, keyed by evidence id in the profile's `meta.roadfolio.overrides`. */
export const BulletOverride = z.strictObject({
  /** Hide the evidence's bullets from the resume. */
  hide: z.boolean().optional(),
  /** Replace the generated bullets with these (the user's own words). */
  bullets: z.array(z.string()).optional(),
  /** The user has read the generated bullets and accepts them as true. */
  accepted: z.boolean().optional(),
  /** Sort key within its section: lower comes first. */
  order: z.number().optional(),
});
export type BulletOverride = z.infer<typeof BulletOverride>;

/** Roadfolio's own settings, kept under `meta.roadfolio` so the profile stays a valid JSON Resume. */
export const RoadfolioSettings = z.strictObject({
  /** Roadmap project title → repo full name (`owner/name`), for links the fuzzy match misses. */
  links: z.record(z.string(), z.string()).default({}),
  overrides: z.record(z.string(), BulletOverride).default({}),
});
export type RoadfolioSettings = z.infer<typeof RoadfolioSettings>;

export const Resume = z.looseObject({
  $schema: z.string().optional(),
  basics: ResumeBasics.optional(),
  work: z.array(ResumeWork).optional(),
  volunteer: z.array(z.looseObject({})).optional(),
  education: z.array(ResumeEducation).optional(),
  awards: z.array(z.looseObject({})).optional(),
  certificates: z.array(ResumeCertificate).optional(),
  publications: z.array(z.looseObject({})).optional(),
  skills: z.array(ResumeSkill).optional(),
  languages: z.array(z.looseObject({ language: z.string().optional(), fluency: z.string().optional() })).optional(),
  interests: z.array(z.looseObject({ name: z.string().optional(), keywords: z.array(z.string()).optional() })).optional(),
  references: z.array(z.looseObject({})).optional(),
  projects: z.array(ResumeProject).optional(),
  meta: z.looseObject({
    canonical: z.string().optional(),
    version: z.string().optional(),
    lastModified: z.string().optional(),
    roadfolio: RoadfolioSettings.optional(),
  }).optional(),
});
export type Resume = z.infer<typeof Resume>;

/** The user's profile is a JSON Resume document (their own, or our example). */
export const Profile = Resume;
export type Profile = Resume;
