import type { ResumeEntry, ResumeLayout } from '../resume/resume-sections.js';

/** One change the posting made to the master resume, and the posting's skills behind it. */
export interface Reordering {
  heading: string;
  /** What moved: an entry's title, or a skills line. */
  what: string;
  change: 'moved up' | 'moved down' | 'added' | 'left out' | 'reordered';
  from?: number;
  to?: number;
  /** The posting's skills the entry names (why it moved up or came in). */
  because: string[];
}

const entryText = (entry: ResumeEntry) => [entry.title, entry.organisation ?? '', ...entry.paragraphs, ...entry.bullets].join('\n');

/**
 * What tailoring to the posting changed, section by section, comparing the resume built without
 * the posting (the master) with the one built for it: entries that moved or came in or went out,
 * bullets reordered inside an entry, skills lines reordered. `askedIn(text)` gives the posting's
 * skills a text names. Only order and selection can differ: no words are rewritten for a posting.
 */
export function reorderings(master: ResumeLayout, tailored: ResumeLayout, askedIn: (text: string) => string[]): Reordering[] {
  const changes: Reordering[] = [];
  for (const block of tailored.sections) {
    const before = master.sections.find((other) => other.key === block.key);
    const oldEntries = before?.entries ?? [];
    const titled = block.entries.filter((entry) => entry.title);
    const oldTitles = oldEntries.filter((entry) => entry.title).map((entry) => entry.title);
    titled.forEach((entry, to) => {
      const from = oldTitles.indexOf(entry.title);
      const because = askedIn(entryText(entry));
      if (from < 0) changes.push({ heading: block.heading, what: entry.title, change: 'added', to: to + 1, because });
      else if (from > to) changes.push({ heading: block.heading, what: entry.title, change: 'moved up', from: from + 1, to: to + 1, because });
      else if (from < to && because.length === 0) changes.push({ heading: block.heading, what: entry.title, change: 'moved down', from: from + 1, to: to + 1, because });
      const old = oldEntries.find((other) => other.title === entry.title);
      if (old && old.bullets.join('\n') !== entry.bullets.join('\n') && old.bullets.length > 0 && entry.bullets.length > 0 && old.bullets[0] !== entry.bullets[0]) {
        changes.push({ heading: block.heading, what: `${entry.title}: bullets`, change: 'reordered', because: askedIn(entry.bullets[0]!) });
      }
    });
    for (const old of oldEntries.filter((entry) => entry.title && !titled.some((other) => other.title === entry.title))) {
      changes.push({ heading: block.heading, what: old.title, change: 'left out', because: [] });
    }
    // Skills and other untitled lines: a line whose words are the same but in another order.
    const oldLines = oldEntries.filter((entry) => !entry.title).flatMap((entry) => entry.paragraphs);
    for (const line of block.entries.filter((entry) => !entry.title).flatMap((entry) => entry.paragraphs)) {
      const label = line.split(':')[0]!;
      const old = oldLines.find((other) => other.split(':')[0] === label);
      if (old !== undefined && old !== line) changes.push({ heading: block.heading, what: line, change: 'reordered', because: askedIn(line) });
    }
  }
  return changes;
}
