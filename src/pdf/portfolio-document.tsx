import { Document, Link, Page, Path, Rect, StyleSheet, Svg, Text, View, Circle } from '@react-pdf/renderer';
import type { PaperSize } from '../model/index.js';
import type { PortfolioModel, PortfolioProject, PhaseProgress } from '../resume/portfolio-model.js';
import { FONT_FAMILY } from './fonts.js';
import { ReadmeExcerpt } from './readme-excerpt.js';

const ACCENT = '#1f4e79';
const MUTED = '#5b6770';
const TRACK = '#e3e8ee';

const styles = StyleSheet.create({
  // lineHeight lives on `flow`, not the page: a page-level lineHeight makes react-pdf drop a fixed
  // Text's render-prop output (the page-number footer printed nothing).
  page: { fontFamily: FONT_FAMILY, fontSize: 10, padding: 44, paddingBottom: 52, color: '#1a1a1a' },
  flow: {},
  kicker: { fontSize: 10, lineHeight: 1.35, color: MUTED, textTransform: 'uppercase', letterSpacing: 1 },
  name: { fontSize: 24, fontWeight: 700, color: ACCENT, lineHeight: 1.2 },
  label: { fontSize: 11.5, lineHeight: 1.35, marginTop: 2, color: '#333333' },
  h2: { fontSize: 13, fontWeight: 700, color: ACCENT, marginTop: 14, marginBottom: 6, borderBottomWidth: 0.75, borderBottomColor: ACCENT, paddingBottom: 2 },
  h3: { fontSize: 10.5, lineHeight: 1.35, fontWeight: 700, marginTop: 6, marginBottom: 2 },
  small: { fontSize: 8.5, lineHeight: 1.35, color: MUTED },
  row: { flexDirection: 'row', alignItems: 'center' },
  chip: { fontSize: 8, backgroundColor: '#eef3f8', color: ACCENT, paddingHorizontal: 4, paddingVertical: 1, marginRight: 4, marginBottom: 3, borderRadius: 2 },
  link: { color: ACCENT, textDecoration: 'none' },
  footer: { position: 'absolute', bottom: 22, left: 44, right: 44, fontSize: 8, color: MUTED },
});

const LANGUAGE_COLORS: Record<string, string> = {
  Python: '#3572A5', 'Jupyter Notebook': '#DA5B0B', R: '#198CE7', JavaScript: '#f1e05a', TypeScript: '#3178c6', HTML: '#e34c26',
  CSS: '#563d7c', Shell: '#89e051', Dockerfile: '#384d54', SQL: '#e38c00', TSQL: '#e38c00', Julia: '#a270ba', Go: '#00ADD8',
  Rust: '#dea584', Java: '#b07219', 'C++': '#f34b7d', C: '#555555', MATLAB: '#e16737', Makefile: '#427819', TeX: '#3D6117',
};
const SPARE_COLORS = ['#8e9aa6', '#6c7a89', '#b0bcc8', '#4d5b69'];

/** A ring gauge: the arc's length is the score. Drawn with react-pdf SVG paths, so it stays vector. */
function Gauge({ score, size = 118 }: { score: number; size?: number }) {
  const radius = size / 2 - 9;
  const centre = size / 2;
  const fraction = Math.max(0, Math.min(1, score / 100));
  const angle = fraction * 2 * Math.PI;
  const endX = centre + radius * Math.sin(angle);
  const endY = centre - radius * Math.cos(angle);
  const largeArc = fraction > 0.5 ? 1 : 0;
  return (
    <View style={{ width: size, height: size }}>
      <Svg width={size} height={size} viewBox={`0 0 ${size} ${size}`}>
        <Circle cx={centre} cy={centre} r={radius} stroke={TRACK} strokeWidth={12} fill="none" />
        {fraction >= 0.999
          ? <Circle cx={centre} cy={centre} r={radius} stroke={ACCENT} strokeWidth={12} fill="none" />
          : fraction > 0 ? <Path d={`M ${centre} ${centre - radius} A ${radius} ${radius} 0 ${largeArc} 1 ${endX.toFixed(2)} ${endY.toFixed(2)}`} stroke={ACCENT} strokeWidth={12} fill="none" /> : null}
      </Svg>
      <Text style={{ position: 'absolute', top: centre - 20, left: 0, width: size, textAlign: 'center', fontSize: 24, lineHeight: 1.2, fontWeight: 700, color: ACCENT }}>{String(Math.round(score))}</Text>
      <Text style={{ position: 'absolute', top: centre + 10, left: 0, width: size, textAlign: 'center', fontSize: 8, lineHeight: 1.2, color: MUTED }}>of 100</Text>
    </View>
  );
}

