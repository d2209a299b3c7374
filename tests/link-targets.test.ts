// Issue 15: only http(s), mailto and tel links leave the app. Every PDF `build` writes (the
// example, each persona, a hostile snapshot and profile) and the DOCX `apply` writes is read for
// its link targets: a PDF's /URI actions, a DOCX's external hyperlink relationships.
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { unzipSync, strFromU8 } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli } from './helpers/run-cli.js';

const ALLOWED = /^(https?:\/\/[^\s/]+|mailto:|tel:)/i;
const HOSTILE = /javascript:|vbscript:|data:|file:|\.\.\/|etc\/passwd/i;

/** A PDF literal string's bytes: backslash escapes undone. */
function pdfLiteral(body: string): string {
  return body.replace(/\\([nrtbf()\\]|[0-7]{1,3})/g, (_, escape: string) => {
    const named: Record<string, string> = { n: '\n', r: '\r', t: '\t', b: '\b', f: '\f', '(': '(', ')': ')', '\\': '\\' };
    return named[escape] ?? String.fromCharCode(parseInt(escape, 8));
  });
}

/** A PDF hex string: UTF-16BE with its BOM, or bytes. */
function pdfHex(hex: string): string {
  const bytes = Buffer.from(hex.length % 2 ? `${hex}0` : hex, 'hex');
  return bytes[0] === 0xfe && bytes[1] === 0xff ? bytes.subarray(2).swap16().toString('utf16le') : bytes.toString('latin1');
}

/** Every /URI target in a PDF (react-pdf writes link annotations as plain, uncompressed dictionaries). */
export function pdfLinkTargets(pdf: Buffer): string[] {
  const text = pdf.toString('latin1');
  return [...text.matchAll(/\/URI\s*(?:\(((?:\\.|[^\\)])*)\)|<([0-9A-Fa-f\s]*)>)/g)]
    .map((match) => match[1] !== undefined ? pdfLiteral(match[1]) : pdfHex((match[2] ?? '').replace(/\s+/g, '')));
}

/** Every external hyperlink target of a DOCX, and every href-like attribute of its document.xml. */
function docxLinkTargets(docx: Buffer): string[] {
  const files = unzipSync(new Uint8Array(docx));
  const rels = Object.entries(files).filter(([name]) => name.endsWith('.rels')).map(([, data]) => strFromU8(data)).join('\n');
  const external = [...rels.matchAll(/<Relationship\b[^>]*>/g)].map((match) => match[0])
    .filter((tag) => /TargetMode="External"/.test(tag)).map((tag) => /Target="([^"]*)"/.exec(tag)?.[1] ?? '');
  const documentXml = strFromU8(files['word/document.xml'] ?? new Uint8Array());
  const fields = [...documentXml.matchAll(/HYPERLINK\s+"([^"]*)"/g)].map((match) => match[1] ?? '');
  return [...external, ...fields].map((target) => target.replace(/&amp;/g, '&'));
}

const README = [
  '# Ward Handover Notes',
  '',
  'A notebook that reads de-identified handover notes and flags the patients nurses worried about overnight, with pandas and scikit-learn.',
  'It reports recall on a held-out month and explains each flag in plain words for the charge nurse on the next shift.',
  '',
  '## Data',
  '',
  'Synthetic notes from the [data card](https://physionet.org/content/handover-notes/) and a [setup guide](docs/setup.md).',
  'Also see [this](javascript:alert(1)), [that](vbscript:msgbox(1)), [a file](file:///etc/passwd), [up](../../etc/passwd),',
  '[inline page](data:text/html,<script>alert(1)</script>), [spaced](java\tscript:alert(2)) and <a href="javascript:alert(3)">html</a>.',
  '',
  '![plot](data:image/png;base64,iVBORw0KGgo=)',
  '',
  '## Results',
  '',
  'Recall 0.82 on the held-out month of 412 handovers; every flag names the sentence that raised it.',
  '',
].join('\n');

const repo = (name: string, url: string, homepage: string | null) => ({
  name, fullName: `hostile-nurse/${name}`, url, description: 'Flags worrying handover notes with pandas and scikit-learn',
  topics: ['nursing', 'pandas'], primaryLanguage: 'Python', languages: [{ name: 'Python', bytes: 30_000 }], stars: 12, forks: 0, homepage,
  createdAt: '2025-04-01T10:00:00Z', pushedAt: '2025-09-01T10:00:00Z', archived: false, fork: false, private: false, license: 'MIT',
  readme: { path: 'README.md', text: README.replace('Ward Handover Notes', `Ward Handover Notes ${name}`), truncated: false },
});

const HOSTILE_SNAPSHOT = {
  version: 1, user: 'hostile-nurse', fetchedAt: '2026-03-01T00:00:00.000Z', apiUrl: 'https://api.github.com',
  repos: [
    repo('handover-flags', 'https://github.com/hostile-nurse/handover-flags', 'javascript:alert(document.domain)'),
    repo('handover-flags-two', 'javascript:alert(1)', 'data:text/html,<script>alert(1)</script>'),
    repo('handover-flags-three', 'file:///etc/passwd', '../../etc/passwd'),
    repo('handover-flags-four', 'vbscript:msgbox(1)', 'https://user:secret@example.com/'),
  ],
};

