import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gatherInputs, type BuildFlags } from '../../src/cli/build-command/gather-inputs.js';
import { runBuild } from '../../src/cli/build-command/run-build.js';
import { loadPhraseBook, loadResumeTemplate } from '../../src/cli/load-templates.js';
import { Resume, type KeywordSet, type ResumeTemplate } from '../../src/model/index.js';
import { resumeLayout, type ResumeLayout } from '../../src/resume/resume-sections.js';

export const pharmacist = {
  roadmap: 'tests/fixtures/pharmacist/roadmap.md',
  profile: 'tests/fixtures/pharmacist/profile.json',
  githubSnapshot: 'tests/fixtures/pharmacist/github-snapshot.json',
  keywords: 'data-science',
} satisfies BuildFlags;

export interface BuiltResume { resume: Resume; layout: ResumeLayout; template: ResumeTemplate; keywordSet: KeywordSet; outDir: string }

/** A resume built by the real pipeline from a person's sources (none given: the bundled example). */
export async function builtResume(flags: BuildFlags, templateName = 'classic', jd?: string): Promise<BuiltResume> {
  const outDir = mkdtempSync(join(tmpdir(), 'roadfolio-export-'));
  const template = loadResumeTemplate(templateName, 'templates/resume');
  const inputs = await gatherInputs({ ...flags, ...(jd ? { jd } : {}) });
  await runBuild(inputs, { template, phraseBook: loadPhraseBook('templates/phrases'), draft: false, outDir });
  const resume = Resume.parse(JSON.parse(readFileSync(join(outDir, 'resume.json'), 'utf8')));
  return { resume, layout: resumeLayout(resume, template), template, keywordSet: inputs.prepared.keywordSet, outDir };
}
