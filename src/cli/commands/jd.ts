import type { Command } from 'commander';

interface JdOptions { json?: boolean; keywords: string; unknown: boolean }

/** `roadfolio jd FILE|-`: the skills a job description asks for. Heavy modules load in the action, keeping `--help` fast. */
export function registerJd(program: Command): void {
  program
    .command('jd')
    .description('list the skills a job description asks for (lexicon terms and unknown candidates), by section')
    .argument('<files...>', 'job descriptions as .txt or .md (several, or a folder of them), or - to read pasted text from stdin')
    .option('--keywords <name>', 'keyword set whose tiers tag the skills (bundled name or path to .json)', 'medical-ai')
    .option('--no-unknown', 'only skills the lexicon knows')
    .option('--json', 'print JSON: { title?, keywords: [{ term, count, known, section, tier?, parent? }], degrees? }; with several postings { postings: [{ file, ...that }], asked: [{ term, postings, required, preferred, other }] }')
    .action(async (inputs: string[], options: JdOptions) => {
      const [{ readTextInput }, { asUserError }, { loadKeywordMatcher }, { extractJobKeywords }, { renderJobKeywords }] = await Promise.all([
        import('../../store/input-files.js'),
        import('../as-user-error.js'),
        import('../keyword-matcher.js'),
        import('../../keywords/jd.js'),
        import('../report/job-report.js'),
      ]);
      const { postingFiles } = await import('../posting-files.js');
      const files = await asUserError(() => postingFiles(inputs));
      const { keywordSet, matcher: lexicon } = await loadKeywordMatcher(options.keywords);
      const results = [];
      for (const file of files) {
        const text = await asUserError(() => readTextInput(file));
        const { matches: _matches, ...result } = extractJobKeywords(text, lexicon, { keywordSet, unknown: options.unknown });
        results.push({ file, ...result });
      }
      if (results.length === 1) {
        const { file: _file, ...only } = results[0]!;
        process.stdout.write(options.json ? `${JSON.stringify(only, null, 2)}\n` : renderJobKeywords(only));
        return;
      }
      const { skillsAskedMost } = await import('../../keywords/jd-many.js');
      const asked = skillsAskedMost(results);
      if (options.json) { process.stdout.write(`${JSON.stringify({ postings: results, asked }, null, 2)}\n`); return; }
      const lines = [`Skills asked for across ${results.length} postings (required / preferred / mentioned):`, ''];
      for (const skill of asked.slice(0, 40)) lines.push(`  ${skill.term.padEnd(34)} ${String(skill.required).padStart(3)} ${String(skill.preferred).padStart(3)} ${String(skill.other).padStart(3)}${skill.parent ? `   (a kind of ${skill.parent})` : ''}`);
      process.stdout.write(`${lines.join('\n')}\n`);
    });
}
