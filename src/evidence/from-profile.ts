import type { Evidence, EvidenceField, Profile } from '../model/index.js';

function fields(entries: [string, string | string[] | undefined][]): EvidenceField[] {
  return entries
    .map(([name, value]) => ({ name, text: Array.isArray(value) ? value.join('\n') : (value ?? '') }))
    .filter((field) => field.text.trim() !== '');
}

function record(id: string, kind: Evidence['kind'], title: string, ref: string, fieldList: EvidenceField[], extra: Partial<Evidence> = {}): Evidence | undefined {
  if (fieldList.length === 0) return undefined;
  return { id, kind, title, fields: fieldList, links: [], source: { type: 'profile', ref }, ...extra };
}

/**
 * The profile (a JSON Resume) as evidence: the headline and summary, each job, degree,
 * certificate, project and skill group. These are the user's own statements about their past,
 * so they count as evidence; ids follow the JSON path (`profile:work[0]`).
 */
export function evidenceFromProfile(profile: Profile): Evidence[] {
  const records: (Evidence | undefined)[] = [];
  const basics = profile.basics;
  if (basics) {
    records.push(record('profile:basics', 'summary', basics.name ?? 'Summary', 'profile.basics', fields([['label', basics.label], ['summary', basics.summary]])));
  }
  (profile.work ?? []).forEach((job, index) => {
    const title = [job.position, job.name].filter(Boolean).join(', ') || `Work ${index + 1}`;
    records.push(record(`profile:work[${index}]`, 'work', title, `profile.work[${index}]`,
      fields([['position', job.position], ['summary', job.summary], ['description', job.description], ['highlights', job.highlights]]),
      { ...(job.startDate ? { date: job.startDate } : {}), ...(job.name ? { group: job.name } : {}), links: job.url ? [{ text: job.name ?? job.url, url: job.url }] : [] }));
  });
  (profile.education ?? []).forEach((degree, index) => {
    const title = [degree.studyType, degree.area].filter(Boolean).join(', ') || degree.institution || `Education ${index + 1}`;
    records.push(record(`profile:education[${index}]`, 'education', title, `profile.education[${index}]`,
      fields([['studyType', degree.studyType], ['area', degree.area], ['institution', degree.institution], ['courses', degree.courses]]),
      degree.endDate ? { date: degree.endDate } : {}));
  });
  (profile.certificates ?? []).forEach((certificate, index) => {
    records.push(record(`profile:certificates[${index}]`, 'certificate', certificate.name ?? `Certificate ${index + 1}`, `profile.certificates[${index}]`,
      fields([['name', certificate.name], ['issuer', certificate.issuer]]),
      { ...(certificate.date ? { date: certificate.date } : {}), links: certificate.url ? [{ text: certificate.name ?? certificate.url, url: certificate.url }] : [] }));
  });
  (profile.projects ?? []).forEach((project, index) => {
    records.push(record(`profile:projects[${index}]`, 'project', project.name ?? `Project ${index + 1}`, `profile.projects[${index}]`,
      fields([['name', project.name], ['description', project.description], ['highlights', project.highlights], ['keywords', project.keywords?.join(', ')]]),
      { ...(project.startDate ? { date: project.startDate } : {}), links: project.url ? [{ text: project.name ?? project.url, url: project.url }] : [] }));
  });
  (profile.skills ?? []).forEach((skill, index) => {
    records.push(record(`profile:skills[${index}]`, 'skill', skill.name ?? `Skills ${index + 1}`, `profile.skills[${index}]`,
      fields([['name', skill.name], ['keywords', skill.keywords?.join(', ')]])));
  });
  return records.filter((item): item is Evidence => item !== undefined);
}
