import { mkdtempSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generateBullets } from '../src/bullets/generate-bullets.js';
import { groupCourses } from '../src/bullets/course-groups.js';
import { loadPhraseBook, loadResumeTemplate, resumeTemplateNames } from '../src/cli/load-templates.js';
import { UserError } from '../src/cli/user-error.js';
import { coverage, evidence, keywordSet, phraseBook, repoLinks, repos, roadmapItems } from './fixtures/build-inputs.js';

const base = { evidence, coverage, keywordSet, phraseBook, roadmapItems, repos, repoLinks };
const names = (result: ReturnType<typeof generateBullets>) => result.projects.map((entry) => entry.name);

describe('the user overrides bullets in the profile', () => {
  it('hides, reorders, rewrites and accepts, keyed by evidence id', () => {
    const result = generateBullets({ ...base, settings: { links: {}, overrides: {
      'repo:amira-haddad-md/sepsis-early-warning': { hide: true },
      'repo:amira-haddad-md/clinical-calculator': { order: 1, bullets: ['Wrote a bedside calculator used by 14 residents [add number of uses]'] },
      'repo:amira-haddad-md/chest-xray-pneumonia': { order: 2, accepted: true },
    } } });
    expect(names(result)).toEqual(['Clinical Calculator', 'Chest X-ray pneumonia classifier']);
    const calculator = result.projects[0];
    expect(calculator?.bullets.map((bullet) => bullet.text)).toEqual(['Wrote a bedside calculator used by 14 residents.']);
    expect(calculator?.bullets[0]).toMatchObject({ source: 'override', accepted: true, placeholders: ['[add number of uses]'] });
    expect(result.projects[1]?.bullets.every((bullet) => bullet.accepted && bullet.source === 'generated')).toBe(true);
    expect(result.placeholders.map((place) => place.placeholder)).toContain('[add number of uses]');
  });

  it('editing one bullet leaves the others ours and unchecked; only the user\'s tick accepts them', () => {
    const id = 'repo:amira-haddad-md/sepsis-early-warning';
    const generated = generateBullets(base).projects.find((entry) => entry.evidenceId === id)!.bullets;
    expect(generated.length).toBeGreaterThan(1);
    const drafts = generated.map((bullet) => bullet.draft);
    const edited = ['Cut alert review time by 37% with a sepsis triage dashboard', ...drafts.slice(1)];
    const entry = (overrides: Record<string, object>) => generateBullets({ ...base, settings: { links: {}, overrides } }).projects.find((candidate) => candidate.evidenceId === id)!;
    const once = entry({ [id]: { bullets: edited } });
    expect(once.bullets.map((bullet) => [bullet.source, bullet.accepted])).toEqual([['override', true], ...drafts.slice(1).map(() => ['generated', false])]);
    // The kept bullets are still the generator's: same evidence, same keywords.
    expect(once.bullets.slice(1).map((bullet) => bullet.keywords)).toEqual(generated.slice(1).map((bullet) => bullet.keywords));
    expect(entry({ [id]: { bullets: edited, accepted: true } }).bullets.every((bullet) => bullet.accepted)).toBe(true);
  });

  it('prints a bullet list the user ordered in their order, whatever a posting asks for', () => {
    // A posting asking for what only an entry's first bullet names: it would sort that bullet first.
    const onlyFirst = (bullets: { keywords: string[] }[]) => bullets[0]!.keywords.filter((term) => bullets.slice(1).every((other) => !other.keywords.includes(term)));
    const entry = generateBullets(base).projects.find((candidate) => candidate.bullets.length > 1 && onlyFirst(candidate.bullets).length > 0)!;
    const id = entry.evidenceId;
    const jobTerms = onlyFirst(entry.bullets);
    const drafts = entry.bullets.map((bullet) => bullet.draft);
    const reversed = [...drafts].reverse();
    const result = generateBullets({ ...base, jobTerms, settings: { links: {}, overrides: { [id]: { bullets: reversed } } } });
    expect(result.projects.find((entry) => entry.evidenceId === id)!.bullets.map((bullet) => bullet.draft)).toEqual(reversed);
  });

  it('keeps private repos off the resume unless the user names them', () => {
    const secret = repos.map((repo) => (repo.name === 'sepsis-early-warning' ? { ...repo, private: true } : repo));
    expect(names(generateBullets({ ...base, repos: secret }))).not.toContain('Sepsis Early Warning');
    const named = generateBullets({ ...base, repos: secret, settings: { links: {}, overrides: { 'repo:amira-haddad-md/sepsis-early-warning': { order: 1 } } } });
    expect(names(named)[0]).toBe('Sepsis Early Warning');
  });

  it('gives the same bullets for the same input', () => {
    expect(generateBullets(base)).toEqual(generateBullets(base));
    expect(generateBullets({ ...base, evidence: [...evidence].reverse() })).toEqual(generateBullets(base));
  });

  it('moves what a job description asks for up', () => {
    expect(names(generateBullets(base))[0]).toBe('Sepsis Early Warning');
    expect(names(generateBullets({ ...base, jobTerms: ['PyTorch', 'Convolutional Neural Networks', 'Medical Imaging'] }))[0]).toBe('Chest X-ray pneumonia classifier');
  });

  it('links a done roadmap project to its repo instead of listing it twice', () => {
    const result = generateBullets(base);
    const calculator = result.projects.find((entry) => entry.name === 'Clinical Calculator');
    expect(calculator?.linkedEvidenceIds).toEqual(['roadmap:20']);
    expect(names(result).filter((name) => /calculator/i.test(name))).toHaveLength(1);
  });
});

