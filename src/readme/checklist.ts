import type { ReadmeCheck, ReadmeCheckId, ReadmeChecklist } from '../model/index.js';
import type { ReadmeFacts } from './readme-facts.js';
import { readmeFacts } from './reading.js';

/** What the checklist may know about the repo besides its README (from the GitHub snapshot). */
export interface RepoContext {
  /** SPDX id of the repo's LICENSE file, as GitHub detected it. */
  license?: string | null;
}

interface CheckRule {
  id: ReadmeCheckId;
  label: string;
  /** null: the check does not apply to this README. Otherwise, what was found, or '' for nothing. */
  find(facts: ReadmeFacts, context: RepoContext): string | null;
  /** What to add when nothing was found: concrete, so the user can do it in five minutes. */
  advice: string;
}

const sectionNamed = (facts: ReadmeFacts, pattern: RegExp): string | undefined =>
  facts.headings.find((heading) => pattern.test(heading.text.toLowerCase()))?.text;

const codeMatching = (facts: ReadmeFacts, pattern: RegExp): string | undefined =>
  facts.codeBlocks.map((block) => block.value.split('\n').find((line) => pattern.test(line))).find((line) => line !== undefined)?.trim();

const proseMatch = (facts: ReadmeFacts, pattern: RegExp): string | undefined => pattern.exec(facts.prose)?.[0];

// Words that mean the project touches patient or clinical data (not just medical vocabulary:
// a dosing exercise in a Python course needs no ethics note).
const MEDICAL = /\b(patients?|ehr|emr|electronic health records?|health records?|diagnos\w*|mimic(-iv|-iii)?|physionet|dicom|x-rays?|mri|ct scans?|ecg|ekg|eeg|disease|diabetes|sepsis|cancer|tumou?rs?|radiology|icu|readmissions?|comorbidit\w*|medical (images?|imaging|records?|data)|clinical (data|notes|records|trials?))\b/;
const DATASET_HOST = /kaggle\.com\/(datasets|c\/|competitions)|physionet\.org\/content|archive\.ics\.uci\.edu|catalog\.data\.gov|zenodo\.org\/record|huggingface\.co\/datasets|openneuro\.org|cancerimagingarchive\.net|grand-challenge\.org/i;
const NAMED_DATASET = /\b(mimic(-iv|-iii)?|eicu|chexpert|chestx-ray\d*|brats|isic|tcga|synthea|nhanes|seer|ptb-xl|mit-bih|mednist|medical segmentation decathlon)\b/;
const HOSTED_DATASET = /\b(dataset|data set|database)\b[^.\n]{0,60}\b(kaggle|physionet|uci)\b|\b(kaggle|physionet|uci)\b[^.\n]{0,60}\b(dataset|data set|database)\b/;
const METRIC = /\b(accuracy|auc|auroc|roc|f1|sensitivity|specificity|precision|recall|rmse|mae|r2|r²|c-statistic|c-index|kappa|dice|iou|ppv|npv|brier)\b[^.\n]{0,40}?\d|\d[\d.,]*\s?%[^.\n]{0,40}\b(accuracy|auc|sensitivity|specificity|precision|recall|of (patients|cases|rows|records))\b/;

