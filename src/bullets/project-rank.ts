import type { ReadmeChecklist } from '../model/index.js';
import type { EvidenceFacts } from './evidence-facts.js';

/** How much an entry has to show, and the reasons a reader would give. */
export interface Substance {
  score: number;
  /** What it has ("results on a test split", "tests") and what it lacks ("no results"). */
  has: string[];
  lacks: string[];
}

export interface RankInput {
  facts: EvidenceFacts;
  bullets: number;
  checklist?: ReadmeChecklist;
  /** Keywords the posting (or the set) asks for that this entry evidences. */
  jobMatches: number;
  /** 0 (oldest) to 1 (newest) among the entries. */
  recency: number;
  stars: number;
  /** The README says these are a course's exercises. */
  exercises: boolean;
}

/**
 * Substance: what a hiring manager finds when they open the project. README sections that say
 * what was done, results, tests, a named data set, length, the README checklist, the posting's
 * keywords, recency; stars count for little. The weights are chosen so a tested or evaluated
 * project outranks a longer README without either.
 */
export function substanceOf(input: RankInput): Substance {
  const { statements, result, dataset } = input.facts;
  const has: string[] = [];
  const lacks: string[] = [];
  let score = 0;
  const sections = [statements.did, statements.results, statements.data, statements.tests, statements.why].filter((part) => part.length > 0).length;
  score += sections * 1.5;
  if (result) { score += result.context ? 4 : 3; has.push(result.context ? 'a result with its test split' : 'a result'); } else lacks.push('no result');
  if (statements.tests.length > 0) { score += 3; has.push('tests'); } else lacks.push('no tests');
  if (dataset?.name || dataset?.size) { score += 1.5; has.push('a named data set'); } else lacks.push('no data set named');
  score += Math.min(3, statements.words / 100);
  if (input.checklist) score += (input.checklist.score / 100) * 3;
  score += Math.min(3, input.bullets) * 0.5;
  // A posting's keywords weigh most: tailoring may swap in a more relevant real project.
  score += input.jobMatches * 5;
  if (input.jobMatches > 0) has.push(`${input.jobMatches} of the posting's keywords`);
  score += input.recency;
  score += Math.log10(1 + input.stars) * 0.5;
  if (input.exercises) { score -= 3; lacks.push('course exercises'); }
  return { score: Math.round(score * 10) / 10, has, lacks };
}
