import { useState } from 'react';
import type { Coverage, CoveredKeyword } from '../../model/coverage.js';
import type { Evidence } from '../../model/evidence.js';
import type { KeywordCategory, KeywordSet, Tier } from '../../model/keyword-set.js';
import { EvidenceList } from './EvidenceList.js';

const TIER_TITLES: Record<Tier, string> = { mustHave: 'Must-have keywords', goodToHave: 'Good-to-have keywords' };

/** Each tier's keywords by category: covered ones open their evidence, missing ones say so. */
export function KeywordChips({ coverage, keywordSet, evidenceById }: { coverage: Coverage; keywordSet: KeywordSet; evidenceById: Map<string, Evidence> }) {
  return (
    <>
      {(['mustHave', 'goodToHave'] as const).map((tier) => (
        <TierChips key={tier} tier={tier} coverage={coverage} keywordSet={keywordSet} evidenceById={evidenceById} />
      ))}
    </>
  );
}

function TierChips({ tier, coverage, keywordSet, evidenceById }: { tier: Tier; coverage: Coverage; keywordSet: KeywordSet; evidenceById: Map<string, Evidence> }) {
  const [open, setOpen] = useState<string | null>(null);
  const categoryOf = new Map(keywordSet[tier].map((keyword) => [keyword.term, keyword.category]));
  const groups = groupByCategory(coverage[tier].covered, coverage[tier].missing, (term) => categoryOf.get(term));
  const openKeyword = coverage[tier].covered.find((keyword) => keyword.term === open);
  const headingId = `chips-${tier}`;
  return (
    <section aria-labelledby={headingId} className="card">
      <h2 id={headingId}>{TIER_TITLES[tier]} <span className="hint">({coverage[tier].covered.length} covered, {coverage[tier].missing.length} missing)</span></h2>
      {groups.map(([category, group]) => (
        <div key={category} className="chip-group">
          <h3>{category.replace('-', ' ')}</h3>
          <ul className="chips" aria-label={`${category} keywords`}>
            {group.covered.map((keyword) => (
              <li key={keyword.term}>
                <button
                  type="button"
                  className="chip chip-covered"
                  aria-expanded={open === keyword.term}
                  onClick={() => setOpen(open === keyword.term ? null : keyword.term)}
                >
                  <span aria-hidden="true">✓ </span>{keyword.term}<span className="visually-hidden">, covered: show evidence</span>
                </button>
              </li>
            ))}
            {group.missing.length <= MISSING_SHOWN_INLINE && group.missing.map((term) => <MissingChip key={term} term={term} />)}
          </ul>
          {group.missing.length > MISSING_SHOWN_INLINE && (
            // Long lists of missing terms fold away so covered ones (and the phone screen) stay readable.
            <details className="missing-fold">
              <summary>{group.missing.length} missing {category.replace('-', ' ')} keywords</summary>
              <ul className="chips" aria-label={`${category} keywords missing`}>
                {group.missing.map((term) => <MissingChip key={term} term={term} />)}
              </ul>
            </details>
          )}
          {openKeyword !== undefined && group.covered.includes(openKeyword) && (
            <EvidenceList keyword={openKeyword} evidenceById={evidenceById} />
          )}
        </div>
      ))}
    </section>
  );
}

const MISSING_SHOWN_INLINE = 6;

function MissingChip({ term }: { term: string }) {
  return <li><span className="chip chip-missing"><span aria-hidden="true">✗ </span>{term}<span className="visually-hidden">, missing</span></span></li>;
}

interface CategoryGroup { covered: CoveredKeyword[]; missing: string[] }

function groupByCategory(covered: CoveredKeyword[], missing: string[], categoryOf: (term: string) => KeywordCategory | undefined): [string, CategoryGroup][] {
  const groups = new Map<string, CategoryGroup>();
  const groupFor = (category: string) => {
    let group = groups.get(category);
    if (group === undefined) groups.set(category, group = { covered: [], missing: [] });
    return group;
  };
  for (const keyword of covered) groupFor(keyword.category).covered.push(keyword);
  for (const term of missing) groupFor(categoryOf(term) ?? 'other').missing.push(term);
  return [...groups.entries()].sort(([a], [b]) => a.localeCompare(b));
}
