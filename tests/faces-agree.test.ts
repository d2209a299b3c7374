// The CLI and the web app run one pipeline (src/portfolio): for the same inputs they must give
// the same coverage, bullets and resume. The CLI side is `roadfolio build` after argument parsing
// (read the files, prepare, build, render, write); the web side is what the app's pipeline worker
// runs on the state a user's uploads make, turned into what the pages receive.
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { gatherInputs } from '../src/cli/build-command/gather-inputs.js';
import { runBuild } from '../src/cli/build-command/run-build.js';
import { loadPhraseBook, loadResumeTemplate } from '../src/cli/load-templates.js';
import { Coverage, GithubSnapshot, Profile, Resume } from '../src/model/index.js';
import { loadBundledData } from '../src/web/pipeline/bundled-data.js';
import { PipelineRunner, runPipeline } from '../src/web/pipeline/pipeline-core.js';
import { inputsOf } from '../src/web/pipeline/pipeline-messages.js';
import { portfolioFrom, type Portfolio } from '../src/web/pipeline/use-portfolio.js';
import { DEFAULT_SETTINGS, type SavedState } from '../src/web/state/saved-state.js';

const read = (path: string) => readFileSync(new URL(path, import.meta.url), 'utf8');

/** The web app's pipeline on a saved state (what its worker posts), as the pages receive it. */
async function webPortfolio(state: SavedState): Promise<Portfolio> {
  const runner = new PipelineRunner(loadBundledData());
  const inputs = inputsOf(state);
  // Through a structured clone, as postMessage hands them over (it throws on anything but plain data).
  const { prepared, built } = structuredClone(await runPipeline(runner, inputs));
  const bundled = structuredClone(runner.bundled);
  const result = portfolioFrom({ bundled, prepared: { seq: 1, view: prepared }, built: { seq: 1, view: built }, sent: 1, failure: null }, inputs);
  if (result === null) throw new Error('the pipeline gave the pages nothing');
  return result;
}

interface Case { roadmap: string; profile: string; snapshot: string; keywords: string; jd?: string }

async function bothFaces(files: Case) {
  const out = mkdtempSync(join(tmpdir(), 'roadfolio-faces-'));
  const inputs = await gatherInputs({
    roadmap: fileOf(files.roadmap), profile: fileOf(files.profile), githubSnapshot: fileOf(files.snapshot), keywords: files.keywords,
    ...(files.jd ? { jd: fileOf(files.jd) } : {}),
  });
  const report = await runBuild(inputs, { template: loadResumeTemplate('classic'), phraseBook: loadPhraseBook(), draft: false, outDir: out });
  const cli = {
    report,
    resume: Resume.parse(JSON.parse(readFileSync(join(out, 'resume.json'), 'utf8'))),
    coverage: Coverage.parse(JSON.parse(readFileSync(join(out, 'coverage.json'), 'utf8'))),
  };
  const web = await webPortfolio({
    roadmap: { origin: 'user', fileName: files.roadmap.split('/').pop() ?? 'roadmap.md', text: read(files.roadmap) },
    github: { origin: 'user', fileName: 'github-snapshot.json', snapshot: GithubSnapshot.parse(JSON.parse(read(files.snapshot))) },
    profile: { origin: 'user', profile: Profile.parse(JSON.parse(read(files.profile))) },
    posting: files.jd ? { origin: 'user', text: read(files.jd) } : null,
    settings: { ...DEFAULT_SETTINGS, keywordSet: files.keywords, template: 'classic' },
  });
  return { cli, web };
}

function fileOf(path: string): string {
  return new URL(path, import.meta.url).pathname;
}

/** resume.json without where its inputs came from (file paths in the CLI, "web app" in the browser). */
function withoutSources(resume: Resume): Resume {
  const meta = resume.meta as { roadfolioBuild: Record<string, unknown> };
  const { sources: _sources, ...build } = meta.roadfolioBuild;
  return { ...resume, meta: { ...resume.meta, roadfolioBuild: build } };
}

const terms = (coverage: Coverage) => [...coverage.mustHave.covered, ...coverage.goodToHave.covered].map((keyword) => keyword.term).sort();

describe('the CLI and the web app build the same resume', () => {
  it('from the bundled example', async () => {
    const { cli, web } = await bothFaces({
      roadmap: '../examples/roadmap-progress.md', profile: '../examples/profile.json', snapshot: '../examples/github-snapshot.json', keywords: 'medical-ai',
    });
    expect(web.problems).toEqual([]);
    expect(web.resume).not.toBeNull();
    expect(withoutSources(web.resume!)).toEqual(withoutSources(cli.resume));
    expect(web.bullets?.placeholders).toEqual(cli.report.placeholders);
    expect(web.coverage?.score).toBe(cli.coverage.score);
    expect(terms(web.coverage!)).toEqual(terms(cli.coverage));
    expect(web.coverage?.shown).toEqual(cli.coverage.shown);
    expect(cli.resume.projects?.length).toBeGreaterThan(0);
  });

  it('from a nurse\'s files where hidden entries carry the only evidence of Spark, Scala and Tableau', async () => {
    const { cli, web } = await bothFaces({
      roadmap: './fixtures/hidden-entries/roadmap.md', profile: './fixtures/hidden-entries/profile.json',
      snapshot: './fixtures/hidden-entries/github-snapshot.json', keywords: 'data-science', jd: './fixtures/hidden-entries/posting.txt',
    });
    expect(web.problems).toEqual([]);
    expect(withoutSources(web.resume!)).toEqual(withoutSources(cli.resume));
    expect(web.coverage?.score).toBe(cli.coverage.score);
    expect(terms(web.coverage!)).toEqual(terms(cli.coverage));
    // Hidden entries count nowhere, in either face.
    for (const coverage of [cli.coverage, web.coverage!]) {
      expect(terms(coverage)).toEqual(expect.arrayContaining(['Python', 'SQL', 'Pandas']));
      expect(terms(coverage)).not.toEqual(expect.arrayContaining(['Spark']));
      expect(terms(coverage)).not.toContain('Scala');
      expect(terms(coverage)).not.toContain('Tableau');
    }
    for (const resume of [cli.resume, web.resume!]) {
      expect(resume.projects?.map((project) => project.url)).not.toContain('https://github.com/marta-w-rn/spark-sandbox');
      expect(JSON.stringify(resume.education)).not.toContain('Tableau');
      expect((resume.skills ?? []).flatMap((group) => group.keywords ?? [])).not.toEqual(expect.arrayContaining(['Spark']));
    }
    // The posting asks for Spark and Tableau: only the hidden entries had them, so they are to learn, not to add.
    const webJob = web.built?.job;
    for (const job of [cli.report.job, webJob]) {
      expect(job?.addThem).not.toContain('Spark');
      expect(job?.addThem).not.toContain('Tableau');
      expect(job?.learnThem.map((gap) => gap.term)).toEqual(expect.arrayContaining(['Tableau']));
    }
  });
});
