import type { ReactElement, ReactNode } from 'react';
import { Document, Page, StyleSheet, Text, View } from '@react-pdf/renderer';
import { SafeLink } from './safe-link.js';
import type { ResumeTemplate } from '../model/index.js';
import { PAPER_POINTS } from '../resume/paper-size.js';
import type { ResumeEntry, ResumeLayout, TermGroup } from '../resume/resume-sections.js';
import { FONT_FAMILY } from './fonts.js';

/** A term's spaces become no-break spaces: "Machine Learning (ML)" never ends one line and starts the next. */
const unbroken = (text: string) => text.replace(/ /g, '\u00A0');

/**
 * textkit splits text into runs at every change of style or script and may break a line between
 * two runs inside one word, drawing a hyphen there ("Seaborn-" / "; Methods", "ψęé-δтń" where
 * Latin letters meet Greek). Its hyphenation penalty for those points, set to its infinity, makes
 * them no break at all; lines break at spaces only.
 */
const NEVER = 10_000;

/** Lines an entry may have (under its title) and still never split across pages. */
const SHORT_ENTRY_LINES = 6;
/** Lines of the first entry that travel with a section heading (and with an entry's title). */
const LINES_KEPT_WITH_HEAD = 2;
/** Noto Sans averages about half an em per character of running English text. */
const AVERAGE_CHAR_EM = 0.52;

function stylesFor(template: ResumeTemplate) {
  const { fontSize, spacing, accentColor, lineHeight } = template;
  // react-pdf resolves a unitless lineHeight against the style's own fontSize, and against 18 pt
  // when the size is only inherited: every style with a lineHeight names its fontSize.
  const body = { fontSize: fontSize.body, lineHeight };
  return StyleSheet.create({
    page: { fontFamily: FONT_FAMILY, fontSize: fontSize.body, padding: template.page.margin, color: '#1a1a1a' },
    name: { fontSize: fontSize.name, fontWeight: 700, color: accentColor, lineHeight: 1.2 },
    label: { fontSize: fontSize.label, lineHeight, marginTop: 2 },
    contactRow: { flexDirection: 'row', flexWrap: 'wrap', marginTop: 4 },
    contact: { flexDirection: 'row' },
    contacts: { fontSize: fontSize.small, lineHeight, color: '#333333' },
    separator: { marginHorizontal: 6, color: '#999999' },
    link: { color: accentColor, textDecoration: 'none' },
    heading: {
      fontSize: fontSize.heading, lineHeight: 1.3, fontWeight: 700, color: accentColor, letterSpacing: 0.3,
      borderBottomWidth: 0.75, borderBottomColor: accentColor, paddingBottom: 1.5, marginBottom: Math.max(2, spacing.entry - 2),
    },
    entryHead: { flexDirection: 'row' },
    titleBox: { flexGrow: 1, flexShrink: 1, flexBasis: 0, paddingRight: 8 },
    title: { ...body, fontWeight: 700 },
    dateBox: { width: dateColumnWidth(template), flexShrink: 0 },
    dates: { fontSize: fontSize.small, lineHeight: (lineHeight * fontSize.body) / fontSize.small, color: '#444444', textAlign: 'right' },
    // The gap under it lets a parser that sees no italics still tell it from the summary below.
    organisation: { ...body, fontStyle: 'italic', color: '#333333', marginBottom: 2.5 },
    linkLine: { fontSize: fontSize.small, lineHeight },
    paragraph: body,
    bold: { fontWeight: 600 },
    bullet: { flexDirection: 'row' },
    bulletMark: { ...body, width: 10, flexShrink: 0 },
    bulletText: { ...body, flexGrow: 1, flexShrink: 1, flexBasis: 0 },
  });
}

type Styles = ReturnType<typeof stylesFor>;

/** The date column every entry keeps free: "Sep 2019 – Present" in the small size, with room to spare. */
export function dateColumnWidth(template: ResumeTemplate): number {
  return Math.ceil(template.fontSize.small * 10.5);
}

