import { useId, useState } from 'react';
import { InputFileError, JSON_INPUTS, readJsonText } from '../../model/json-input.js';
import type { Resume } from '../../model/resume.js';
import type { PageProps } from '../pages/page-props.js';
import { FileDrop } from '../components/FileDrop.js';
import { downloadJson } from '../components/download.js';
import { EntryList } from './EntryList.js';
import { TextField } from './TextField.js';

type Basics = NonNullable<Resume['basics']>;

/** A form over the JSON Resume basics, work and education; import and export as JSON Resume. */
export function ProfileForm({ handle }: PageProps) {
  const [problem, setProblem] = useState<string | null>(null);
  const summaryId = useId();
  const profile = handle.state.profile;
  const basics: Basics = profile.basics ?? {};
  const setProfile = (change: (profile: Resume) => Resume) => handle.update((state) => ({ ...state, profile: change(state.profile) }));
  const setBasics = (patch: Partial<Basics>) => setProfile((current) => ({ ...current, basics: { ...current.basics, ...patch } }));

  const importFile = async (file: File) => {
    let imported: Resume;
    try {
      // The CLI's reader: line:column for a syntax error, a snapshot named as one, every field at fault.
      imported = readJsonText(await file.text(), file.name, JSON_INPUTS.profile);
    } catch (error) {
      if (!(error instanceof InputFileError)) throw error;
      setProblem(error.message);
      return;
    }
    setProblem(null);
    // A resume from elsewhere has no Roadfolio settings: keep the bullet edits and links made here.
    setProfile((current) => ({
      ...imported,
      meta: { ...imported.meta, roadfolio: imported.meta?.roadfolio ?? current.meta?.roadfolio },
    }));
  };

  return (
    <section aria-labelledby="profile-heading" className="card">
      <h2 id="profile-heading">Profile</h2>
      <p className="hint">Stored as a <a href="https://jsonresume.org/schema" target="_blank" rel="noopener noreferrer">JSON Resume</a>; bring yours or take this one to any JSON Resume theme.</p>
      <div className="button-row">
        <FileDrop label="Import a JSON Resume (resume.json)" accept=".json,application/json" onFile={importFile} />
        <button type="button" onClick={() => downloadJson('profile.json', profile)}>Export profile.json</button>
      </div>
      {problem !== null && <p className="error" role="alert">{problem}</p>}

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
    </section>
  );
}
