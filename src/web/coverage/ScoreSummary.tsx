import type { Coverage } from '../../model/coverage.js';
import type { KeywordSet } from '../../model/keyword-set.js';
import { ScoreBar } from './ScoreBar.js';

/** Overall and per-tier scores, and the claimable/shown gap: what you can add honestly today. */
export function ScoreSummary({ coverage, keywordSet }: { coverage: Coverage; keywordSet: KeywordSet }) {
  const tierDetail = (tier: Coverage['mustHave']) => `${tier.covered.length} of ${tier.covered.length + tier.missing.length} keywords backed by evidence`;
  const shown = coverage.shown;
  return (
    <section aria-labelledby="score-heading" className="card">
      <h2 id="score-heading">Score for {keywordSet.title}</h2>
      <div className="score-grid">
        <ScoreBar large label="Overall" score={coverage.score} detail={`claimable: backed by evidence; must-have counts ×${keywordSet.weights.mustHave}, good-to-have ×${keywordSet.weights.goodToHave}`} />
        <ScoreBar label="Must-have" score={coverage.mustHave.score} detail={tierDetail(coverage.mustHave)} />
        <ScoreBar label="Good-to-have" score={coverage.goodToHave.score} detail={tierDetail(coverage.goodToHave)} />
        {shown !== undefined && <ScoreBar label="Shown on resume" score={shown.score} detail="what your resume text already says" />}
      </div>
      {shown !== undefined && shown.claimableNotShown.length > 0 && (
        <p><strong>Add these honestly today</strong> (your evidence backs them, your resume does not say them): {shown.claimableNotShown.map((entry) => entry.term).join(', ')}.</p>
      )}
      {shown !== undefined && shown.shownWithoutEvidence.length > 0 && (
        <p className="error">On your resume without evidence behind them: {shown.shownWithoutEvidence.map((entry) => entry.term).join(', ')}. Back them with a project or take them off.</p>
      )}
    </section>
  );
}
