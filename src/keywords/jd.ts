import type { JobKeyword, JobKeywords, JobSection, KeywordSet } from '../model/index.js';
import { unknownCandidates } from './candidates.js';
import { compileMatcher, knownFormsOf, type MatcherSource } from './compile.js';
import { degreesAsked, jobTitleOf } from './jd-facts.js';
import { readSections, strongerSection } from './jd-sections.js';
import { tierLookup } from './tiers.js';
import { findKeywordsInStream, type KeywordMatch } from './match.js';
import { tokenizeText } from './tokens.js';
import { insideOrganisationName } from './organisation-names.js';

export interface JobExtractionOptions {
  /** Tag each skill with its tier in this set. */
  keywordSet?: KeywordSet;
  /** Add unknown candidates (default true); matching alone is what the speed budget of 0.2 ms covers. */
  unknown?: boolean;
  /** How many unknown candidates to keep (default 15). */
  unknownLimit?: number;
}

/** A job description's skills plus what analyze needs to check against it. */
export interface JobAnalysis extends JobKeywords {
  /** Every known match, with offsets (for highlighting the posting). */
  matches: KeywordMatch[];
}

const tierLookups = new WeakMap<KeywordSet, ReturnType<typeof tierLookup>>();

function tierOf(set: KeywordSet | undefined): ReturnType<typeof tierLookup> {
  if (!set) return () => undefined;
  let lookup = tierLookups.get(set);
  if (!lookup) { lookup = tierLookup(set); tierLookups.set(set, lookup); }
  return lookup;
}

/**
 * The skills a job description asks for: every lexicon term found (count, section, tier in the
 * active set, the posting's own words), then unknown candidates ranked by TF-IDF (`known: false`),
 * plus the job title and degrees the posting names. Pass the lexicon compiled once
 * (`compileMatcher`) or as data (compiled and cached on first use).
 */
export function extractJobKeywords(text: string, lexicon: MatcherSource, options: JobExtractionOptions = {}): JobAnalysis {
  const matcher = compileMatcher(lexicon);
  const stream = tokenizeText(text);
  const matches = findKeywordsInStream(stream, matcher);
  const sections = readSections(text);
  const tier = tierOf(options.keywordSet);

  const byTerm = new Map<string, JobKeyword>();
  const asked = matches.filter((match) => !sections.excludedAt(match.start) && !insideOrganisationName(stream, match));
  for (const match of asked) {
    const section: JobSection = sections.sectionAt(match.start);
    const entry = byTerm.get(match.term);
    if (entry) {
      entry.count++;
      entry.section = strongerSection(entry.section, section);
      continue;
    }
    const keywordTier = match.keyword.tier ?? tier(match.keyword);
    byTerm.set(match.term, {
      term: match.term,
      count: 1,
      known: true,
      section,
      ...(keywordTier ? { tier: keywordTier } : {}),
      category: match.keyword.category,
      ...(match.keyword.parent ? { parent: match.keyword.parent } : {}),
      written: match.matched,
    });
  }
  const keywords = [...byTerm.values()];

  if (options.unknown !== false) {
    const taken = new Uint8Array(stream.raw.length);
    for (const match of matches) for (let k = match.firstToken; k <= match.lastToken; k++) taken[k] = 1;
    // Heading words ("WHAT WE NEED:", "BONUS POINTS") are not skills.
    let token = 0;
    for (const [from, to] of sections.headingRanges) {
      while (token < stream.raw.length && stream.start[token]! < from) token++;
      for (; token < stream.raw.length && stream.start[token]! < to; token++) taken[token] = 1;
    }
    const forms = knownFormsOf(matcher);
    for (const candidate of unknownCandidates(stream, taken, options.unknownLimit)) {
      if (sections.excludedAt(candidate.firstOffset)) continue;
      // A known skill in another case ("EXCEL" beside "Excel") is that skill, never an unknown one.
      const known = forms.get(candidate.key);
      if (known) {
        const entry = byTerm.get(known.term);
        if (entry) {
          entry.count += candidate.count;
          entry.section = strongerSection(entry.section, sections.sectionAt(candidate.firstOffset));
        } else if (/^\p{Lu}{3,}$/u.test(candidate.written)) {
          const keywordTier = known.tier ?? tier(known);
          const added: JobKeyword = { term: known.term, count: candidate.count, known: true, section: sections.sectionAt(candidate.firstOffset), ...(keywordTier ? { tier: keywordTier } : {}), category: known.category, written: candidate.written };
          byTerm.set(known.term, added);
          keywords.push(added);
        }
        continue;
      }
      keywords.push({
        term: candidate.written,
        count: candidate.count,
        known: false,
        section: sections.sectionAt(candidate.firstOffset),
        written: candidate.written,
        score: Math.round(candidate.score * 100) / 100,
      });
    }
  }

  const title = jobTitleOf(text);
  const degrees = degreesAsked(text, sections);
  return { ...(title ? { title } : {}), keywords, ...(degrees.length ? { degrees } : {}), matches: asked };
}