function Bar({ fraction, width, height = 8, color = ACCENT }: { fraction: number; width: number; height?: number; color?: string }) {
  const filled = Math.max(0, Math.min(1, fraction)) * width;
  return (
    <Svg width={width} height={height}>
      <Rect x={0} y={0} width={width} height={height} rx={2} fill={TRACK} />
      {filled > 0 ? <Rect x={0} y={0} width={filled} height={height} rx={2} fill={color} /> : null}
    </Svg>
  );
}

function LanguageBar({ languages }: { languages: PortfolioProject['languages'] }) {
  const width = 300;
  let x = 0;
  let spare = 0;
  const colored = languages.map((language) => ({ ...language, color: LANGUAGE_COLORS[language.name] ?? SPARE_COLORS[spare++ % SPARE_COLORS.length] ?? '#999999' }));
  return (
    <View style={{ marginTop: 4 }}>
      <Svg width={width} height={7}>
        {colored.map((language) => {
          const segment = <Rect key={language.name} x={x} y={0} width={Math.max(language.share * width, 0.5)} height={7} fill={language.color} />;
          x += language.share * width;
          return segment;
        })}
      </Svg>
      <View style={[styles.row, { flexWrap: 'wrap', marginTop: 2 }]}>
        {colored.map((language) => (
          <View key={language.name} style={[styles.row, { marginRight: 8 }]}>
            <Svg width={6} height={6}><Circle cx={3} cy={3} r={3} fill={language.color} /></Svg>
            <Text style={[styles.small, { marginLeft: 3 }]}>{`${language.name} ${(language.share * 100).toFixed(1)}%`}</Text>
          </View>
        ))}
      </View>
    </View>
  );
}

const CATEGORY_TITLES: Record<string, string> = {
  language: 'Programming languages', framework: 'Frameworks', library: 'Libraries', method: 'Methods', domain: 'Domain knowledge',
  'data-standard': 'Data & standards', regulation: 'Regulation', cloud: 'Cloud', tool: 'Tools', 'soft-skill': 'Professional skills',
};

function Cover({ model }: { model: PortfolioModel }) {
  return (
    <View>
      <Text style={styles.kicker}>Portfolio</Text>
      <Text style={styles.name}>{model.name}</Text>
      {model.label ? <Text style={styles.label}>{model.label}</Text> : null}
      <Text style={styles.h2}>{`Keyword coverage: ${model.keywordSetTitle}`}</Text>
      <View style={[styles.row, { alignItems: 'flex-start' }]}>
        <Gauge score={model.score} />
        <View style={{ marginLeft: 24, flex: 1, paddingTop: 14 }}>
          <Text style={{ fontWeight: 700, marginBottom: 6 }}>Overall score (weighted: must-haves count more)</Text>
          {model.tiers.map((tier) => (
            <View key={tier.name} style={{ marginBottom: 8 }}>
              <Text>{`${tier.name}: ${Math.round(tier.score)}% (${tier.covered} of ${tier.total} keywords)`}</Text>
              <Bar fraction={tier.score / 100} width={260} />
            </View>
          ))}
        </View>
      </View>
      <Text style={styles.h2}>Covered and missing keywords by category</Text>
      {model.categories.map((category) => (
        <View key={category.category} style={{ marginBottom: 6 }} wrap={false}>
          <View style={[styles.row, { justifyContent: 'space-between' }]}>
            <Text style={{ fontWeight: 700 }}>{CATEGORY_TITLES[category.category] ?? category.category}</Text>
            <Text style={styles.small}>{`${category.covered.length} of ${category.covered.length + category.missing.length}`}</Text>
          </View>
          <Bar fraction={category.covered.length / Math.max(1, category.covered.length + category.missing.length)} width={507} height={4} />
          {category.covered.length > 0 ? <Text style={{ fontSize: 9, marginTop: 2 }}>{`✓ ${category.covered.join(' · ')}`}</Text> : null}
          {category.missing.length > 0 ? <Text style={{ fontSize: 9, color: MUTED }}>{`✗ ${category.missing.join(' · ')}`}</Text> : null}
        </View>
      ))}
      {model.nextSteps.length > 0 ? (
        <View>
          <Text style={styles.h2} minPresenceAhead={40}>Next on the roadmap</Text>
          {model.nextSteps.map((step) => (
            <Text key={step.title} style={{ fontSize: 9, marginBottom: 1 }}>
              <Text style={{ fontWeight: 700 }}>{step.title}</Text>
              {` would cover ${step.covers.join(', ')}`}
            </Text>
          ))}
        </View>
      ) : null}
    </View>
  );
}

/** On every page: whose portfolio, and "page 2 of 5" (react-pdf fills the numbers in at layout). */
function Footer({ name }: { name: string }) {
  const title = name ? `${name} – Portfolio` : 'Portfolio';
  return (
    <Text style={styles.footer} fixed render={({ pageNumber, totalPages }) => `${title}, page ${pageNumber} of ${totalPages}`} />
  );
}

