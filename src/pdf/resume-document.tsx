import { Document, Link, Page, StyleSheet, Text, View } from '@react-pdf/renderer';
import type { ResumeTemplate } from '../model/index.js';
import type { ResumeEntry, ResumeLayout } from '../resume/resume-sections.js';
import { FONT_FAMILY } from './fonts.js';

function stylesFor(template: ResumeTemplate) {
  const { fontSize, spacing, accentColor, lineHeight } = template;
  return StyleSheet.create({
    page: { fontFamily: FONT_FAMILY, fontSize: fontSize.body, lineHeight, padding: template.page.margin, color: '#1a1a1a' },
    name: { fontSize: fontSize.name, fontWeight: 700, color: accentColor, lineHeight: 1.15 },
    label: { fontSize: fontSize.label, marginTop: 2 },
    contacts: { flexDirection: 'row', flexWrap: 'wrap', fontSize: fontSize.small, marginTop: 4, color: '#333333' },
    contact: { marginRight: 10 },
    link: { color: accentColor, textDecoration: 'none' },
    section: { marginTop: spacing.section },
    heading: {
      fontSize: fontSize.heading, fontWeight: 700, color: accentColor, letterSpacing: 0.3,
      borderBottomWidth: 0.75, borderBottomColor: accentColor, paddingBottom: 1.5, marginBottom: spacing.entry - 2,
    },
    entry: { marginBottom: spacing.entry },
    entryHead: { flexDirection: 'row', justifyContent: 'space-between' },
    title: { fontWeight: 700, flexShrink: 1, paddingRight: 8 },
    dates: { fontSize: fontSize.small, color: '#444444', flexShrink: 0 },
    subtitle: { fontStyle: 'italic', color: '#333333' },
    paragraph: { marginBottom: 1 },
    bullet: { flexDirection: 'row', marginTop: spacing.bullet },
    bulletMark: { width: 10, flexShrink: 0 },
    bulletText: { flex: 1 },
    keywords: { fontSize: fontSize.small, color: '#444444', marginTop: spacing.bullet },
  });
}

type Styles = ReturnType<typeof stylesFor>;

function Entry({ entry, styles, heading }: { entry: ResumeEntry; styles: Styles; heading?: string }) {
  const lines = [
    ...entry.paragraphs.map((paragraph, index) => (
      <Text key={`p${index}`} style={styles.paragraph}>
        {index === 0 && entry.lead && paragraph.startsWith(entry.lead)
          ? [<Text key="lead" style={{ fontWeight: 600 }}>{entry.lead}</Text>, paragraph.slice(entry.lead.length)]
          : paragraph}
      </Text>
    )),
    ...entry.bullets.map((bullet, index) => (
      <View key={`b${index}`} style={styles.bullet}>
        <Text style={styles.bulletMark}>•</Text>
        <Text style={styles.bulletText}>{bullet}</Text>
      </View>
    )),
    ...(entry.keywordsLine ? [<Text key="k" style={styles.keywords}>{entry.keywordsLine}</Text>] : []),
  ];
  // The keywords line stays with the last bullet, so it never starts a page on its own.
  const [firstLine, ...rest] = lines;
  const otherLines = entry.keywordsLine && rest.length >= 2
    ? [...rest.slice(0, -2), <View key="last">{rest.slice(-2)}</View>]
    : rest;
  return (
    <View style={entry.title ? styles.entry : { marginBottom: 2 }}>
      {/* A section heading, the entry's head and its first line travel together: page breaks never
          leave a heading or a title alone at the foot of a page. Each other line is unbreakable too. */}
      <View wrap={false}>
        {heading ? <Text style={styles.heading}>{heading}</Text> : null}
        {entry.title || entry.dates ? (
          <View style={styles.entryHead}>
            <Text style={styles.title}>{entry.title}</Text>
            {entry.dates ? <Text style={styles.dates}>{entry.dates}</Text> : null}
          </View>
        ) : null}
        {entry.subtitle ? <Text style={styles.subtitle}>{entry.subtitle}</Text> : null}
        {entry.link ? <Link src={entry.link.url} style={[styles.link, { fontSize: styles.dates.fontSize }]}>{entry.link.text}</Link> : null}
        {firstLine}
      </View>
      {otherLines.map((line, index) => <View key={index} wrap={false}>{line}</View>)}
    </View>
  );
}

/** resume.pdf: one column, real text, standard headings, clickable links. */
export function ResumeDocument({ layout, template, title, date }: { layout: ResumeLayout; template: ResumeTemplate; title: string; date?: Date }) {
  const styles = stylesFor(template);
  // A given date (an application's) makes the file reproducible: the PDF's id is derived from it.
  return (
    <Document title={title} author={layout.name} subject="Resume" creator="Roadfolio" producer="Roadfolio" {...(date ? { creationDate: date } : {})}>
      <Page size={template.page.size} style={styles.page}>
        <Text style={styles.name}>{layout.name}</Text>
        {layout.label ? <Text style={styles.label}>{layout.label}</Text> : null}
        <View style={styles.contacts}>
          {layout.contacts.map((contact, index) => (
            <Text key={index} style={styles.contact}>
              {contact.url ? <Link src={contact.url} style={styles.link}>{contact.text}</Link> : contact.text}
            </Text>
          ))}
        </View>
        {layout.sections.map((block) => (
          <View key={block.key} style={styles.section}>
            {block.entries.map((entry, index) => (
              <Entry key={index} entry={entry} styles={styles} {...(index === 0 ? { heading: block.heading } : {})} />
            ))}
          </View>
        ))}
      </Page>
    </Document>
  );
}
