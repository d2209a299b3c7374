import type { Coverage, JdCoverage, JdKeywordCoverage } from '../../model/coverage.js';
import { ScoreBar } from './ScoreBar.js';

/** The posting's skills: required and preferred, each covered (with evidence) or missing. */
export function JobDescriptionResult({ coverage }: { coverage: Coverage }) {
  const jd = coverage.jd;
  if (jd === undefined) return null;
  return (
    <div className="jd-result" aria-live="polite">
      {jd.title && <p>Posting: <strong>{jd.title}</strong></p>}
      <div className="score-grid">
        <ScoreBar label="Job match" score={jd.score} detail="share of the posting's skills your evidence backs" />
        <ScoreBar label="Required" score={jd.required.share} detail={`${jd.required.covered} of ${jd.required.total} required skills`} />
        <ScoreBar label="Preferred" score={jd.preferred.share} detail={`${jd.preferred.covered} of ${jd.preferred.total} preferred skills`} />
      </div>
      <SectionKeywords jd={jd} section="required" title="Required skills" />
      <SectionKeywords jd={jd} section="preferred" title="Preferred skills" />
      <SectionKeywords jd={jd} section="other" title="Also mentioned" />
      {jd.unknown.length > 0 && (
        <p className="hint">Skills the posting names that Roadfolio does not know (check them yourself): {jd.unknown.join(', ')}</p>
      )}
    </div>
  );
}

function SectionKeywords({ jd, section, title }: { jd: JdCoverage; section: JdKeywordCoverage['section']; title: string }) {
  const keywords = jd.keywords.filter((keyword) => keyword.section === section && keyword.known);
  if (keywords.length === 0) return null;
  const covered = keywords.filter((keyword) => keyword.covered);
  const missing = keywords.filter((keyword) => !keyword.covered);
  return (
    <div className="chip-group">
      <h3>{title} <span className="hint">({covered.length} covered, {missing.length} missing)</span></h3>
      <ul className="chips" aria-label={`${title}: covered and missing`}>
        {covered.map((keyword) => (
          <li key={keyword.term}>
            <span className="chip chip-covered-static" title={keyword.shown ? 'on your resume' : 'backed by evidence, not yet on your resume'}>
              <span aria-hidden="true">✓ </span>{keyword.term}<span className="visually-hidden">, covered</span>{!keyword.shown && <span className="chip-note"> (not on your resume yet)</span>}
            </span>
          </li>
        ))}
        {missing.map((keyword) => (
          <li key={keyword.term}><span className="chip chip-missing"><span aria-hidden="true">✗ </span>{keyword.term}<span className="visually-hidden">, missing</span></span></li>
        ))}
      </ul>
    </div>
  );
}