const RULES: CheckRule[] = [
  {
    id: 'title',
    label: 'Title and one-line description',
    find: (facts) => (facts.startsWithHeading && facts.descriptionWords >= 5 ? `"${facts.headings[0]?.text ?? ''}" with a description under it` : ''),
    advice: 'Start with a `# Project name` heading and one sentence under it saying what the project does, with which data, for whom',
  },
  {
    id: 'setup',
    label: 'Setup / install instructions',
    find: (facts) => {
      const heading = sectionNamed(facts, /\b(install\w*|setup|set up|getting started|requirements|prerequisites|environment|dependencies)\b/);
      if (heading) return `section "${heading}"`;
      const line = codeMatching(facts, /\b(pip3? install|conda (env )?(create|install)|npm (install|ci)|git clone|docker (build|pull|compose)|poetry install|uv (sync|pip)|install\.packages|renv::restore|mamba (create|install))\b/);
      return line ? `install command \`${line}\`` : '';
    },
    advice: 'Add an "Installation" section with the commands that get it running (e.g. `git clone …` and `pip install -r requirements.txt`)',
  },
  {
    id: 'usage',
    label: 'Usage example',
    find: (facts) => {
      const heading = sectionNamed(facts, /\b(usage|examples?|quick ?start|how to (run|use)|running|run it|demo|tutorial)\b/);
      if (heading) return `section "${heading}"`;
      const line = codeMatching(facts, /\b(python3? -m \S+|python3? \S+\.py|jupyter (notebook|lab)|streamlit run|flask run|uvicorn|rscript|docker run|npm (start|run)|make \w+)\b|^\s*>>>|^\s*\$ \S/);
      return line ? `example command \`${line}\`` : '';
    },
    advice: 'Add a "Usage" section: the command or notebook to run and what it produces, so a reader can try it in a minute',
  },
  {
    id: 'figures',
    label: 'Screenshots or figures',
    find: (facts) => (facts.figures.length > 0 ? `${facts.figures.length} image${facts.figures.length > 1 ? 's' : ''} (${facts.figures[0]})` : ''),
    advice: 'Add a screenshot or a figure (a plot of the results, the app in use) so a reader sees the outcome without running anything',
  },
  {
    id: 'tests',
    label: 'Tests or CI badge',
    find: (facts) => {
      const ci = facts.badges.find((url) => /workflows|actions|travis|circleci|codecov|coveralls|build|tests?\b/i.test(url));
      if (ci) return `CI badge (${ci})`;
      const heading = sectionNamed(facts, /\b(tests?|testing|continuous integration)\b/);
      if (heading) return `section "${heading}"`;
      const line = codeMatching(facts, /\b(pytest|python3? -m (unittest|pytest)|npm (run )?test|tox|nox|testthat|devtools::test)\b/);
      if (line) return `test command \`${line}\``;
      const mention = proseMatch(facts, /\b(pytest|unit tests?|unittest|testthat)\b/);
      return mention ? `mentions ${mention}` : '';
    },
    advice: 'Add tests and say how to run them (e.g. a "Tests" section with `pytest`), or a GitHub Actions badge that shows they pass',
  },
  {
    id: 'license',
    label: 'License',
    find: (facts, context) => {
      if (context.license && context.license !== 'NOASSERTION') return `${context.license} license file`;
      const heading = sectionNamed(facts, /\blicen[cs]e\b/);
      return heading ? `section "${heading}"` : '';
    },
    advice: 'Add a LICENSE file (GitHub offers MIT and others under "Add file") and a "License" line, so others know they may reuse the code',
  },
  {
    id: 'results',
    label: 'Results with numbers',
    find: (facts) => {
      const section = facts.sections.find((entry) => /\b(results?|findings|performance|evaluation|outcomes?|metrics)\b/.test(entry.heading) && /\d/.test(entry.text));
      if (section) return `section "${section.heading}" with figures`;
      const metric = METRIC.exec(facts.prose)?.[0];
      return metric ? `"${metric.trim()}"` : '';
    },
    advice: 'Report what came out, with numbers and the data they were measured on (e.g. "AUC 0.81 on a held-out 20% test split"), not only what was built',
  },
  {
    id: 'data-source',
    label: 'Data source',
    find: (facts) => {
      const heading = facts.headings.find((entry) => /\b(data|datasets?|data sources?)\b/i.test(entry.text) && !/ethic|privacy|cleaning|protection/i.test(entry.text))?.text;
      if (heading) return `section "${heading}"`;
      const url = facts.linkUrls.find((link) => DATASET_HOST.test(link));
      if (url) return `a link to the data (${url})`;
      const named = proseMatch(facts, NAMED_DATASET);
      if (named) return `the dataset named: ${named}`;
      const hosted = proseMatch(facts, HOSTED_DATASET);
      return hosted ? `"${hosted}"` : '';
    },
    advice: 'Name the dataset and link to where it comes from (e.g. Kaggle, PhysioNet, UCI), with its licence or access terms',
  },
  {
    id: 'ethics',
    label: 'Ethics / de-identification note (medical data)',
    find: (facts) => {
      if (!MEDICAL.test(facts.prose)) return null;
      const heading = sectionNamed(facts, /\b(ethics?|ethical|privacy|de-?identif\w*|data (use|governance|protection)|disclaimer|responsible)\b/);
      if (heading) return `section "${heading}"`;
      const mention = proseMatch(facts, /\b(de-?identified|de-?identification|anonymi[sz]ed|anonymi[sz]ation|pseudonymi[sz]ed|phi|hipaa|gdpr|irb|ethics|ethical|informed consent|synthetic (data|patients)|no (real )?patient data|data use agreement|credentialed access)\b/);
      return mention ? `mentions "${mention}"` : '';
    },
    advice: 'This project uses medical data: add a short note on de-identification and ethics (is the data de-identified or synthetic, under which licence or data use agreement, no PHI in the repo, not for clinical use)',
  },
];

/**
 * A README quality checklist: each check named, passed or failed with a reason the user can act
 * on (the portfolio tips recruiters give: clear README, setup, screenshots, tests, results).
 * Score = checks passed / checks that apply. `null` means the repo has no README at all.
 */
export function readmeChecklist(markdown: string | null, context: RepoContext = {}): ReadmeChecklist {
  const facts = readmeFacts(markdown ?? '');
  const noReadme = markdown === null || markdown.trim() === '';
  const checks: ReadmeCheck[] = RULES.map((rule) => {
    const found = rule.find(facts, context);
    if (found === null) {
      return { id: rule.id, label: rule.label, status: 'not-applicable', reason: 'No patient or clinical data mentioned' };
    }
    if (found !== '') return { id: rule.id, label: rule.label, status: 'pass', reason: `Found ${found}` };
    const prefix = noReadme && rule.id === 'title' ? (markdown === null ? 'No README: ' : 'The README is empty: ') : '';
    return { id: rule.id, label: rule.label, status: 'fail', reason: `${prefix}${rule.advice}` };
  });
  const applicable = checks.filter((check) => check.status !== 'not-applicable').length;
  const passed = checks.filter((check) => check.status === 'pass').length;
  return { checks, passed, applicable, score: applicable === 0 ? 0 : Math.round((passed / applicable) * 100) };
}
