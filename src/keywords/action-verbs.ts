// Verbs that open a strong resume bullet (present or past tense both pass: "Lead"/"Led").
// Regular past tenses ("Automated", "Reduced") are recognised by their ending; this list holds
// the irregular ones and the present forms people also use.
export const ACTION_VERBS: ReadonlySet<string> = new Set([
  'led', 'lead', 'leads', 'built', 'build', 'builds', 'ran', 'run', 'runs', 'won', 'win', 'taught', 'teach', 'wrote', 'write', 'writes',
  'drove', 'drive', 'drives', 'made', 'make', 'grew', 'grow', 'cut', 'cuts', 'set', 'sets', 'spearheaded', 'found', 'held', 'oversaw',
  'oversee', 'brought', 'sold', 'shipped', 'ship', 'ships', 'took', 'gave', 'got', 'began', 'chose', 'drew', 'fought', 'kept', 'met', 'rebuilt', 'rewrote',
  'split', 'spun', 'sped', 'upheld', 'undertook', 'withdrew', 'design', 'designs', 'develop', 'develops', 'create', 'creates', 'deliver',
  'delivers', 'launch', 'launches', 'manage', 'manages', 'analyse', 'analyze', 'analyses', 'analyzes', 'implement', 'implements', 'deploy',
  'deploys', 'train', 'trains', 'mentor', 'mentors', 'coordinate', 'coordinates', 'improve', 'improves', 'reduce', 'reduces', 'increase',
  'increases', 'own', 'owns', 'automate', 'automates', 'present', 'presents', 'publish', 'publishes', 'review', 'reviews', 'supervise',
  'supervises', 'optimise', 'optimize', 'optimises', 'optimizes', 'validate', 'validates', 'maintain', 'maintains', 'migrate', 'migrates',
  'co-led', 'co-founded', 'co-authored', 'co-wrote', 'partner', 'partners', 'negotiate', 'negotiates', 'streamline', 'streamlines',
]);

// Openers that describe duties rather than results ("Responsible for…", "Helped with…").
export const WEAK_OPENERS: ReadonlySet<string> = new Set(['responsible', 'duties', 'helped', 'assisted', 'worked', 'participated', 'involved', 'tasked', 'various', 'handled']);

// Words ending in -ed that are not verbs opening a bullet.
const NOT_VERBS = new Set(['red', 'bed', 'med', 'shed', 'seed', 'need', 'speed', 'feed', 'advanced', 'experienced', 'detailed', 'skilled', 'dedicated', 'motivated', 'based', 'talented', 'seasoned']);

/** Whether a bullet's first word is an action verb (a listed one, or a regular past tense). */
export function opensWithActionVerb(bullet: string): boolean {
  const first = /^[^\p{L}]*([\p{L}-]+)/u.exec(bullet)?.[1]?.toLowerCase();
  if (!first) return false;
  if (WEAK_OPENERS.has(first)) return false;
  if (ACTION_VERBS.has(first)) return true;
  return first.length >= 5 && first.endsWith('ed') && !NOT_VERBS.has(first);
}
