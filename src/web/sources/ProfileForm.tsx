import { useId, useState } from 'react';
import type { Resume } from '../../model/resume.js';
import { JSON_INPUTS } from '../../model/json-input.js';
import type { PageProps } from '../pages/page-props.js';
import { FileDrop } from '../components/FileDrop.js';
import { downloadJson } from '../components/download.js';
import { readJsonImport } from './read-json-import.js';
import { EntryList } from './EntryList.js';
import { TextField } from './TextField.js';
import { SourceHeading } from './SourceHeading.js';
import { statusOf } from '../state/source-changes.js';
import { focusWhenPresent } from '../components/focus-when-present.js';

type Basics = NonNullable<Resume['basics']>;

/** A form over the JSON Resume basics, work and education; import and export as JSON Resume. */
export function ProfileForm({ handle }: PageProps) {
  const [problem, setProblem] = useState<{ summary: string; problems: string[] } | null>(null);
  const summaryId = useId();
  const status = statusOf(handle.state, 'profile');
  const profile: Resume = handle.state.profile?.profile ?? {};
  const basics: Basics = profile.basics ?? {};
  const setProfile = (change: (profile: Resume) => Resume) => handle.editOwn('profile', (current) => ({ ...current, profile: change(current.profile) }));
  const setBasics = (patch: Partial<Basics>) => setProfile((current) => ({ ...current, basics: { ...current.basics, ...patch } }));

  const importFile = async (file: File) => {
    // The CLI's reader: every problem listed with its field path, files from resume builders
    // taken as they are ("" for an absent field or the end of a current job).
    const read = readJsonImport(await file.text(), file.name, JSON_INPUTS.profile);
    if (!read.ok) {
      setProblem(read);
      return;
    }
    const parsed = { data: read.value };
    setProblem(null);
    // A resume from elsewhere has no Roadfolio settings: keep the bullet edits and links made
    // here on the user's own data (the example's edits are about the example's entries).
    const kept = status === 'user' ? profile.meta?.roadfolio : undefined;
    const roadfolio = parsed.data.meta?.roadfolio ?? kept;
    handle.bringOwn('profile', { profile: { ...parsed.data, ...(parsed.data.meta || roadfolio ? { meta: { ...parsed.data.meta, ...(roadfolio ? { roadfolio } : {}) } } : {}) } });
  };
  const startOwn = () => {
    handle.bringOwn('profile', { profile: {} });
    focusWhenPresent(() => document.querySelector<HTMLElement>('#profile-form input'));
  };

  return (
    <section aria-labelledby="profile-heading" className="card">
      <SourceHeading name="profile" title="Profile" handle={handle} />
      <p className="hint">Stored as a <a href="https://jsonresume.org/schema" target="_blank" rel="noopener noreferrer">JSON Resume</a>; bring yours or take this one to any JSON Resume theme.</p>
      <div className="button-row">
        <FileDrop label={status === 'empty' ? 'Import your JSON Resume (resume.json)' : 'Replace it with your JSON Resume (resume.json)'} buttonText="Choose a resume.json" accept=".json,application/json" onFile={importFile} testId="profile-drop" />
        {status !== 'empty' && <button type="button" className="secondary" onClick={() => downloadJson('profile.json', profile)}>Export profile.json</button>}
      </div>
      {problem !== null && (
        <div className="error" role="alert" data-testid="profile-import-problem">
          <p>{problem.summary}</p>
          {problem.problems.length > 0 && <ul>{problem.problems.map((line) => <li key={line}>{line}</li>)}</ul>}
        </div>
      )}
      {status !== 'user' ? (
        <>
          {status === 'example'
            ? <p data-testid="profile-summary">The example's profile: <strong>{basics.name}</strong>, {basics.label}; {(profile.work ?? []).length} positions, {(profile.education ?? []).length} degrees. It is not yours, so it cannot be edited here.</p>
            : <p>No profile yet: the resume has no name, contact line, jobs or education until you add them.</p>}
          <button type="button" onClick={startOwn}>Start my own profile</button>
        </>
      ) : (
      <div id="profile-form">

      <fieldset>
        <legend>Basics</legend>
        <div className="field-grid">
          <TextField label="Name" value={basics.name} onChange={(name) => setBasics({ name })} autoComplete="name" />
          <TextField label="Headline" value={basics.label} onChange={(label) => setBasics({ label })} />
          <TextField label="E-mail" type="email" value={basics.email} onChange={(email) => setBasics({ email })} autoComplete="email" />
          <TextField label="Phone" type="tel" value={basics.phone} onChange={(phone) => setBasics({ phone })} autoComplete="tel" />
          <TextField label="Website" type="url" value={basics.url} onChange={(url) => setBasics({ url })} />
          <TextField label="City" value={basics.location?.city} onChange={(city) => setBasics({ location: { ...basics.location, city } })} />
          <TextField label="Region" value={basics.location?.region} onChange={(region) => setBasics({ location: { ...basics.location, region } })} />
          <TextField label="Country code" value={basics.location?.countryCode} onChange={(countryCode) => setBasics({ location: { ...basics.location, countryCode } })} />
        </div>
        <label htmlFor={summaryId}>Summary</label>
        <textarea id={summaryId} rows={4} value={basics.summary ?? ''} onChange={(event) => setBasics({ summary: event.target.value })} />
      </fieldset>

      <EntryList
        legend="Work"
        itemName="position"
        entries={profile.work ?? []}
        onChange={(work) => setProfile((current) => ({ ...current, work }))}
        titleOf={(entry) => [entry.position, entry.name].filter(Boolean).join(', ') || 'New position'}
        fields={[
          { key: 'position', label: 'Position' },
          { key: 'name', label: 'Employer' },
          { key: 'location', label: 'Location' },
          { key: 'startDate', label: 'Start (YYYY-MM)', date: true },
          { key: 'endDate', label: 'End (YYYY-MM, empty if current)', date: true },
          { key: 'summary', label: 'Summary', multiline: true },
          { key: 'highlights', label: 'Highlights (one per line)', lines: true },
        ]}
      />
      <EntryList
        legend="Education"
        itemName="education entry"
        entries={profile.education ?? []}
        onChange={(education) => setProfile((current) => ({ ...current, education }))}
        titleOf={(entry) => [entry.studyType, entry.institution].filter(Boolean).join(', ') || 'New education entry'}
        fields={[
          { key: 'institution', label: 'Institution' },
          { key: 'studyType', label: 'Degree' },
          { key: 'area', label: 'Area of study' },
          { key: 'startDate', label: 'Start (YYYY-MM)', date: true },
          { key: 'endDate', label: 'End (YYYY-MM)', date: true },
          { key: 'courses', label: 'Courses (one per line)', lines: true },
        ]}
      />
      </div>
      )}
    </section>
  );
}
