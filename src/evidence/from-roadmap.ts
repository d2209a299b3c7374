import type { Evidence, EvidenceField, Roadmap, RoadmapItem } from '../model/index.js';

function itemFields(item: RoadmapItem): EvidenceField[] {
  const fields: EvidenceField[] = [
    { name: 'title', text: item.title },
    { name: 'note', text: item.note ?? '' },
    { name: 'track', text: item.track ?? '' },
    { name: 'details', text: (item.details ?? []).join('\n') },
    // Link text names the course ("Kaggle Learn: Feature Engineering"); the URL adds nothing a recruiter reads.
    { name: 'links', text: item.links.map((link) => link.text).join('\n') },
  ];
  return fields.filter((field) => field.text.trim() !== '');
}

/** The evidence id of a roadmap item: stable as long as the item stays on its line. */
export function roadmapEvidenceId(item: RoadmapItem): string {
  return `roadmap:${item.line}`;
}

/** One roadmap item as evidence (whatever its status: callers decide what counts). */
export function roadmapItemEvidence(item: RoadmapItem, ref: string): Evidence {
  return {
    id: roadmapEvidenceId(item),
    kind: item.kind,
    title: item.title,
    fields: itemFields(item),
    links: item.links,
    source: { type: 'roadmap', ref: `${ref}:${item.line}` },
    ...(item.phase ? { group: item.phase } : {}),
  };
}

/**
 * Done roadmap items as evidence. In-progress and not-started items are never evidence: a course
 * you are still taking is not a skill you can claim yet (analyze lists them separately).
 * `ref` names the roadmap file in each record's source (`roadmap.md:14`).
 */
export function evidenceFromRoadmap(roadmap: Roadmap, ref: string): Evidence[] {
  return roadmap.items.filter((item) => item.status === 'done').map((item) => roadmapItemEvidence(item, ref));
}
