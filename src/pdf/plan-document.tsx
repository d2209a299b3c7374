import { Document, Page, Text, View } from '@react-pdf/renderer';
import { SafeLink } from './safe-link.js';
import type { Gap, PhaseProgress, PortfolioModel, ReadmeFixes } from '../resume/portfolio-model.js';
import type { PageSize } from './portfolio-document.js';
import { ACCENT, Bar, CATEGORY_TITLES, Footer, Gauge, MUTED, styles } from './portfolio-parts.js';

const ASKED_BY: Record<Gap['askedBy'], string> = {
  'posting-required': 'Required by the posting',
  'posting-preferred': 'Preferred by the posting',
  'must-have': 'Must-have skills',
  'good-to-have': 'Good-to-have skills',
};

function Coverage({ model }: { model: PortfolioModel }) {
  return (
    <View>
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
      <Text style={styles.h2} minPresenceAhead={40}>Covered and missing keywords by category</Text>
      {model.categories.map((category) => (
        <View key={category.category} style={{ marginBottom: 6 }} wrap={false}>
          <View style={[styles.row, { justifyContent: 'space-between' }]}>
            <Text style={{ fontWeight: 700 }}>{CATEGORY_TITLES[category.category] ?? category.category}</Text>
            <Text style={styles.small}>{`${category.covered.length} of ${category.covered.length + category.missing.length}`}</Text>
          </View>
          <Bar fraction={category.covered.length / Math.max(1, category.covered.length + category.missing.length)} width={500} height={4} />
          {category.covered.length > 0 ? <Text style={{ fontSize: 9, marginTop: 2, lineHeight: 1.35 }}>{`✓ ${category.covered.join(' · ')}`}</Text> : null}
          {category.missing.length > 0 ? <Text style={{ fontSize: 9, color: MUTED, lineHeight: 1.35 }}>{`✗ ${category.missing.join(' · ')}`}</Text> : null}
        </View>
      ))}
    </View>
  );
}

/** Gaps the roadmap closes (term → item), then the rest by category: every gap has a next step. */
function Gaps({ gaps }: { gaps: Gap[] }) {
  const groups = (['posting-required', 'posting-preferred', 'must-have', 'good-to-have'] as const)
    .map((askedBy) => ({ askedBy, gaps: gaps.filter((gap) => gap.askedBy === askedBy) }))
    .filter((group) => group.gaps.length > 0);
  return (
    <View>
      <Text style={styles.h2} minPresenceAhead={60}>Gaps and what closes them</Text>
      {groups.map((group) => {
        const closable = group.gaps.filter((gap) => gap.closedBy.length > 0);
        const open = group.gaps.filter((gap) => gap.closedBy.length === 0);
        const byCategory = new Map<string, string[]>();
        for (const gap of open) byCategory.set(gap.category ?? 'other', [...(byCategory.get(gap.category ?? 'other') ?? []), gap.term]);
        return (
          <View key={group.askedBy} style={{ marginBottom: 8 }}>
            <Text style={styles.h3} minPresenceAhead={30}>{`${ASKED_BY[group.askedBy]} (${group.gaps.length})`}</Text>
            {closable.map((gap) => (
              <Text key={gap.term} style={{ fontSize: 9, lineHeight: 1.35 }}>
                <Text style={{ fontWeight: 700 }}>{gap.term}</Text>
                {`: finish ${gap.closedBy.slice(0, 2).join(' or ')}`}
              </Text>
            ))}
            {open.length > 0 ? (
              <View style={{ marginTop: closable.length > 0 ? 3 : 0 }}>
                <Text style={{ fontSize: 9, lineHeight: 1.35, color: MUTED }}>Not on your roadmap yet: add a course or a project for these.</Text>
                {[...byCategory.entries()].map(([category, terms]) => (
                  <Text key={category} style={{ fontSize: 9, lineHeight: 1.35 }}>
                    <Text style={{ fontWeight: 700 }}>{`${CATEGORY_TITLES[category] ?? 'Other'}: `}</Text>
                    {terms.join(', ')}
                  </Text>
                ))}
              </View>
            ) : null}
          </View>
        );
      })}
    </View>
  );
}

/**
 * A plan is read, not searched: past this many entries a list says how many more there are (a
 * 1,000-repo account once made a 150-page plan.pdf). `roadfolio build` and `roadfolio readme` list them all.
 */
export const PLAN_LIST_LIMIT = 25;

function More({ count, what, where }: { count: number; what: string; where: string }) {
  return count > 0 ? <Text style={{ fontSize: 9, marginTop: 2, color: MUTED }}>{`…and ${count} more ${what} (${where} lists them all)`}</Text> : null;
}

