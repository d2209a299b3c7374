import { describe, expect, it } from 'vitest';
import { nextVersionDates, topGaps, withStatus } from '../src/applications/index.js';
import type { ApplicationRecord } from '../src/model/index.js';
import { filesKey, loadApplications, loadVersionFiles, recordKey, saveRecord, saveVersion, type VersionFiles } from '../src/web/applications/application-storage.js';

/** localStorage's calls over a Map, with a quota to run out of. */
function memoryStorage(initial: Record<string, string> = {}, quota = Number.POSITIVE_INFINITY) {
  const items = new Map(Object.entries(initial));
  const used = () => [...items].reduce((sum, [key, value]) => sum + key.length + value.length, 0);
  return {
    items,
    get length() { return items.size; },
    key: (index: number) => [...items.keys()][index] ?? null,
    getItem: (key: string) => items.get(key) ?? null,
    setItem: (key: string, value: string) => {
      const before = items.get(key);
      items.set(key, value);
      if (used() > quota) {
        if (before === undefined) items.delete(key);
        else items.set(key, before);
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      }
    },
    removeItem: (key: string) => { items.delete(key); },
  };
}

const hash = 'a'.repeat(64);
// A teacher's application, made by hand here: the store keeps what it is given.
const record: ApplicationRecord = {
  version: 1, company: 'Riverside Learning Trust', role: 'Education Data Analyst', created: '2026-04-14', built: '2026-04-14',
  status: 'applied', history: [{ status: 'applied', date: '2026-04-14' }],
  posting: { file: 'posting.txt', sha256: hash, words: 212 },
  score: { posting: 58, requiredCovered: 4, requiredTotal: 7 },
  gaps: [{ term: 'Power BI', section: 'required', roadmapItems: [] }, { term: 'dbt', section: 'preferred', roadmapItems: [] }, { term: 'Airflow', section: 'other', roadmapItems: [] }, { term: 'Looker', section: 'other', roadmapItems: [] }],
  sources: { keywords: { ref: 'data-science', sha256: hash }, template: { ref: 'classic', sha256: hash }, phrases: { ref: 'templates/phrases', sha256: hash } },
  overrides: { ids: [], sha256: hash },
  roadfolio: '0.1.0',
  files: ['posting.txt', 'resume.pdf', 'resume.docx', 'resume.txt', 'resume.json', 'coverage.json', 'report.md', 'application.json'],
};
const files: VersionFiles = { posting: 'Education Data Analyst\n…', resume: { basics: { name: 'Tomás Okafor' } }, coverage: { score: 58 }, report: '# Education Data Analyst at Riverside Learning Trust\n' };
const folder = '2026-04-14-riverside-learning-trust-education-data-analyst';

describe('applications kept in the browser', () => {
  it('reads back what was saved, the record and the files under their own keys', () => {
    const storage = memoryStorage({ 'roadfolio.profile': '{"version":2,"value":null}' });
    expect(saveVersion(storage, folder, record, files)).toBeNull();
    expect(loadApplications(storage)).toEqual({ applications: [{ folder, record }], damaged: [] });
    expect(loadVersionFiles(storage, folder)).toEqual({ ok: true, files });
  });

  it('a status change rewrites the record only, and its history grows by one', () => {
    const storage = memoryStorage();
    saveVersion(storage, folder, record, files);
    const filesBefore = storage.getItem(filesKey(folder));
    expect(saveRecord(storage, folder, withStatus(record, 'interview', '2026-04-20'))).toBeNull();
    expect(storage.getItem(filesKey(folder))).toBe(filesBefore);
    const [kept] = loadApplications(storage).applications;
    expect(kept?.record.status).toBe('interview');
    expect(kept?.record.history).toEqual([{ status: 'applied', date: '2026-04-14' }, { status: 'interview', date: '2026-04-20' }]);
    expect(withStatus(kept!.record, 'interview', '2026-04-21')).toBe(kept!.record);
  });

  it('says in plain words why a stored record is damaged, and leaves it as it is', () => {
    const cut = '{"version":1,"value":{"company":"Riverside';
    const wrongStatus = JSON.stringify({ version: 1, value: { ...record, status: 'hired' } });
    const newer = JSON.stringify({ version: 7, value: record });
    const storage = memoryStorage({ [recordKey('a-cut')]: cut, [recordKey('b-status')]: wrongStatus, [recordKey('c-newer')]: newer });
    const { applications, damaged } = loadApplications(storage);
    expect(applications).toEqual([]);
    expect(damaged.map((entry) => [entry.folder, entry.problem])).toEqual([
      ['a-cut', 'it is not valid JSON (the text was cut or edited)'],
      ['b-status', expect.stringMatching(/^status: .*draft.*applied.*interview.*offer.*rejected/)],
      ['c-newer', 'it was saved by a newer Roadfolio (version 7)'],
    ]);
    expect(storage.getItem(recordKey('a-cut'))).toBe(cut);
    expect(storage.getItem(recordKey('b-status'))).toBe(wrongStatus);
    expect(storage.getItem(recordKey('c-newer'))).toBe(newer);
  });

  it('when the browser runs out of room, keeps the version it had and says why', () => {
    const storage = memoryStorage({}, 3000);
    expect(saveVersion(storage, folder, record, files)).toBeNull();
    const before = new Map(storage.items);
    const bigger: VersionFiles = { ...files, posting: 'x'.repeat(2500) };
    expect(saveVersion(storage, folder, { ...record, built: '2026-04-15' }, bigger)).toBe('the browser\'s storage for this page is full: the application was not saved');
    expect(storage.items).toEqual(before);
  });

  it('dates a new version, a rebuild and a rebuild of unchanged sources as roadfolio apply does', () => {
    expect(nextVersionDates(undefined, { day: '2026-04-14', sameSources: false })).toEqual({ created: '2026-04-14', built: '2026-04-14', status: 'applied', history: [{ status: 'applied', date: '2026-04-14' }] });
    expect(nextVersionDates(record, { day: '2026-05-01', sameSources: false })).toMatchObject({ created: '2026-04-14', built: '2026-05-01', status: 'applied', history: record.history });
    expect(nextVersionDates(record, { day: '2026-05-01', status: 'offer', sameSources: true })).toMatchObject({ built: '2026-04-14', status: 'offer', history: [...record.history, { status: 'offer', date: '2026-05-01' }] });
    expect(topGaps(record)).toEqual(['Power BI', 'dbt', 'Airflow']);
  });
});
