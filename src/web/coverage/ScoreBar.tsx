/** A labelled 0-100 bar; the number is text, the bar only repeats it for the eye. */
export function ScoreBar({ label, score, detail, large }: { label: string; score: number; detail?: string; large?: boolean }) {
  const rounded = Math.round(score);
  return (
    <div className={large ? 'score score-large' : 'score'}>
      <div className="score-label">
        <span>{label}</span>
        <span className="score-value" data-testid={`score-${label.toLowerCase().replace(/[^a-z]+/g, '-')}`}>{rounded}</span>
      </div>
      <div className="score-track" role="meter" aria-label={label} aria-valuemin={0} aria-valuemax={100} aria-valuenow={rounded}>
        <div className="score-fill" style={{ width: `${Math.min(100, Math.max(0, score))}%` }} />
      </div>
      {detail && <p className="hint score-detail">{detail}</p>}
    </div>
  );
}
