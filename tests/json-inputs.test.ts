// One reader for every JSON input (src/model/json-input.ts, src/store/json-file.ts): the same
// tolerance and the same error lines, whichever command or face reads the file.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { InputFileError, JSON_INPUTS, readJsonText } from '../src/model/json-input.js';
import { readGithubSnapshot, readProfile } from '../src/store/json-file.js';
import { runCli } from './helpers/run-cli.js';

const fixture = (name: string) => new URL(`./fixtures/json-inputs/${name}`, import.meta.url).pathname;
const exampleSnapshot = new URL('../examples/github-snapshot.json', import.meta.url).pathname;
const temp = mkdtempSync(join(tmpdir(), 'roadfolio-json-'));

function problemOf(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    if (error instanceof InputFileError) return error.message;
    throw error;
  }
  throw new Error('no problem reported');
}

describe('reading a JSON input', () => {
  it('takes a resume builder\'s export with empty strings for dates it does not have', async () => {
    const profile = await readProfile(fixture('pharmacist-profile.json'));
    expect(profile.work?.[0]).toMatchObject({ name: 'Boots UK', startDate: '2015-04' });
    expect(profile.work?.[0]?.endDate).toBeUndefined();
    expect(profile.education?.[0]?.startDate).toBeUndefined();
    expect(profile.education?.[0]?.endDate).toBe('2012');
    expect(profile.certificates?.[0]?.date).toBeUndefined();
  });

  it('ignores a byte-order mark, as Windows editors write it', async () => {
    const withBom = join(temp, 'bom-snapshot.json');
    writeFileSync(withBom, `\uFEFF${readFileSync(exampleSnapshot, 'utf8')}`);
    expect((await readGithubSnapshot(withBom)).repos.length).toBeGreaterThan(0);
  });

  it('says where a syntax error is as file:line:column, not as a character offset', () => {
    const text = '{\n  "basics": {\n    "name": "Grace Mensah"\n    "label": "Biology teacher"\n  }\n}\n';
    expect(problemOf(() => readJsonText(text, 'teacher.json', JSON_INPUTS.profile)))
      .toBe('teacher.json:4:5: not valid JSON: Expected \',\' or \'}\' after property value');
    expect(problemOf(() => readJsonText('{"basics": {"name": "Grace"', 'cut.json', JSON_INPUTS.profile)))
      .toBe('cut.json:1:28: not valid JSON: the file ends too early (a missing } or ]?)');
  });

  it('names a file of the wrong kind and the flag it belongs to', () => {
    const snapshot = readFileSync(exampleSnapshot, 'utf8');
    expect(problemOf(() => readJsonText(snapshot, 'github-snapshot.json', JSON_INPUTS.profile)))
      .toBe('github-snapshot.json: this is a GitHub snapshot (from `roadfolio github sync`), not a JSON Resume profile; pass it with --github-snapshot');
    const profile = readFileSync(fixture('pharmacist-profile.json'), 'utf8');
    expect(problemOf(() => readJsonText(profile, 'me.json', JSON_INPUTS.githubSnapshot)))
      .toBe('me.json: this is a JSON Resume profile, not a GitHub snapshot; pass it with --profile');
  });

  it('lists every problem with its path in plain words, not only the first', () => {
    const text = JSON.stringify({
      basics: { name: 'Grace Mensah', email: 42 },
      work: [{ name: 'Accra Academy', startDate: '09/2014', endDate: 'June 2019' }],
    });
    expect(problemOf(() => readJsonText(text, 'teacher.json', JSON_INPUTS.profile))).toBe('teacher.json: '
      + 'basics.email: should be text, not a number; '
      + 'work[0].startDate: use YYYY, YYYY-MM or YYYY-MM-DD; '
      + 'work[0].endDate: use YYYY, YYYY-MM or YYYY-MM-DD, or leave it out for a current job');
  });
});

describe('every command reads JSON the same way', () => {
  it('readme and github links take a snapshot saved with a BOM, as analyze and build do', async () => {
    const withBom = join(temp, 'bom-for-cli.json');
    writeFileSync(withBom, `\uFEFF${readFileSync(exampleSnapshot, 'utf8')}`);
    const readme = await runCli(['readme', '--github-snapshot', withBom, '--json']);
    expect(readme.stderr).toBe('');
    expect(readme.code).toBe(0);
    const links = await runCli(['github', 'links', '--github-snapshot', withBom, '--json']);
    expect(links.stderr).toBe('');
    expect(links.code).toBe(0);
  });

  it('build names a snapshot passed as --profile, in one line', async () => {
    const result = await runCli(['build', '--profile', exampleSnapshot, '--out', join(temp, 'out')]);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/^roadfolio: .*github-snapshot\.json: this is a GitHub snapshot \(from `roadfolio github sync`\), not a JSON Resume profile; pass it with --github-snapshot\n$/);
  });
});
