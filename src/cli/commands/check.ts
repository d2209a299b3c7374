import type { Command } from 'commander';

interface CheckOptions { resume: string; margin?: string; template?: string; json?: boolean }

/**
 * `roadfolio check resume.pdf --resume resume.json`: read any resume PDF back the way resume
 * parsers do and compare it with the JSON Resume it should say. Exit 1 when the layout has a
 * problem (overprint, text past the margin, a blank page, a stranded heading) or a field is lost.
 */
export function registerCheck(program: Command): void {
  program
    .command('check')
    .description('read a resume PDF back like a resume parser: layout problems (overlaps, margins, blank pages, stranded headings) and every field of resume.json found again')
    .argument('<pdf>', 'the resume PDF (ours or made elsewhere)')
    .requiredOption('--resume <file>', 'the JSON Resume file the PDF should say (e.g. out/resume.json)')
    .option('--template <name>', 'the template that rendered it: its margin and sections are checked (default: 18 pt margin, every section)')
    .option('--margin <points>', 'printable-area margin in points (overrides the template\'s)')
    .option('--json', 'print the whole result as JSON')
    .action(async (pdfPath: string, options: CheckOptions) => {
      const [{ readPdfInput }, { readProfile }, { asUserError }, { checkResumePdf, fieldReport }, { loadResumeTemplate }, { UsageError }] = await Promise.all([
        import('../../store/input-files.js'),
        import('../../store/json-file.js'),
        import('../keyword-inputs.js'),
        import('../../check/index.js'),
        import('../load-templates.js'),
        import('../user-error.js'),
      ]);
      const template = options.template ? loadResumeTemplate(options.template) : undefined;
      const margin = options.margin === undefined ? template?.page.margin ?? 18 : Number(options.margin);
      if (!Number.isFinite(margin) || margin < 0) throw new UsageError(`--margin ${options.margin}: a number of points, such as 36`);
      const [pdf, resume] = await asUserError(() => Promise.all([readPdfInput(pdfPath), readProfile(options.resume)]));
      const result = await checkResumePdf(pdf, resume, { margin, ...(template ? { sections: template.sections } : {}) });
      if (options.json) {
        process.stdout.write(`${JSON.stringify({ pages: result.pages, problems: result.problems, fields: result.fields }, null, 2)}\n`);
      } else {
        const lines = [
          `${pdfPath}: ${result.pages} ${result.pages === 1 ? 'page' : 'pages'}`,
          result.problems.length === 0 ? 'layout: no overlaps, nothing past the margins, no blank page, no stranded heading' : `layout: ${result.problems.length} ${result.problems.length === 1 ? 'problem' : 'problems'}`,
          ...result.problems.map((problem) => `  ${problem.message}`),
          ...fieldReport(result.fields, 50),
        ];
        process.stdout.write(`${lines.join('\n')}\n`);
      }
      if (result.problems.length > 0 || result.fields.mismatches.length > 0) process.exitCode = 1;
    });
}
