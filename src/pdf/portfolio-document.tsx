import { Document, Page, Text, View } from '@react-pdf/renderer';
import { SafeLink } from './safe-link.js';
import type { LearningGroup, PortfolioModel, PortfolioProject, SkillGroup } from '../resume/portfolio-model.js';
import { CATEGORY_TITLES, Footer, LanguageBar, MUTED, styles, TRACK } from './portfolio-parts.js';
import { ReadmeExcerpt } from './readme-excerpt.js';

export type PageSize = 'A4' | 'LETTER';

function Cover({ model }: { model: PortfolioModel }) {
  return (
    <View>
      <Text style={styles.kicker}>Portfolio</Text>
      <Text style={styles.name}>{model.name}</Text>
      {model.label ? <Text style={styles.label}>{model.label}</Text> : null}
      {model.contacts.length > 0 ? (
        <Text style={[styles.small, { marginTop: 4 }]}>
          {model.contacts.map((contact, index) => (
            <Text key={contact.url}>
              {index > 0 ? '  ·  ' : ''}
              <SafeLink src={contact.url} style={styles.link}>{contact.text}</SafeLink>
            </Text>
          ))}
        </Text>
      ) : null}
      {model.summary ? <Text style={{ marginTop: 10, fontSize: 10, lineHeight: 1.4 }}>{model.summary}</Text> : null}
      {model.coverageStatement ? <Text style={[styles.small, { marginTop: 8 }]}>{model.coverageStatement}</Text> : null}
    </View>
  );
}

function Skills({ groups }: { groups: SkillGroup[] }) {
  return (
    <View>
      <Text style={styles.h2} minPresenceAhead={40}>Skills and where they show</Text>
      {groups.map((group) => (
        <View key={group.category} style={{ marginBottom: 5 }} wrap={false}>
          <Text style={{ fontWeight: 700, fontSize: 9.5, lineHeight: 1.35 }}>{CATEGORY_TITLES[group.category] ?? group.category}</Text>
          <Text style={{ fontSize: 9, lineHeight: 1.4 }}>
            {group.skills.map((skill, index) => (
              <Text key={skill.term}>
                {index > 0 ? '   ' : ''}
                <Text style={{ fontWeight: 700 }}>{skill.term}</Text>
                <Text style={{ color: MUTED }}>{` (${skill.backedBy.join('; ')})`}</Text>
              </Text>
            ))}
          </Text>
        </View>
      ))}
    </View>
  );
}

function BulletRow({ text }: { text: string }) {
  return (
    <View style={[styles.row, { alignItems: 'flex-start', marginBottom: 2 }]} wrap={false}>
      <Text style={{ width: 10, fontSize: 10 }}>•</Text>
      <Text style={{ flex: 1, fontSize: 10, lineHeight: 1.35 }}>{text}</Text>
    </View>
  );
}

function ProjectSection({ project }: { project: PortfolioProject }) {
  const [first, ...rest] = project.bullets;
  return (
    <View style={{ marginBottom: 14 }}>
      {/* The heading, what it is, its links and the first bullet stay together: never a title
          stranded at a page bottom. */}
      <View wrap={false}>
        <Text style={styles.h2}>{project.name}</Text>
        {project.description ? <Text style={{ fontStyle: 'italic', fontSize: 10, lineHeight: 1.35, marginBottom: 2 }}>{project.description}</Text> : null}
        {project.links.map((link) => <SafeLink key={link.url} src={link.url} style={[styles.link, { fontSize: 9 }]}>{link.text}</SafeLink>)}
        {project.stars > 0 ? <Text style={styles.small}>{`★ ${project.stars} stars on GitHub`}</Text> : null}
        {project.languages.length > 1 ? <LanguageBar languages={project.languages} /> : null}
        {first !== undefined ? <Text style={styles.h3}>What I did</Text> : null}
        {first !== undefined ? <BulletRow text={first} /> : null}
      </View>
      {rest.map((bullet, index) => <BulletRow key={index} text={bullet} />)}
      {project.keywords.length > 0 ? (
        <Text style={{ fontSize: 9, marginTop: 3, lineHeight: 1.35 }}>
          <Text style={{ fontWeight: 700 }}>Tools and methods: </Text>
          {project.keywords.join(', ')}
        </Text>
      ) : null}
      {project.readme ? (
        <View>
          <Text style={styles.h3} minPresenceAhead={40}>From the README</Text>
          <View style={{ borderLeftWidth: 2, borderLeftColor: TRACK, paddingLeft: 8 }}>
            <ReadmeExcerpt markdown={project.readme} {...(project.readmeChars !== undefined ? { maxChars: project.readmeChars } : {})} {...(project.links[0] ? { repoUrl: project.links[0].url } : {})} />
          </View>
        </View>
      ) : null}
    </View>
  );
}

function Learning({ groups }: { groups: LearningGroup[] }) {
  return (
    <View wrap={groups.length > 12}>
      <Text style={styles.h2} minPresenceAhead={40}>Completed learning</Text>
      {groups.map((group) => (
        <Text key={group.provider} style={{ fontSize: 9.5, lineHeight: 1.4, marginBottom: 2 }}>
          <Text style={{ fontWeight: 700 }}>{`${group.provider}: `}</Text>
          {group.courses.join(', ')}
        </Text>
      ))}
    </View>
  );
}

/**
 * portfolio.pdf, for an employer: the person, the skills they can show and where, their strongest
 * projects (best first), completed learning. No scores and nothing missing: that is plan.pdf.
 */
export function PortfolioDocument({ model, size = model.paper ?? 'A4' }: { model: PortfolioModel; size?: PageSize }) {
  return (
    <Document title={`${model.name} – Portfolio`} author={model.name} subject="Portfolio" creator="Roadfolio" producer="Roadfolio">
      <Page size={size} style={styles.page}>
        <View style={styles.flow}>
          <Cover model={model} />
          {model.skills.length > 0 ? <Skills groups={model.skills} /> : null}
          {model.learning.length > 0 ? <Learning groups={model.learning} /> : null}
          {model.projects.length > 0 ? (
            <View>
              <Text style={[styles.kicker, { marginTop: 18, marginBottom: 2 }]} minPresenceAhead={160}>Projects</Text>
              {model.projects.map((project) => <ProjectSection key={project.evidenceId} project={project} />)}
              {model.projectsNotShown.length > 0 ? (
                <Text style={styles.small}>{`${model.projectsNotShown.length} more project${model.projectsNotShown.length === 1 ? '' : 's'} not shown here: these are the strongest ${model.projects.length}.`}</Text>
              ) : null}
            </View>
          ) : null}
        </View>
        <Footer name={model.name} document="Portfolio" />
      </Page>
    </Document>
  );
}