function termRun(groups: TermGroup[], styles: Styles): ReactNode[] {
  // The "; " stays at the end of the terms' run: react-pdf breaks a line between two runs that
  // meet without a space and draws a hyphen there ("Seaborn-" / "; Methods").
  return groups.flatMap((group, index) => [
    ...(group.name ? [<Text hyphenationPenalty={NEVER} key={`n${index}`} style={styles.bold}>{unbroken(`${group.name}:`)}</Text>] : []),
    `${group.name ? ' ' : ''}${group.terms.map(unbroken).join(', ')}${index < groups.length - 1 ? '; ' : ''}`,
  ]);
}

/** One printed line unit of an entry's body: a paragraph, a group of terms or a bullet. */
interface BodyLine { element: ReactElement; chars: number; bullet: boolean }

function bodyLines(entry: ResumeEntry, styles: Styles, key: string): BodyLine[] {
  const paragraphs = entry.groups
    ? [{ element: <Text hyphenationPenalty={NEVER} key={`${key}g`} style={styles.paragraph}>{termRun(entry.groups, styles)}</Text>, chars: entry.paragraphs.join(' ').length, bullet: false }]
    : entry.paragraphs.map((paragraph, index) => ({ element: <Text hyphenationPenalty={NEVER} key={`${key}p${index}`} style={styles.paragraph}>{paragraph}</Text>, chars: paragraph.length, bullet: false }));
  const bullets = entry.bullets.map((bullet, index) => ({
    element: (
      <View key={`${key}b${index}`} style={styles.bullet}>
        <Text hyphenationPenalty={NEVER} style={styles.bulletMark}>•</Text>
        <Text hyphenationPenalty={NEVER} style={styles.bulletText}>{bullet}</Text>
      </View>
    ),
    chars: bullet.length,
    bullet: true,
  }));
  return [...paragraphs, ...bullets];
}

function EntryHead({ entry, styles }: { entry: ResumeEntry; styles: Styles }) {
  return (
    <>
      {entry.title || entry.dates ? (
        <View style={styles.entryHead}>
          <View style={styles.titleBox}><Text hyphenationPenalty={NEVER} style={styles.title}>{entry.title}</Text></View>
          {entry.dates ? <View style={styles.dateBox}><Text hyphenationPenalty={NEVER} style={styles.dates}>{entry.dates}</Text></View> : null}
        </View>
      ) : null}
      {entry.organisation ? <Text hyphenationPenalty={NEVER} style={styles.organisation}>{entry.organisation}</Text> : null}
      {entry.link ? <Text hyphenationPenalty={NEVER} style={styles.linkLine}><SafeLink src={entry.link.url} style={styles.link}>{entry.link.text}</SafeLink></Text> : null}
    </>
  );
}

/**
 * The resume as a flat row of unbreakable blocks, each a direct child of the page. react-pdf moves
 * a `wrap={false}` block that does not fit to the next page, but a `wrap={false}` view nested first
 * inside another view is squeezed onto the page instead (its lines drawn over each other past the
 * bottom margin: react-pdf issue #2904, the compact template's "Coursework" overprint). Flat, the
 * page-breaking rules are ours:
 * - a section heading travels with its first entry's head and first two lines;
 * - an entry with up to six lines under its title is one block (it never splits);
 * - a longer one splits only between its bullets, and its head keeps its first two lines.
 */