const HOSTILE_PROFILE = {
  basics: {
    name: 'Hostile Nurse', label: 'Registered nurse moving to data work', email: 'nurse@example.com', phone: '+44 20 7946 0000',
    url: 'javascript:alert(1)',
    summary: 'Registered nurse with ten years on acute wards, learning Python, pandas and SQL for clinical data work.',
    profiles: [
      { network: 'GitHub', username: 'hostile-nurse', url: 'vbscript:msgbox(1)' },
      { network: 'LinkedIn', username: 'hostile', url: 'https://www.linkedin.com/in/hostile-nurse' },
      { network: 'Site', username: 'x', url: 'file:///etc/passwd' },
    ],
  },
  work: [{ name: 'City Hospital', position: 'Charge Nurse', url: 'data:text/html,<b>x</b>', startDate: '2016-01', highlights: ['Led the night shift of a 28-bed acute medical ward'] }],
  projects: [{ name: 'Falls audit', description: 'Audited inpatient falls with Excel', url: '../../etc/passwd', highlights: ['Audited 140 inpatient falls and presented the findings to the ward team'] }],
};

const POSTING = `Clinical Data Analyst, City Hospital

We are looking for a clinical data analyst to join our patient safety team.

Requirements
- Python and pandas for cleaning clinical data
- SQL on electronic health records
- Clear reports for nurses and doctors

Nice to have
- scikit-learn, machine learning
`;

const personas = [
  { name: 'example', args: [] as string[] },
  ...['nurse', 'lab-scientist'].map((name) => ({ name, args: ['--roadmap', `tests/fixtures/personas/${name}/roadmap.md`, '--profile', `tests/fixtures/personas/${name}/profile.json`, '--github-snapshot', `tests/fixtures/personas/${name}/github-snapshot.json`] })),
  { name: 'pharmacist', args: ['--roadmap', 'tests/fixtures/pharmacist/roadmap.md', '--profile', 'tests/fixtures/pharmacist/profile.json', '--github-snapshot', 'tests/fixtures/pharmacist/github-snapshot.json'] },
];

describe('only http(s), mailto and tel links in anything built', () => {
  const dir = mkdtempSync(join(tmpdir(), 'roadfolio-links-'));
  const snapshot = join(dir, 'hostile-snapshot.json');
  const profile = join(dir, 'hostile-profile.json');
  const posting = join(dir, 'posting.txt');
  const targets: Record<string, string[]> = {};
  let applyCode: number | null = null;

  beforeAll(async () => {
    writeFileSync(snapshot, JSON.stringify(HOSTILE_SNAPSHOT));
    writeFileSync(profile, JSON.stringify(HOSTILE_PROFILE));
    writeFileSync(posting, POSTING);
    const builds = [...personas, { name: 'hostile', args: ['--github-snapshot', snapshot, '--profile', profile] }];
    for (const build of builds) {
      const out = join(dir, build.name);
      const result = await runCli(['build', ...build.args, '--out', out]);
      if (result.code !== 0) throw new Error(`build ${build.name}: ${result.stderr}`);
      for (const file of readdirSync(out).filter((name) => name.endsWith('.pdf'))) targets[`${build.name}/${file}`] = pdfLinkTargets(readFileSync(join(out, file)));
    }
    const applied = await runCli(['apply', posting, '--github-snapshot', snapshot, '--profile', profile, '--company', 'City Hospital', '--role', 'Clinical Data Analyst', '--dir', join(dir, 'applications'), '--date', '2026-03-02']);
    applyCode = applied.code;
    if (applied.code !== 0) throw new Error(`apply: ${applied.stderr}`);
    const [folder] = readdirSync(join(dir, 'applications'));
    targets['hostile/application resume.pdf'] = pdfLinkTargets(readFileSync(join(dir, 'applications', folder!, 'resume.pdf')));
    targets['hostile/application resume.docx'] = docxLinkTargets(readFileSync(join(dir, 'applications', folder!, 'resume.docx')));
  }, 600_000);

  it('reads links out of every document (the check could fail: links are there to find)', () => {
    expect(applyCode).toBe(0);
    for (const name of personas.map((persona) => `${persona.name}/resume.pdf`)) expect(targets[name]?.length, name).toBeGreaterThan(0);
    // The hostile README's good links survive: the data card, and the relative one made absolute against a validated https repo page.
    const hostilePortfolio = targets['hostile/portfolio.pdf'] ?? [];
    expect(hostilePortfolio).toContain('https://physionet.org/content/handover-notes/');
    expect(hostilePortfolio).toContain('https://github.com/hostile-nurse/handover-flags/blob/HEAD/docs/setup.md');
    expect(targets['hostile/resume.pdf']).toContain('https://www.linkedin.com/in/hostile-nurse');
    expect(targets['hostile/application resume.docx']).toContain('https://www.linkedin.com/in/hostile-nurse');
  });

  it('finds no other scheme, no relative path and no credentials in any PDF or DOCX', () => {
    const bad = Object.entries(targets).flatMap(([document, links]) => links
      .filter((link) => !ALLOWED.test(link) || HOSTILE.test(link) || /\/\/[^/]*@/.test(link))
      .map((link) => `${document}: ${link}`));
    expect(bad).toEqual([]);
  });
});
