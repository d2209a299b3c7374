import { jobTitleOf } from '../keywords/jd-facts.js';
import { extractJobKeywords } from '../keywords/jd.js';
import type { MatcherSource } from '../keywords/compile.js';

const LABELLED_COMPANY = /^\s*(?:\*\*)?(?:company|employer|organi[sz]ation|hiring (?:company|organi[sz]ation))(?:\*\*)?\s*[:：]\s*(?:\*\*)?(.+?)(?:\*\*)?\s*$/i;
const LABELLED_TITLE = /^\s*(?:\*\*)?(?:job title|position|role|title|job)(?:\*\*)?\s*[:：]/i;
// "Corvid Bio is a clinical-stage biotech", "At Halcyon Health, we", "Join Northwind Therapeutics".
const NAME = String.raw`((?:\p{Lu}[\p{L}\p{N}&'’.-]*|&)(?:\s+(?:\p{Lu}[\p{L}\p{N}&'’.-]*|&|of|and|for|the)){0,4})`;
const NAME_IS = new RegExp(String.raw`^${NAME}\s+(?:is|are)\s+(?:a|an|the|one|building|hiring)\b`, 'u');
const AT_NAME = new RegExp(String.raw`^(?:At|Join|About)\s+${NAME}(?:[,!:.]|\s+(?:we|is|are)\b|\s*$)`, 'u');
const NOT_A_NAME = /^(?:we|our|you|the role|this role|the team|the company|us|about us|job|position|role|team|location|remote|salary|benefits|responsibilities|requirements)$/i;

const plain = (line: string) => line.replace(/^\s*#{1,6}\s*/, '').replace(/\*\*|__|`/g, '').trim();

/** A company name as written, without a location or work mode after it. */
function cleanName(name: string): string | undefined {
  const cleaned = name
    .replace(/\s*\((?:[^)]*)\)\s*$/, '')
    .split(/\s+[|·•–—]\s+|\s+-\s+|,\s+(?=(?:remote|hybrid|on-?site|london|new york|uk|us|usa|europe)\b)/i)[0]!
    .replace(/[.,;:!]+$/, '')
    .trim();
  if (!cleaned || cleaned.length > 60 || NOT_A_NAME.test(cleaned)) return undefined;
  return cleaned;
}

/**
 * The company on a title line: after " at " ("Analyst at Acme"), else the first part after a
 * bar ("Scientist – Clinical AI | Northwind Health | Boston": a dash often names the team), else
 * the last part after a dash ("Senior Scientist – Corvid Bio (Remote)").
 */
function companyOnTitleLine(line: string): string | undefined {
  const at = /\s+at\s+(\p{Lu}.*)$/u.exec(line);
  if (at) return at[1];
  const bars = line.split(/\s+[|·]\s+/);
  if (bars.length > 1) return bars[1];
  const dashes = line.split(/\s+[–—]\s+|\s+-\s+/);
  return dashes.length > 1 ? dashes[dashes.length - 1] : undefined;
}

const NAME_ONLY = new RegExp(String.raw`^${NAME}$`, 'u');

/**
 * The company on the line under the title, as job boards lay it out: "Aldergrove NHS Trust ·
 * Leeds (On-site)", "Pinecrest Health | Nashville, TN", "Redwood Health AI, San Francisco, CA".
 * Only a line with such a separator, whose first part is a capitalised name: "About the team"
 * or a sentence is not taken.
 */
function companyUnderTitle(line: string | undefined): string | undefined {
  if (line === undefined || line.includes(':') || /[.!?]$/.test(line)) return undefined;
  const parts = line.split(/\s+[|·•–—]\s+|\s+-\s+|,\s+/);
  if (parts.length < 2) return undefined;
  const first = parts[0]!.trim();
  return NAME_ONLY.test(first) && first.split(/\s+/).length <= 6 ? cleanName(first) : undefined;
}

/**
 * The hiring company, read from the posting: a "Company:" line; the part after the role on a
 * title line ("Senior Scientist – Corvid Bio (Remote)"); the line under the title ("Halden
 * Therapeutics · Cambridge, MA"); a bold name near the top
 * ("**Halcyon Health** · London"); or a sentence opening with it ("Corvid Bio is a biotech",
 * "At Acme, we"). Undefined when none of these is there: the user passes --company.
 */
export function companyOf(text: string): string | undefined {
  const lines = text.split('\n');
  for (const line of lines.slice(0, 60)) {
    const labelled = LABELLED_COMPANY.exec(line);
    if (labelled) return cleanName(labelled[1]!);
  }
  const head = lines.slice(0, 8).map(plain).filter((line) => line !== '');
  const titleLine = head.find((line) => !LABELLED_TITLE.test(line));
  if (titleLine && titleLine.split(/\s+/).length <= 12 && !/[.!?]$/.test(titleLine)) {
    const name = cleanName(companyOnTitleLine(titleLine) ?? '');
    if (name) return name;
  }
  const nextLine = titleLine === undefined ? undefined : companyUnderTitle(head[head.indexOf(titleLine) + 1]);
  if (nextLine) return nextLine;
  for (const line of lines.slice(0, 8)) {
    const bold = /^\s*\*\*([^*]+)\*\*/.exec(line);
    if (bold && plain(line) !== titleLine) {
      const name = cleanName(bold[1]!);
      if (name) return name;
    }
  }
  for (const line of lines.slice(0, 80)) {
    const sentence = plain(line);
    const match = AT_NAME.exec(sentence) ?? NAME_IS.exec(sentence);
    const name = match ? cleanName(match[1]!) : undefined;
    if (name) return name;
  }
  return undefined;
}

/** The role the posting advertises (its "Job title:" line or its title line). */
export function roleOf(text: string): string | undefined {
  // "(Remote, Europe)" after a title is where, not what: "(Payments Risk)" stays.
  const title = jobTitleOf(text)?.replace(/\s*\([^)]*\b(?:remote|hybrid|on-?site|office|full[- ]time|part[- ]time|contract|europe|uk|us)\b[^)]*\)\s*$/i, '').trim();
  return title || undefined;
}

export interface PostingCheck {
  words: number;
  /** Known skills the posting names. */
  skills: string[];
  /** Why this text is not a job posting, or undefined when it reads like one. */
  problem?: string;
}

/** Fewer words than a posting's shortest useful form: a title, a line or two, a list of skills. */
export const MIN_POSTING_WORDS = 30;

/**
 * Whether a text reads like a job posting: at least ~30 words, and at least one skill the
 * lexicon knows. A file name, a URL, a cover letter line or a copied menu is none.
 */
export function checkPosting(text: string, lexicon: MatcherSource): PostingCheck {
  const words = text.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word)).length;
  const skills = text.trim() === '' ? [] : extractJobKeywords(text, lexicon, { unknown: false }).keywords.filter((keyword) => keyword.known).map((keyword) => keyword.term);
  let problem: string | undefined;
  if (words === 0) problem = 'is empty';
  else if (words < MIN_POSTING_WORDS || skills.length === 0) {
    problem = `does not read like a job posting (${words} ${words === 1 ? 'word' : 'words'}, ${skills.length === 0 ? 'no skills found' : `skills: ${skills.slice(0, 3).join(', ')}`}); pass the posting's full text`;
  }
  return { words, skills, ...(problem ? { problem } : {}) };
}
