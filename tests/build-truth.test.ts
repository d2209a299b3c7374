import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { gatherInputs } from '../src/cli/build-command/gather-inputs.js';
import { runBuild, type BuildReport } from '../src/cli/build-command/run-build.js';
import { loadPhraseBook, loadResumeTemplate } from '../src/cli/load-templates.js';
import { Coverage, Resume } from '../src/model/index.js';
import { pdfText } from '../src/pdf/read-back.js';

const repo = (name: string, description: string | null, readme: string | null) => ({
  name, fullName: `jo-lee/${name}`, url: `https://github.com/jo-lee/${name}`, description, topics: [],
  primaryLanguage: 'Python', languages: [{ name: 'Python', bytes: 100 }], stars: 0, forks: 0, homepage: null,
  createdAt: '2026-01-02T00:00:00Z', pushedAt: '2026-02-02T00:00:00Z', archived: false, fork: false, private: false,
  license: 'MIT', readme: readme === null ? null : { path: 'README.md', text: readme, truncated: false },
});

// A nurse turned analyst: one repo rewritten in her own words, one hidden, one left as it is.
const SNAPSHOT = {
  version: 1, user: 'jo-lee', fetchedAt: '2026-03-01T00:00:00Z', apiUrl: 'https://api.github.com',
  repos: [
    repo('ward-census', 'Ward census dashboard', '# Ward census\n\nBuilt in Python with pandas, scikit-learn and Docker; SQL queries feed it.\n'),
    repo('spark-sandbox', 'Cluster experiments', '# Spark sandbox\n\nSpark and Kubernetes on a laptop, with Airflow DAGs.\n'),
    repo('readmission-model', 'Readmission classifier', '# Readmission\n\nA scikit-learn random forest on 8,000 admissions, AUC 0.78, with NumPy and Matplotlib.\n'),
  ],
};
const PROFILE = {
  basics: { name: 'Jo Lee', label: 'Nurse becoming a data analyst', email: 'jo@example.org' },
  meta: { roadfolio: { links: {}, overrides: {
    'repo:jo-lee/ward-census': { bullets: ['Built a Tableau view of ward occupancy for the night shift'] },
    'repo:jo-lee/spark-sandbox': { hide: true },
  } } },
};

describe('what a build claims comes from what it prints', () => {
  let dir: string;
  let report: BuildReport;
  let resume: Resume;
  let coverage: Coverage;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'roadfolio-truth-'));
    writeFileSync(join(dir, 'gh.json'), JSON.stringify(SNAPSHOT));
    writeFileSync(join(dir, 'me.json'), JSON.stringify(PROFILE));
    const inputs = await gatherInputs({ githubSnapshot: join(dir, 'gh.json'), profile: join(dir, 'me.json'), keywords: 'data-science' });
    report = await runBuild(inputs, {
      template: loadResumeTemplate('classic', 'templates/resume'), phraseBook: loadPhraseBook('templates/phrases'), draft: false, outDir: join(dir, 'out'),
    });
    resume = Resume.parse(JSON.parse(readFileSync(join(dir, 'out', 'resume.json'), 'utf8')));
    coverage = Coverage.parse(JSON.parse(readFileSync(join(dir, 'out', 'coverage.json'), 'utf8')));
  });

  const skills = () => (resume.skills ?? []).flatMap((group) => group.keywords ?? []);
  const covered = () => [...coverage.mustHave.covered, ...coverage.goodToHave.covered].map((keyword) => keyword.term);

  it('an entry in the user\'s own words claims only what those words name', () => {
    const ward = resume.projects?.find((project) => project.url?.endsWith('/ward-census'));
    expect(ward?.highlights).toEqual(['Built a Tableau view of ward occupancy for the night shift.']);
    expect(ward?.keywords).toEqual(['Tableau']);
    // Docker and SQL were only in that repo's README, which the resume no longer shows.
    expect(skills()).not.toEqual(expect.arrayContaining(['Docker']));
    expect(skills()).not.toContain('SQL');
    // scikit-learn stays: the readmission repo, printed, shows it.
    expect(skills()).toContain('scikit-learn');
  });

  it('a hidden repo counts nowhere: not in Skills, not in coverage.json', () => {
    for (const term of ['Spark', 'Kubernetes', 'Apache Airflow']) {
      expect(skills()).not.toContain(term);
      expect(covered()).not.toContain(term);
    }
    expect(JSON.stringify(coverage)).not.toContain('spark-sandbox');
    expect(resume.projects?.map((project) => project.name)).not.toContain('Spark Sandbox');
  });

  it('scores what the built resume shows, the same keywords the ATS reads back', () => {
    expect(coverage.shown?.score).toBeGreaterThan(0);
    const shown = [...(coverage.shown?.mustHave.terms ?? []), ...(coverage.shown?.goodToHave.terms ?? [])].sort();
    expect(shown).toEqual([...report.ats.pdfTerms].sort());
    expect(report.shown).toBe(coverage.shown?.score);
  });

  it('numbers the portfolio\'s pages and labels categories without assuming a field', async () => {
    const { text, pages } = await pdfText(readFileSync(join(dir, 'out', 'portfolio.pdf')));
    expect(text).toContain(`Jo Lee – Portfolio, page 1 of ${pages}`);
    expect(text).toContain(`page ${pages} of ${pages}`);
    const plan = await pdfText(readFileSync(join(dir, 'out', 'plan.pdf')));
    expect(plan.text).toContain(`Jo Lee – Plan, page 1 of ${plan.pages}`);
    expect(plan.text).not.toContain('Healthcare domain');
    expect(plan.text).toContain('Domain knowledge');
  });
});
