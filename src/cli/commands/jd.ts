import type { Command } from 'commander';

interface JdOptions { json?: boolean; keywords: string; unknown: boolean }

/** `roadfolio jd FILE|-`: the skills a job description asks for. Heavy modules load in the action, keeping `--help` fast. */
export function registerJd(program: Command): void {
  program
    .command('jd')
    .description('list the skills a job description asks for (lexicon terms and unknown candidates), by section')
    .argument('<file>', 'job description as .txt or .md, or - to read pasted text from stdin')
    .option('--keywords <name>', 'keyword set whose tiers tag the skills (bundled name or path to .json)', 'medical-ai')
    .option('--no-unknown', 'only skills the lexicon knows')
    .option('--json', 'print JSON: { title?, keywords: [{ term, count, known, section, tier? }], degrees? }')
    .action(async (file: string, options: JdOptions) => {
      const [{ readTextInput }, { asUserError, loadKeywords }, { extractJobKeywords }, { renderJobKeywords }] = await Promise.all([
        import('../../store/input-files.js'),
        import('../keyword-inputs.js'),
        import('../../keywords/index.js'),
        import('../report/job-report.js'),
      ]);
      const text = await asUserError(() => readTextInput(file));
      const { keywordSet, lexicon } = await loadKeywords(options.keywords);
      const { matches: _matches, ...result } = extractJobKeywords(text, lexicon, { keywordSet, unknown: options.unknown });
      process.stdout.write(options.json ? `${JSON.stringify(result, null, 2)}\n` : renderJobKeywords(result));
    });
}
