/**
 * What `roadfolio --help` lists for each command, so the overall help loads no command module
 * (loading them all cost 1.6 s of CPU, 13x a bare node start). Each command's own file stays the
 * source of truth for its options; tests/cli-startup.test.ts checks this table against it.
 */
export const commandSummaries: Record<string, { args: string; description: string }> = {
  roadmap: { args: '[options] <file>', description: 'read a markdown learning roadmap (tables or task lists) and summarise it per phase' },
  github: { args: '', description: 'link your GitHub account and sync your repos (with README text) into a snapshot' },
  readme: { args: '[options] [repo]', description: 'README checklist for each repo of a GitHub snapshot (or one repo); --show prints the README as terminal text' },
  build: { args: '[options]', description: 'write resume.pdf, portfolio.pdf, resume.json (JSON Resume) and coverage.json; with none of --roadmap, --github-snapshot, --profile it builds the bundled example, and once you name one of them only your files are used' },
  check: { args: '[options] <pdf>', description: 'read a resume PDF back like a resume parser: layout problems (overlaps, margins, blank pages, stranded headings) and every field of resume.json found again' },
  jd: { args: '[options] <files...>', description: 'list the skills a job description asks for (lexicon terms and unknown candidates), by section' },
  analyze: { args: '[options]', description: 'score how well your finished work covers a keyword set (and a job description), with evidence and suggestions' },
  serve: { args: '[options]', description: 'serve the web app on 127.0.0.1 (build it first: npm run build)' },
  apply: { args: '[options] <posting>', description: 'make a tailored version for one job posting in applications/DATE-company-role/: the posting, resume.pdf, resume.docx, resume.txt, resume.json, coverage.json, report.md and application.json; running it again on the same posting updates that folder, and --status alone only edits application.json' },
  applications: { args: '[options]', description: 'list the applications made with roadfolio apply: date, company, role, status, score against the posting, top gaps' },
};