function Fixes({ repos }: { repos: ReadmeFixes[] }) {
  return (
    <View>
      <Text style={styles.h2} minPresenceAhead={60}>README fixes</Text>
      {repos.slice(0, PLAN_LIST_LIMIT).map((repo) => (
        <View key={repo.project} style={{ marginBottom: 6 }}>
          <Text style={styles.h3} minPresenceAhead={24}>
            {repo.url ? <SafeLink src={repo.url} style={styles.link}>{repo.project}</SafeLink> : repo.project}
            <Text style={[styles.small, { fontWeight: 400 }]}>{`   checklist ${Math.round(repo.score)}%`}</Text>
          </Text>
          {repo.fixes.map((fix) => (
            <View key={fix.label} style={[styles.row, { alignItems: 'flex-start', marginBottom: 1 }]} wrap={false}>
              <Text style={{ width: 12, fontSize: 9, color: MUTED }}>✗</Text>
              <Text style={{ flex: 1, fontSize: 9, lineHeight: 1.35 }}>
                <Text style={{ fontWeight: 700 }}>{`${fix.label}: `}</Text>
                {fix.fix}
              </Text>
            </View>
          ))}
        </View>
      ))}
      <More count={repos.length - PLAN_LIST_LIMIT} what="repos with README fixes" where="`roadfolio readme`" />
    </View>
  );
}

function Phase({ phase }: { phase: PhaseProgress }) {
  return (
    <View style={{ marginBottom: 8 }} wrap={false}>
      <View style={[styles.row, { justifyContent: 'space-between' }]}>
        <Text style={{ fontWeight: 700, flex: 1 }}>{phase.title}</Text>
        <Text style={styles.small}>{`${phase.done} of ${phase.total} done`}</Text>
      </View>
      <Bar fraction={phase.done / Math.max(1, phase.total)} width={500} height={5} />
      {phase.completed.map((title) => <Text key={title} style={{ fontSize: 9, marginTop: 1 }}>{`✓ ${title}`}</Text>)}
    </View>
  );
}

/** plan.pdf, for the user: the full coverage, every gap with its next step, README fixes, roadmap progress. */
export function PlanDocument({ model, size = model.paper ?? 'A4' }: { model: PortfolioModel; size?: PageSize }) {
  return (
    <Document title={`${model.name} – Plan`} author={model.name} subject="Learning and portfolio plan" creator="Roadfolio" producer="Roadfolio">
      <Page size={size} style={styles.page}>
        <View style={styles.flow}>
          <Text style={styles.kicker}>Your plan · for you, not for sending</Text>
          <Text style={styles.name}>{model.name || 'Your plan'}</Text>
          <Coverage model={model} />
          {model.gaps.length > 0 ? <Gaps gaps={model.gaps} /> : null}
          {model.nextSteps.length > 0 ? (
            <View>
              <Text style={styles.h2} minPresenceAhead={40}>Next on the roadmap</Text>
              {model.nextSteps.map((step) => (
                <Text key={step.title} style={{ fontSize: 9, marginBottom: 1, lineHeight: 1.35 }}>
                  <Text style={{ fontWeight: 700 }}>{step.title}</Text>
                  {` would cover ${step.covers.join(', ')}`}
                </Text>
              ))}
            </View>
          ) : null}
          {model.thinProjects.length > 0 ? (
            <View>
              <Text style={styles.h2} minPresenceAhead={40}>Left out of the portfolio</Text>
              {model.thinProjects.slice(0, PLAN_LIST_LIMIT).map((project) => (
                <Text key={project.evidenceId} style={{ fontSize: 9, marginBottom: 1, lineHeight: 1.35 }}>
                  <Text style={{ fontWeight: 700 }}>{`${project.name}: `}</Text>
                  {project.reason}
                </Text>
              ))}
              <More count={model.thinProjects.length - PLAN_LIST_LIMIT} what="projects left out" where="`roadfolio build`" />
            </View>
          ) : null}
          {model.readmeFixes.length > 0 ? <Fixes repos={model.readmeFixes} /> : null}
          {model.phases.length > 0 || model.notStartedPhases.length > 0 ? (
            <View>
              <Text style={styles.h2} minPresenceAhead={40}>Roadmap progress</Text>
              {model.phases.map((phase) => <Phase key={phase.title} phase={phase} />)}
              {model.notStartedPhases.length > 0
                ? <Text style={{ fontSize: 9, lineHeight: 1.35, color: ACCENT }}>{`Not started yet: ${model.notStartedPhases.join(', ')}`}</Text>
                : null}
            </View>
          ) : null}
        </View>
        <Footer name={model.name} document="Plan" />
      </Page>
    </Document>
  );
}
