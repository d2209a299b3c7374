import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildEvidence, evidenceFromProfile, evidenceFromRoadmap } from '../../src/evidence/index.js';
import { Profile, type Repo } from '../../src/model/index.js';
import { seedAsWritten, seedInProgress } from '../fixtures/seed-roadmap.js';

const profile = Profile.parse(JSON.parse(readFileSync(new URL('../../examples/profile.json', import.meta.url), 'utf8')));

const repo = (name: string, fork = false): Repo => ({
  name, fullName: `amira-haddad-md/${name}`, url: `https://github.com/amira-haddad-md/${name}`, description: 'Sepsis early warning with XGBoost on MIMIC-IV',
  topics: ['sepsis', 'xgboost'], primaryLanguage: 'Python', languages: [{ name: 'Python', bytes: 1200 }], stars: 3, forks: 0, homepage: null,
  createdAt: '2026-03-01T10:00:00Z', pushedAt: '2026-06-01T10:00:00Z', archived: false, fork, private: false, license: 'MIT', readme: null,
});

describe('evidence from the roadmap', () => {
  it('takes done items only: the seed as written has one (VS Code & Kaggle Setup), not the in-progress Python course', () => {
    const evidence = evidenceFromRoadmap(seedAsWritten, 'roadmap.md');
    expect(evidence.map((record) => record.title)).toEqual(['VS Code & Kaggle Setup']);
    expect(evidence[0]).toMatchObject({ id: 'roadmap:14', kind: 'course', source: { type: 'roadmap', ref: 'roadmap.md:14' }, group: 'Phase 1: The Digital Physiology (Months 1–6)' });
  });

  it('keeps title, note, track and link text as named fields', () => {
    const cleaning = evidenceFromRoadmap(seedInProgress, 'roadmap.md').find((record) => record.title === 'Data Cleaning')!;
    expect(cleaning.fields).toEqual([
      { name: 'title', text: 'Data Cleaning' },
      { name: 'note', text: '(Crucial for EHR)' },
      { name: 'track', text: 'Code' },
      { name: 'links', text: 'Kaggle Learn: Data Cleaning' },
    ]);
  });
});

describe('evidence from the profile', () => {
  const evidence = evidenceFromProfile(profile);

  it('has the headline and summary, each job, each degree and the certificate', () => {
    expect(evidence.map((record) => record.id)).toEqual([
      'profile:basics', 'profile:work[0]', 'profile:work[1]', 'profile:education[0]', 'profile:education[1]', 'profile:certificates[0]',
    ]);
    const job = evidence.find((record) => record.id === 'profile:work[0]')!;
    expect(job.title).toBe('Attending Physician, Internal Medicine, Massachusetts Community Hospital');
    expect(job.fields.find((field) => field.name === 'highlights')?.text).toContain('electronic health record (EHR) order sets');
    expect(job.date).toBe('2019-07');
  });

  it('includes skills and projects when the profile has them', () => {
    const withSkills = Profile.parse({ ...profile, skills: [{ name: 'Programming', keywords: ['Python', 'SQL'] }], projects: [{ name: 'Sepsis EWS', highlights: ['Built an XGBoost model'] }] });
    const records = evidenceFromProfile(withSkills);
    expect(records.find((record) => record.id === 'profile:skills[0]')?.fields).toEqual([{ name: 'name', text: 'Programming' }, { name: 'keywords', text: 'Python, SQL' }]);
    expect(records.find((record) => record.id === 'profile:projects[0]')?.kind).toBe('project');
  });
});

describe('buildEvidence', () => {
  it('combines done roadmap items, repos (forks left out) and the profile', () => {
    const evidence = buildEvidence({ roadmap: seedAsWritten, roadmapRef: 'roadmap.md', profile, repos: [repo('sepsis-ews'), repo('someone-elses-lib', true)] });
    expect(evidence.map((record) => record.id)).toEqual([
      'roadmap:14', 'repo:amira-haddad-md/sepsis-ews', 'profile:basics', 'profile:work[0]', 'profile:work[1]', 'profile:education[0]', 'profile:education[1]', 'profile:certificates[0]',
    ]);
  });
});
