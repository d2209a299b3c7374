import type { Command } from 'commander';

export interface AnalyzeOptions {
  roadmap?: string;
  githubSnapshot?: string;
  profile?: string;
  resume?: string;
  keywords: string;
  jd?: string;
  json?: boolean;
  verbose?: boolean;
}

/** The flags as commander gives them: `--jd` may be repeated (or name a folder). */
type AnalyzeFlags = Omit<AnalyzeOptions, 'jd'> & { jd?: string[] };

/** `roadfolio analyze`: keyword coverage of the user's evidence, with suggestions. */
export function registerAnalyze(program: Command): void {
  program
    .command('analyze')
    .description('score how well your finished work covers a keyword set (and a job description), with evidence and suggestions')
    .option('--roadmap <file>', 'roadmap markdown (or its `roadfolio roadmap --json` output)')
    .option('--github-snapshot <file>', 'snapshot from `roadfolio github sync`')
    .option('--profile <file>', 'profile as JSON Resume')
    .option('--resume <file>', 'your resume as plain text or markdown (default: what the profile shows)')
    .option('--keywords <name>', 'keyword set: bundled name or path to .json', 'medical-ai')
    .option('--jd <file>', 'job description (.txt, .md, or - for stdin); give it again, or a folder, for several postings', (value: string, previous: string[] = []) => [...previous, value])
    .option('--json', 'print the coverage as JSON (the coverage.json contract)')
    .option('--verbose', 'print every warning about the roadmap (without it, the first few)')
    .addHelpText('after', '\nWith none of --roadmap, --github-snapshot and --profile, analyzes the bundled example in examples/.')
    .action(async (flags: AnalyzeFlags) => {
      const [{ gatherAnalyzeInput }, { analyze }, { renderCoverage }] = await Promise.all([
        import('../analyze-input.js'),
        import('../../keywords/index.js'),
        import('../report/coverage-report.js'),
      ]);
      const { postingFiles } = await import('../posting-files.js');
      const { asUserError } = await import('../as-user-error.js');
      const { jd: jdFlags, ...rest } = flags;
      const postings = jdFlags ? await asUserError(() => postingFiles(jdFlags)) : [];
      const options: AnalyzeOptions = { ...rest, ...(postings.length === 1 ? { jd: postings[0]! } : {}) };
      if (postings.length > 1) {
        const { analyzeSeveralPostings } = await import('../analyze-many.js');
        await analyzeSeveralPostings(options, postings);
        return;
      }
      const input = await gatherAnalyzeInput(options);
      const coverage = analyze(input);
      const titles = new Map(input.evidence.map((record) => [record.id, record.title]));
      process.stdout.write(options.json ? `${JSON.stringify(coverage, null, 2)}\n` : renderCoverage(coverage, { color: process.stdout.isTTY === true && !process.env.NO_COLOR, titles }));
    });
}