function pageBlocks(layout: ResumeLayout, template: ResumeTemplate, styles: Styles): ReactElement[] {
  const { spacing, fontSize, page } = template;
  const contentWidth = PAPER_POINTS[layout.page.size].width - 2 * page.margin;
  const estimatedLines = (chars: number, width: number) => Math.max(1, Math.ceil((chars * AVERAGE_CHAR_EM * fontSize.body) / width));
  const blocks: ReactElement[] = [];
  const push = (key: string, marginTop: number, children: ReactNode) => {
    blocks.push(<View key={key} wrap={false} style={{ marginTop }}>{children}</View>);
  };

  layout.sections.forEach((block, sectionIndex) => {
    const heading = <Text hyphenationPenalty={NEVER} style={styles.heading}>{block.heading}</Text>;
    // A section of untitled entries (summary, skills, coursework, languages) is one run of lines.
    const untitled = block.entries.every((item) => !item.title && !item.dates);
    const units = untitled
      ? [{ head: undefined, lines: block.entries.flatMap((item, index) => bodyLines(item, styles, `${sectionIndex}.${index}`)) }]
      : block.entries.map((item, index) => ({ head: item, lines: bodyLines(item, styles, `${sectionIndex}.${index}`) }));
    const keptOf = (unit: (typeof units)[number]) => {
      const lineCount = unit.lines.reduce((sum, line) => sum + estimatedLines(line.chars, line.bullet ? contentWidth - 10 : contentWidth), 0);
      return !untitled && lineCount <= SHORT_ENTRY_LINES ? unit.lines.length : LINES_KEPT_WITH_HEAD;
    };
    const unitHead = (unit: (typeof units)[number], keptLines: number) => (
      <>
        {unit.head ? <EntryHead entry={unit.head} styles={styles} /> : null}
        {unit.lines.slice(0, keptLines).map((line, index) => (
          <View key={index} style={{ marginTop: index === 0 ? (unit.head ? spacing.bullet : 0) : spacing.bullet }}>{line.element}</View>
        ))}
      </>
    );
    // A first entry with nothing under its title (a project without bullets) is one line: the
    // heading then travels with the next entry's head and first lines too, never with one line only.
    const joinSecond = !untitled && units.length > 1 && units[0]!.lines.length === 0;
    units.forEach((unit, unitIndex) => {
      if (joinSecond && unitIndex === 1) return;
      const key = `${sectionIndex}.${unitIndex}`;
      const top = unitIndex === 0 ? spacing.section : spacing.entry;
      const keptLines = keptOf(unit);
      const second = joinSecond && unitIndex === 0 ? units[1]! : undefined;
      const secondKept = second ? keptOf(second) : 0;
      push(key, top, (
        <>
          {unitIndex === 0 ? heading : null}
          {unitHead(unit, keptLines)}
          {second ? <View style={{ marginTop: spacing.entry }}>{unitHead(second, secondKept)}</View> : null}
        </>
      ));
      unit.lines.slice(keptLines).forEach((line, index) => push(`${key}.${index}`, spacing.bullet, line.element));
      second?.lines.slice(secondKept).forEach((line, index) => push(`${sectionIndex}.1.${index}`, spacing.bullet, line.element));
    });
  });
  return blocks;
}

/** resume.pdf: one column, real text, standard headings, clickable links. */
export function ResumeDocument({ layout, template, title, date }: { layout: ResumeLayout; template: ResumeTemplate; title: string; date?: Date }) {
  const styles = stylesFor(template);
  // A given date (an application's) makes the file reproducible: the PDF's id is derived from it.
  return (
    <Document title={title} author={layout.name} subject="Resume" creator="Roadfolio" producer="Roadfolio" {...(date ? { creationDate: date } : {})}>
      <Page size={layout.page.size} style={styles.page}>
        <View wrap={false}>
          <Text hyphenationPenalty={NEVER} style={styles.name}>{layout.name}</Text>
          {layout.label ? <Text hyphenationPenalty={NEVER} style={styles.label}>{layout.label}</Text> : null}
          {/* Each contact is its own unbreakable run with its "|" after it, wrapped as whole items:
              textkit breaks a line between two runs that meet without a space by drawing a hyphen. */}
          {layout.contacts.length > 0 ? (
            <View style={styles.contactRow}>
              {layout.contacts.map((contact, index) => (
                <View key={index} style={styles.contact}>
                  <Text hyphenationPenalty={NEVER} style={styles.contacts}>
                    {contact.url ? <SafeLink src={contact.url} style={styles.link}>{unbroken(contact.text)}</SafeLink> : unbroken(contact.text)}
                  </Text>
                  {index < layout.contacts.length - 1 ? <Text hyphenationPenalty={NEVER} style={[styles.contacts, styles.separator]}>|</Text> : null}
                </View>
              ))}
            </View>
          ) : null}
        </View>
        {pageBlocks(layout, template, styles)}
      </Page>
    </Document>
  );
}
