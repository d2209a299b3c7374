import type { PageProps } from './page-props.js';
import { ScoreSummary } from '../coverage/ScoreSummary.js';
import { KeywordChips } from '../coverage/KeywordChips.js';
import { JobDescriptionPanel } from '../coverage/JobDescriptionPanel.js';
import { SuggestionList } from '../coverage/SuggestionList.js';
import { KeywordSetPicker } from '../coverage/KeywordSetPicker.js';
import { ResumeChecks } from '../coverage/ResumeChecks.js';

export function CoveragePage({ handle, portfolio }: PageProps) {
  const { coverage, keywordSet } = portfolio;
  return (
    <>
      <h1 tabIndex={-1}>Coverage</h1>
      <p className="lead">Which recruiter keywords your finished work and repos back with evidence, which are missing, and what to do next.</p>
      <KeywordSetPicker handle={handle} portfolio={portfolio} />
      {portfolio.problems.map((problem) => <p key={problem} className="error" role="alert">{problem}</p>)}
      {coverage === null || keywordSet === null ? <p role="status">No coverage yet: add a roadmap or repos on <a href="#/sources">Sources</a>.</p> : (
        <>
          <ScoreSummary coverage={coverage} keywordSet={keywordSet} />
          <JobDescriptionPanel handle={handle} portfolio={portfolio} />
          <KeywordChips coverage={coverage} keywordSet={keywordSet} evidenceById={portfolio.evidenceById} />
          <SuggestionList coverage={coverage} />
          <ResumeChecks coverage={coverage} />
        </>
      )}
    </>
  );
}