describe('courses', () => {
  it('group by provider, with course numbers, alphabetically', () => {
    const courses = evidence.filter((record) => record.source.type === 'roadmap' && record.kind !== 'project');
    const groups = groupCourses(courses, new Map(roadmapItems.map((item) => [`roadmap:${item.line}`, item])));
    expect(groups.map((group) => group.line)).toEqual([
      'Kaggle Learn: Data Cleaning, Intro & Advanced SQL, Pandas (Data Manipulation), Python (Intermediate)',
      'MIT OpenCourseWare: Linear Algebra (18.06), Principles of Medical Imaging (22.058), Single Variable Calculus (18.01)',
      'Other courses: VS Code & Kaggle Setup',
    ]);
  });
});

describe('templates are data, validated', () => {
  it('ships valid phrase templates and at least the classic and compact resume templates', () => {
    const book = loadPhraseBook('templates/phrases');
    expect(book.templates.length).toBeGreaterThanOrEqual(4);
    for (const template of [...book.templates, ...book.followUps]) expect(book.verbs[template.verbs], template.id).toBeDefined();
    expect(resumeTemplateNames('templates/resume')).toEqual(expect.arrayContaining(['classic', 'compact']));
    for (const name of resumeTemplateNames('templates/resume')) expect(loadResumeTemplate(name, 'templates/resume').sections).toContain('projects');
  });

  it('lets a user add templates, and names the file and field of a bad one', () => {
    const dir = mkdtempSync(join(tmpdir(), 'phrases-'));
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'a.json'), JSON.stringify({ version: 1, verbs: { build: ['Built'] }, templates: [{ id: 'mine', kinds: ['repo'], verbs: 'build', pattern: '{verb} {subject}' }] }));
    expect(loadPhraseBook(dir).templates.map((template) => template.id)).toEqual(['mine']);
    writeFileSync(join(dir, 'b.json'), JSON.stringify({ version: 1, verbs: { build: ['built stuff'] }, templates: [] }));
    expect(() => loadPhraseBook(dir)).toThrow(UserError);
    expect(() => loadPhraseBook(dir)).toThrow(/b\.json: verbs\.build\[0\]: a capitalised past-tense verb/);
    expect(() => loadResumeTemplate('fancy', 'templates/resume')).toThrow(/--template fancy: no such template; choose one of classic, compact/);
  });
});