function ProjectSection({ project }: { project: PortfolioProject }) {
  return (
    <View style={{ marginBottom: 16 }}>
      <View wrap={false}>
        <Text style={styles.h2}>{project.name}</Text>
        {project.links.map((link) => <Link key={link.url} src={link.url} style={[styles.link, { fontSize: 9 }]}>{link.text}</Link>)}
        {project.stars > 0 ? <Text style={styles.small}>{`★ ${project.stars} ${project.stars === 1 ? 'star' : 'stars'} on GitHub`}</Text> : null}
        {project.languages.length > 0 ? <LanguageBar languages={project.languages} /> : null}
        {project.topics.length > 0 ? (
          <View style={[styles.row, { flexWrap: 'wrap', marginTop: 4 }]}>
            {project.topics.map((topic) => <Text key={topic} style={styles.chip}>{topic}</Text>)}
          </View>
        ) : null}
      </View>
      <Text style={styles.h3} minPresenceAhead={30}>What I did</Text>
      {project.bullets.map((bullet, index) => (
        <View key={index} style={[styles.row, { alignItems: 'flex-start', marginBottom: 2 }]} wrap={false}>
          <Text style={{ width: 10 }}>•</Text>
          <Text style={{ flex: 1 }}>{bullet}</Text>
        </View>
      ))}
      {project.keywords.length > 0 ? (
        <View wrap={false}>
          <Text style={styles.h3}>Keywords this project evidences</Text>
          <Text style={{ fontSize: 9 }}>{project.keywords.join(' · ')}</Text>
        </View>
      ) : null}
      {project.checklist ? (
        <View wrap={false}>
          <Text style={styles.h3}>{`README checklist: ${Math.round(project.checklist.score)}%`}</Text>
          {project.checklist.failed.length > 0
            ? project.checklist.failed.map((check) => <Text key={check} style={{ fontSize: 9, color: MUTED }}>{`✗ ${check}`}</Text>)
            : <Text style={{ fontSize: 9 }}>✓ Every check passed</Text>}
        </View>
      ) : null}
      {project.readme ? (
        <View>
          <Text style={styles.h3} minPresenceAhead={40}>From the README</Text>
          <View style={{ borderLeftWidth: 2, borderLeftColor: TRACK, paddingLeft: 8 }}>
            <ReadmeExcerpt markdown={project.readme} />
          </View>
        </View>
      ) : null}
    </View>
  );
}

function Phase({ phase }: { phase: PhaseProgress }) {
  return (
    <View style={{ marginBottom: 10 }} wrap={false}>
      <View style={[styles.row, { justifyContent: 'space-between' }]}>
        <Text style={{ fontWeight: 700, flex: 1 }}>{phase.title}</Text>
        <Text style={styles.small}>{`${phase.done} of ${phase.total} done`}</Text>
      </View>
      <Bar fraction={phase.done / Math.max(1, phase.total)} width={507} height={6} />
      {phase.completed.length > 0
        ? phase.completed.map((title) => <Text key={title} style={{ fontSize: 9, marginTop: 1 }}>{`✓ ${title}`}</Text>)
        : <Text style={[styles.small, { marginTop: 1 }]}>Nothing completed yet</Text>}
    </View>
  );
}

/** portfolio.pdf: cover with scores, a section per project or repo, and the roadmap appendix. */
export function PortfolioDocument({ model, paper = 'A4' }: { model: PortfolioModel; paper?: PaperSize }) {
  return (
    <Document title={`${model.name} – Portfolio`} author={model.name} subject="Portfolio" creator="Roadfolio" producer="Roadfolio">
      {/* One flowing sequence: what does not fit on the cover (the next steps) continues on the
          next page and the projects follow it, instead of a page holding two lines. The projects
          start on a new page when the cover leaves less than half a page. */}
      <Page size={paper} style={styles.page}>
        <View style={styles.flow}>
          <Cover model={model} />
          {model.projects.length > 0 ? (
            <View>
              <Text style={[styles.kicker, { marginTop: 18, marginBottom: 2 }]} minPresenceAhead={200}>Projects</Text>
              {model.projects.map((project) => <ProjectSection key={project.evidenceId} project={project} />)}
            </View>
          ) : null}
        </View>
        <Footer name={model.name} />
      </Page>
      {model.phases.length > 0 ? (
        <Page size={paper} style={styles.page}>
          <View style={styles.flow}>
            <Text style={styles.kicker}>Appendix</Text>
            <Text style={[styles.h2, { marginTop: 4 }]}>Completed roadmap items by phase</Text>
            {model.phases.map((phase) => <Phase key={phase.title} phase={phase} />)}
          </View>
          <Footer name={model.name} />
        </Page>
      ) : null}
    </Document>
  );
}
