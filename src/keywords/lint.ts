import type { LintIssue } from '../model/index.js';
import { compileMatcher, type MatcherSource } from './compile.js';
import { opensWithActionVerb } from './action-verbs.js';
import { findKeywords, type KeywordMatch } from './match.js';
import type { ResumeText } from './resume-text.js';

/** More uses than this of one keyword across a resume reads as stuffing to recruiters and to some ATS. */
export const STUFFING_LIMIT = 4;
/** The same keyword this often within one bullet is stuffing too. */
export const STUFFING_PER_BULLET = 3;

const NUMBER = /\d|\b(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|hundred|hundreds|thousand|thousands|million|millions|dozen|dozens|half|double|doubled|triple|tripled|twice|percent)\b/i;
// "I" only as a capital (a lone lower-case "i" is a list marker); "us" only in lower case ("US" is a country).
const FIRST_PERSON = /(?:^|[^\p{L}])(I|[Mm]e|[Mm]y|[Mm]ine|[Mm]yself|[Ww]e|[Oo]ur|[Oo]urs|us)(?=$|[^\p{L}'’])/u;

interface Place { text: string; inSkills: boolean; isBullet: boolean; matches: KeywordMatch[] }

function places(resume: ResumeText, source: MatcherSource): Place[] {
  const matcher = compileMatcher(source);
  return resume.sections.flatMap((section) => [
    ...section.lines.map((text) => ({ text, inSkills: section.kind === 'skills', isBullet: false, matches: findKeywords(text, matcher) })),
    ...section.bullets.map((text) => ({ text, inSkills: section.kind === 'skills', isBullet: true, matches: findKeywords(text, matcher) })),
  ]);
}

function acronymRules(all: KeywordMatch[]): LintIssue[] {
  const issues: LintIssue[] = [];
  const byTerm = new Map<string, KeywordMatch[]>();
  // Push into one array per term: copying it for every match made a 1 MB profile take 70 s.
  for (const match of all) {
    const list = byTerm.get(match.term);
    if (list) list.push(match);
    else byTerm.set(match.term, [match]);
  }
  for (const [term, matches] of byTerm) {
    const acronym = matches[0]!.keyword.acronym;
    if (!acronym) continue;
    const hasAcronym = matches.some((match) => match.form === 'acronym');
    const hasFull = matches.some((match) => match.form !== 'acronym');
    if (hasAcronym && !hasFull) {
      issues.push({ rule: 'acronym-without-full-form', term, message: `"${acronym}" never appears with its full form: write "${term} (${acronym})" once, since an ATS may search for either` });
    } else if (hasFull && !hasAcronym) {
      issues.push({ rule: 'full-form-without-acronym', term, message: `"${term}" never appears with its acronym: write "${term} (${acronym})" once, since an ATS may search for either` });
    }
  }
  return issues;
}

function stuffingRules(placesList: Place[], all: KeywordMatch[]): LintIssue[] {
  const issues: LintIssue[] = [];
  const counts = new Map<string, number>();
  for (const match of all) counts.set(match.term, (counts.get(match.term) ?? 0) + 1);
  for (const [term, count] of counts) {
    if (count > STUFFING_LIMIT) issues.push({ rule: 'stuffing', term, message: `"${term}" appears ${count} times; more than ${STUFFING_LIMIT} reads as keyword stuffing: keep the uses that show what you did with it` });
  }
  for (const place of placesList) {
    const perBullet = new Map<string, number>();
    for (const match of place.matches) perBullet.set(match.term, (perBullet.get(match.term) ?? 0) + 1);
    for (const [term, count] of perBullet) {
      if (count >= STUFFING_PER_BULLET && !place.inSkills) issues.push({ rule: 'stuffing', term, text: place.text, message: `"${term}" appears ${count} times in one line` });
    }
  }
  return issues;
}

/**
 * Resume lint, no LLM: the ATS tip to pair acronyms with full forms, keywords that sit only in
 * a skills list, stuffing, bullets without a number or an action verb, and first-person pronouns.
 * `source` is the keyword set (or lexicon) whose terms the keyword rules look at.
 */
export function lintResume(resume: ResumeText, source: MatcherSource): LintIssue[] {
  const placeList = places(resume, source);
  const all = placeList.flatMap((place) => place.matches);
  const issues: LintIssue[] = [...acronymRules(all)];

  const inSentences = new Set(placeList.filter((place) => !place.inSkills).flatMap((place) => place.matches.map((match) => match.term)));
  // The labelled "Currently learning" line names what is still being learned: no advice to show it in a bullet.
  const inSkills = new Set(placeList.filter((place) => place.inSkills && !/^currently learning\b/i.test(place.text)).flatMap((place) => place.matches.map((match) => match.term)));
  for (const term of inSkills) {
    if (!inSentences.has(term)) issues.push({ rule: 'only-in-skills', term, message: `"${term}" is only in your skills list: show it in a bullet that says what you did with it` });
  }
  issues.push(...stuffingRules(placeList, all));

  for (const place of placeList) {
    if (!place.isBullet) continue;
    if (!NUMBER.test(place.text)) issues.push({ rule: 'no-number', text: place.text, message: 'no number: quantify the result (how many, how much, how fast, what share)' });
    if (!opensWithActionVerb(place.text)) issues.push({ rule: 'no-action-verb', text: place.text, message: 'does not open with an action verb (Built, Led, Reduced…)' });
  }
  for (const place of placeList) {
    if (place.inSkills) continue;
    const pronoun = FIRST_PERSON.exec(place.text)?.[1];
    if (pronoun) issues.push({ rule: 'first-person', text: place.text, message: `first-person "${pronoun}": resumes drop pronouns ("Built…", not "I built…")` });
  }
  return issues;
}

/** Lint generated or hand-written bullets on their own (no summary or skills list around them). */
export function lintBullets(bullets: string[], source: MatcherSource): LintIssue[] {
  return lintResume({ sections: [{ heading: 'Experience', kind: 'experience', lines: [], bullets }] }, source);
}
