import { useId } from 'react';
import type { PageProps } from '../pages/page-props.js';

/** Switch between the keyword sets shipped in keyword-sets/ (medical AI, data science...). */
export function KeywordSetPicker({ handle, portfolio }: PageProps) {
  const id = useId();
  if (portfolio.keywordSets.length < 2) return null;
  return (
    <div className="field inline-field">
      <label htmlFor={id}>Keyword set</label>
      <select id={id} value={handle.state.settings.keywordSet} onChange={(event) => handle.setSettings({ keywordSet: event.target.value })}>
        {portfolio.keywordSets.map((set) => <option key={set.name} value={set.name}>{set.title}</option>)}
      </select>
    </div>
  );
}
