// Verbs a README uses to say what its author did ("Fits a logistic regression", "Finding and
// imputing ...", "I trained ...", "Every formula is checked ..."), with their past tense, so a
// statement can become a past-tense resume bullet without a language model. A verb not listed
// here is not guessed at: the statement is then not turned into a bullet.

/** Base form → past tense, for the verbs people use about data work. Regular ones are listed too, so spelling is never guessed. */
const PAST: Record<string, string> = {
  add: 'added', aggregate: 'aggregated', analyse: 'analysed', analyze: 'analyzed', annotate: 'annotated', answer: 'answered',
  apply: 'applied', assess: 'assessed', audit: 'audited', automate: 'automated', benchmark: 'benchmarked', build: 'built',
  calculate: 'calculated', chart: 'charted', check: 'checked', classify: 'classified', clean: 'cleaned', cluster: 'clustered',
  collect: 'collected', combine: 'combined', compare: 'compared', compile: 'compiled', compute: 'computed', convert: 'converted',
  count: 'counted', cover: 'covered', create: 'created', deploy: 'deployed', describe: 'described', design: 'designed',
  detect: 'detected', develop: 'developed', document: 'documented', download: 'downloaded', encode: 'encoded', estimate: 'estimated',
  evaluate: 'evaluated', examine: 'examined', explain: 'explained', explore: 'explored', export: 'exported', extract: 'extracted',
  find: 'found', fit: 'fitted', flag: 'flagged', forecast: 'forecast', generate: 'generated', group: 'grouped', identify: 'identified',
  implement: 'implemented', import: 'imported', impute: 'imputed', investigate: 'investigated', join: 'joined', label: 'labelled',
  link: 'linked', load: 'loaded', make: 'made', map: 'mapped', match: 'matched', measure: 'measured', merge: 'merged',
  model: 'modelled', monitor: 'monitored', normalise: 'normalised', normalize: 'normalized', parse: 'parsed', plot: 'plotted',
  predict: 'predicted', prepare: 'prepared', preprocess: 'preprocessed', process: 'processed', produce: 'produced', query: 'queried',
  quantify: 'quantified', rank: 'ranked', read: 'read', recode: 'recoded', recompute: 'recomputed', reconcile: 'reconciled',
  reduce: 'reduced', replicate: 'replicated', report: 'reported', reproduce: 'reproduced', resample: 'resampled', review: 'reviewed',
  run: 'ran', sample: 'sampled', save: 'saved', schedule: 'scheduled', score: 'scored', scrape: 'scraped', screen: 'screened',
  segment: 'segmented', serve: 'served', show: 'showed', simulate: 'simulated', solve: 'solved', sort: 'sorted', split: 'split',
  standardise: 'standardised', standardize: 'standardized', stratify: 'stratified', study: 'studied', summarise: 'summarised',
  summarize: 'summarized', survey: 'surveyed', teach: 'taught', test: 'tested', track: 'tracked', train: 'trained',
  transform: 'transformed', translate: 'translated', tune: 'tuned', use: 'used', validate: 'validated', visualise: 'visualised',
  visualize: 'visualized', write: 'wrote', wrangle: 'wrangled',
};

const PAST_FORMS = new Map(Object.entries(PAST).map(([base, past]) => [past, base]));

/** Third person singular of a base form: fits, computes, queries, matches. */
function thirdPerson(base: string): string {
  if (/[^aeiou]y$/.test(base)) return `${base.slice(0, -1)}ies`;
  if (/(s|sh|ch|x|z)$/.test(base)) return `${base}es`;
  return `${base}s`;
}

/** Gerund of a base form: fitting, computing, running, querying. */
function gerund(base: string): string {
  if (/ie$/.test(base)) return `${base.slice(0, -2)}ying`;
  if (/[^aeiou]e$/.test(base) && base !== 'be') return `${base.slice(0, -1)}ing`;
  // Doubled final consonant where the past tense doubles it too (fit → fitted → fitting, plot → plotted).
  const past = PAST[base] ?? '';
  const last = base[base.length - 1] ?? '';
  if (past === `${base}${last}ed`) return `${base}${last}ing`;
  if (base === 'run') return 'running';
  return `${base}ing`;
}

const BY_FORM = new Map<string, string>();
for (const base of Object.keys(PAST)) {
  for (const form of [base, thirdPerson(base), gerund(base), PAST[base] ?? '']) if (!BY_FORM.has(form)) BY_FORM.set(form, base);
}

export type VerbForm = 'base' | 'third' | 'gerund' | 'past';

/** The base verb a word is a form of ("Fits" → fit, "imputing" → impute), and which form it is. */
export function verbOf(word: string): { base: string; form: VerbForm } | undefined {
  const lower = word.toLowerCase();
  const base = BY_FORM.get(lower);
  if (!base) return undefined;
  const form: VerbForm = lower === base ? 'base' : lower === thirdPerson(base) ? 'third' : lower === gerund(base) ? 'gerund' : 'past';
  return { base, form };
}

/** Past tense of a known verb, capitalised like the word given. */
export function pastTense(word: string): string | undefined {
  const known = verbOf(word);
  if (!known) return undefined;
  const past = PAST[known.base] ?? '';
  return /^[A-Z]/.test(word) ? past[0]!.toUpperCase() + past.slice(1) : past;
}

/** "Checked", "checked", "fitted": a past participle we know. */
export function isPastParticiple(word: string): boolean {
  return PAST_FORMS.has(word.toLowerCase());
}

export function capitalise(word: string): string {
  return word ? word[0]!.toUpperCase() + word.slice(1) : word;
}
