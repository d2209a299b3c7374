import type { ResumeLayout } from '../resume/resume-sections.js';

/**
 * resume.txt, for pasting into an application form: the PDF's sections in the PDF's order, a
 * blank line before each heading, an entry's title on its own line and its dates, place and link
 * on the next (" | " between them, in the PDF's order), bullets as "- ". No tabs, columns, rules
 * or bullet glyphs: a form's text box keeps nothing else, and reflows long lines itself.
 */
export function resumePlainText(layout: ResumeLayout): string {
  const lines: string[] = [];
  if (layout.name) lines.push(layout.name);
  if (layout.label) lines.push(layout.label);
  if (layout.contacts.length > 0) lines.push(layout.contacts.map((contact) => contact.text).join(' | '));
  for (const block of layout.sections) {
    lines.push('', block.heading);
    block.entries.forEach((entry, index) => {
      // A blank line between jobs or projects; skill rows and coursework lines stay together.
      if (index > 0 && entry.title) lines.push('');
      if (entry.title) lines.push(entry.title);
      const details = [entry.dates, entry.organisation, entry.link?.text].filter(Boolean);
      if (details.length > 0) lines.push(details.join(' | '));
      lines.push(...entry.paragraphs, ...entry.bullets.map((bullet) => `- ${bullet}`));
    });
  }
  while (lines[0] === '') lines.shift();
  return `${lines.join('\n')}\n`;
}
