import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Bench } from './benches.js';
import { medianMs, report } from './measure.js';
import { runApply, type ApplyInputs } from '../src/cli/apply-command/run-apply.js';
import { gatherInputs, type BuildFlags } from '../src/cli/build-command/gather-inputs.js';
import { runBuild } from '../src/cli/build-command/run-build.js';
import { loadPhraseBook, loadResumeTemplate } from '../src/cli/load-templates.js';
import { renderResumeDocx } from '../src/export/docx.js';
import { Resume } from '../src/model/index.js';
import { resumeLayout } from '../src/resume/resume-sections.js';
import { sha256 } from '../src/store/applications.js';

const FAKE = { ref: 'bench', sha256: sha256('bench') };

/** DOCX generation of the two-page example, and `apply` against `build` on the same posting, warm, in-process. */
export const applicationsBench: Bench = {
  name: 'applications',
  async run() {
    const template = loadResumeTemplate('classic');
    const phraseBook = loadPhraseBook();
    const posting = 'tests/fixtures/postings/clinical-ml-scientist.md';
    const flags: BuildFlags = { keywords: 'medical-ai' };
    const root = mkdtempSync(join(tmpdir(), 'roadfolio-bench-apply-'));

    const buildOut = join(root, 'build');
    const build = async () => runBuild(await gatherInputs({ ...flags, jd: posting }), { template, phraseBook, draft: false, outDir: buildOut });
    await build();
    const layout = resumeLayout(Resume.parse(JSON.parse(readFileSync(join(buildOut, 'resume.json'), 'utf8'))), template);
    const date = new Date('2026-03-02T00:00:00Z');
    report('resume.docx warm, the two-page example (median of 30)', await medianMs(() => renderResumeDocx(layout, template, { date }), 30, 5), 'ms', '<= 50 ms');

    const inputs: ApplyInputs = {
      flags, postingText: readFileSync(posting, 'utf8'), postingFile: 'posting.md', template, phraseBook,
      hashed: { keywords: FAKE, template: FAKE, phrases: FAKE }, overrides: { ids: [], sha256: FAKE.sha256 }, roadfolioVersion: 'bench',
    };
    const apply = () => runApply(inputs, {
      folderPath: join(root, 'applications', '2026-03-02-northwind-health-ml-scientist'), company: 'Northwind Health', role: 'Senior Machine Learning Scientist',
      created: '2026-03-02', built: '2026-03-02', status: 'applied', history: [{ status: 'applied', date: '2026-03-02' }],
    });
    const buildMs = await medianMs(build, 7, 2);
    const applyMs = await medianMs(apply, 7, 2);
    report('`build --jd` warm in-process, example (median of 7)', buildMs, 'ms');
    report('`apply` warm in-process, same posting (median of 7)', applyMs, 'ms');
    report('apply / build', applyMs / buildMs, 'x', '<= 1.5');
    rmSync(root, { recursive: true, force: true });
  },
};
