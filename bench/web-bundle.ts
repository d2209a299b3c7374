import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import type { Bench } from './benches.js';
import { medianMs, report } from './measure.js';
import { gatherInputs } from '../src/cli/build-command/gather-inputs.js';
import { loadPhraseBook, loadResumeTemplate } from '../src/cli/load-templates.js';
import { compileMatcher } from '../src/keywords/compile.js';
import { extendLexicon } from '../src/keywords/lexicon.js';
import { lintResume } from '../src/keywords/lint.js';
import { resumeTextFromProfile } from '../src/keywords/resume-text.js';
import { build, prepare } from '../src/portfolio/index.js';
import { loadLexicon } from '../src/store/keyword-sets.js';

// dist/bench/web-bundle.js -> dist/web (the build step runs `vite build` before the bench).
const webDist = fileURLToPath(new URL('../web/', import.meta.url));

/** Gzipped size in KB, as a browser downloads it from a server that compresses. */
function gzippedKb(path: string): number {
  return gzipSync(readFileSync(path), { level: 9 }).length / 1024;
}

/**
 * The web app's JavaScript as built: what the first screen loads (the entry script and the
 * chunks index.html preloads) against the 250 KB gzipped budget, and each lazy chunk.
 */
export const webBundleBench: Bench = {
  name: 'web',
  async run() {
    const indexPath = join(webDist, 'index.html');
    if (!existsSync(indexPath)) {
      process.stdout.write('dist/web is missing: run `npm run build` first\n');
      return;
    }
    const html = readFileSync(indexPath, 'utf8');
    const firstScreen = new Set([...html.matchAll(/(?:src|href)="\.?\/?(assets\/[^"]+\.js)"/g)].map((match) => match[1] ?? ''));
    const assets = readdirSync(join(webDist, 'assets')).filter((name) => name.endsWith('.js'));
    let firstScreenKb = 0;
    for (const path of firstScreen) firstScreenKb += gzippedKb(join(webDist, path));
    report('first screen JS on the main thread (entry + preloaded chunks), gzipped', firstScreenKb, 'KB', '< 250 KB');
    // The pipeline worker starts with the first screen but parses and runs off the main thread.
    const worker = assets.find((name) => name.startsWith('pipeline.worker-'));
    if (worker !== undefined) {
      const workerKb = gzippedKb(join(webDist, 'assets', worker));
      report('  pipeline worker script (loads with the first screen, off the main thread), gzipped', workerKb, 'KB');
      report('  both together', firstScreenKb + workerKb, 'KB');
    }
    for (const name of assets.filter((asset) => !firstScreen.has(`assets/${asset}`)).sort()) {
      report(`  lazy chunk ${name.replace(/-[A-Za-z0-9_-]{8}\.js$/, '.js')}, gzipped`, gzippedKb(join(webDist, 'assets', name)), 'KB');
    }
    await coverageUpdateBench();
  },
};

const posting = `Data Scientist, Clinical AI

Requirements
- Python, SQL, pandas and scikit-learn
- Machine learning on EHR data; statistics and data visualization
- HIPAA and de-identification

Nice to have
- PyTorch, Docker, FHIR
`;

/**
 * What the web app re-runs when the user edits the job description (src/web/pipeline/use-portfolio.ts:
 * prepare, then the deferred build and the bullets' lint), on the bundled example. The browser test
 * measures the same edit end to end in chromium; this is the core's share of it.
 */
async function coverageUpdateBench(): Promise<void> {
  const { prepared } = await gatherInputs({ keywords: 'medical-ai' });
  const phraseBook = loadPhraseBook();
  const template = loadResumeTemplate('classic');
  const { keywordSet } = prepared;
  // The web app reads postings with the skills lexicon, as `roadfolio analyze --jd` does.
  const lexicon = compileMatcher(extendLexicon(await loadLexicon(), keywordSet));
  const sources = {
    keywordSet, lexicon, profile: prepared.profile, repos: prepared.repos, jobText: posting,
    ...(prepared.roadmap ? { roadmap: prepared.roadmap } : {}),
  };
  const scoreStep = () => prepare(sources);
  const bulletSteps = () => {
    const built = build(scoreStep(), { template, phraseBook, draft: false });
    lintResume(resumeTextFromProfile(built.resume), keywordSet);
  };
  report('coverage view after a job-description edit: prepare (median of 30)', await medianMs(scoreStep, 30, 5), 'ms', '< 50 ms');
  report('  with the deferred build and lint too (median of 30)', await medianMs(bulletSteps, 30, 5), 'ms');
}
