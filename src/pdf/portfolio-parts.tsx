/* Styles and figures shared by portfolio.pdf (for an employer) and plan.pdf (for the user). */
import { Circle, Path, Rect, StyleSheet, Svg, Text, View } from '@react-pdf/renderer';
import type { PortfolioProject } from '../resume/portfolio-model.js';
import { FONT_FAMILY } from './fonts.js';

export const ACCENT = '#1f4e79';
export const MUTED = '#5b6770';
export const TRACK = '#e3e8ee';

export const styles = StyleSheet.create({
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
export function Gauge({ score, size = 118 }: { score: number; size?: number }) {
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

export function Bar({ fraction, width, height = 8, color = ACCENT }: { fraction: number; width: number; height?: number; color?: string }) {
  const filled = Math.max(0, Math.min(1, fraction)) * width;
  return (
    <Svg width={width} height={height}>
      <Rect x={0} y={0} width={width} height={height} rx={2} fill={TRACK} />
      {filled > 0 ? <Rect x={0} y={0} width={filled} height={height} rx={2} fill={color} /> : null}
    </Svg>
  );
}

export function LanguageBar({ languages }: { languages: PortfolioProject['languages'] }) {
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

export const CATEGORY_TITLES: Record<string, string> = {
  language: 'Programming languages', framework: 'Frameworks', library: 'Libraries', method: 'Methods', domain: 'Domain knowledge',
  'data-standard': 'Data & standards', regulation: 'Regulation', cloud: 'Cloud', tool: 'Tools', 'soft-skill': 'Professional skills',
};

/** On every page: whose portfolio, and "page 2 of 5" (react-pdf fills the numbers in at layout). */
export function Footer({ name, document }: { name: string; document: string }) {
  const title = name ? `${name} – ${document}` : document;
  return (
    <Text style={styles.footer} fixed render={({ pageNumber, totalPages }) => `${title}, page ${pageNumber} of ${totalPages}`} />
  );
}

