import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { JSON_INPUTS } from '../src/model/json-input.js';
import { inWebWords } from '../src/web/pipeline/github-sync.js';
import { readJsonImport } from '../src/web/sources/read-json-import.js';

// The web app's JSON Resume import (Sources → Profile), on a teacher's resume.json as resume
// builders export them: empty strings for what is absent, "" or "Present" for a current job.
// The expected messages were written before the code ran.
const fixture = (name: string) => readFileSync(new URL(`./fixtures/json-resume/${name}`, import.meta.url), 'utf8');

describe('JSON Resume import in the web app', () => {
  it('takes a file from the wild: "" for a current job and for every absent field', () => {
    const result = readJsonImport(fixture('teacher-resume.json'), 'resume.json', JSON_INPUTS.profile);
    if (!result.ok) throw new Error(`${result.summary} ${result.problems.join(' | ')}`);
    const profile = result.value;
    expect(profile.basics?.name).toBe('Daniela Rossi');
    // The current job has no end date (it is current), the earlier one keeps its own.
    expect(profile.work?.[0]?.endDate).toBeUndefined();
    expect(profile.work?.[0]?.startDate).toBe('2016-09');
    expect(profile.work?.[1]?.endDate).toBe('2016-06');
    expect(profile.certificates?.[0]?.date).toBeUndefined();
    expect(profile.education?.[0]?.courses).toEqual(['Statistics II', 'Numerical Analysis', 'Probability Theory I']);
    // Fields Roadfolio does not use are kept, so the file round-trips to other JSON Resume tools.
    expect((profile.meta as Record<string, unknown>).theme).toBe('elegant');
  });

  it('lists every problem with its field path, in plain words', () => {
    const result = readJsonImport(fixture('teacher-resume-broken.json'), 'resume.json', JSON_INPUTS.profile);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.summary).toBe('resume.json has 5 problems; fix them and import it again:');
    expect(result.problems).toEqual([
      'basics.profiles: should be a list, not an object',
      'work[0].startDate: use YYYY, YYYY-MM or YYYY-MM-DD',
      'work[1].endDate: use YYYY, YYYY-MM or YYYY-MM-DD, or leave it out for a current job',
      'education[0].courses: should be a list, not text',
      'skills[0].keywords[1]: should be text, not a number',
    ]);
    // No internals: no zod wording, no CLI flags, no line 0.
    for (const line of [result.summary, ...result.problems]) expect(line).not.toMatch(/Invalid input|expected \w+, received|--[a-z]|line 0|\.\d+\./);
  });

  it('says where a file of another kind goes, and where a syntax error is', () => {
    const snapshot = readJsonImport(readFileSync(new URL('../examples/github-snapshot.json', import.meta.url), 'utf8'), 'github-snapshot.json', JSON_INPUTS.profile);
    expect(snapshot).toEqual({ ok: false, summary: 'github-snapshot.json is a GitHub snapshot (from `roadfolio github sync`), not a JSON Resume (resume.json): import it under GitHub repos.', problems: [] });
    const broken = readJsonImport('{\n  "basics": {\n    "name": "Daniela Rossi",\n  }\n}\n', 'resume.json', JSON_INPUTS.profile);
    expect(broken.ok).toBe(false);
    if (!broken.ok) expect(broken.summary).toMatch(/^resume\.json:4:3: not valid JSON/);
    expect(readJsonImport('\uFEFF  \n', 'resume.json', JSON_INPUTS.profile)).toEqual({ ok: false, summary: 'resume.json is empty: choose a JSON Resume (resume.json).', problems: [] });
  });
});

describe('GitHub sync messages in the web app', () => {
  it('name the form\'s fields, never a CLI flag or command', () => {
    // Every line of the GitHub adapter's source that gives CLI advice in a message (escaped
    // backticks as the message prints them), run through the web app's rewording.
    const lines = ['describe-error.ts', 'sync.ts', 'api-url.ts', 'client.ts']
      .flatMap((file) => readFileSync(new URL(`../src/github/${file}`, import.meta.url), 'utf8').split('\n'))
      .filter((line) => !/^\s*(\/\/|\*|\/\*)/.test(line))
      .map((line) => line.replace(/\\`/g, '`'))
      .filter((line) => /--[a-z]|`roadfolio /.test(line));
    expect(lines.length).toBeGreaterThanOrEqual(10);
    for (const line of lines) expect(inWebWords(line)).not.toMatch(/--[a-z]|`roadfolio /);
  });
});
