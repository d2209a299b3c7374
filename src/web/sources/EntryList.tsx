import { useId } from 'react';
import { ResumeDate } from '../../model/resume.js';
import { TextField } from './TextField.js';

type Entry = Record<string, unknown>;
interface FieldSpec { key: string; label: string; multiline?: boolean; lines?: boolean; date?: boolean }

/** A list of JSON Resume entries (work, education), each a small form, with add and remove. */
export function EntryList<T extends Entry>({ legend, itemName, entries, onChange, titleOf, fields }: {
  legend: string;
  itemName: string;
  entries: T[];
  onChange: (entries: T[]) => void;
  titleOf: (entry: T) => string;
  fields: FieldSpec[];
}) {
  const setField = (index: number, key: string, value: unknown) =>
    onChange(entries.map((entry, at) => (at === index ? withField(entry, key, value) : entry)));
  return (
    <fieldset>
      <legend>{legend}</legend>
      {entries.map((entry, index) => (
        <details key={index} className="entry">
          <summary>{titleOf(entry)}</summary>
          <div className="field-grid">
            {fields.map((field) => field.multiline || field.lines
              ? <MultilineField key={field.key} field={field} value={entry[field.key]} onChange={(value) => setField(index, field.key, value)} />
              : <TextField
                  key={field.key}
                  label={field.label}
                  value={typeof entry[field.key] === 'string' ? (entry[field.key] as string) : undefined}
                  invalid={field.date ? dateProblem(entry[field.key]) : null}
                  onChange={(value) => setField(index, field.key, value)}
                />)}
          </div>
          <button type="button" className="danger" onClick={() => onChange(entries.filter((_, at) => at !== index))}>Remove this {itemName}</button>
        </details>
      ))}
      <button type="button" onClick={() => onChange([...entries, {} as T])}>Add {/^[aeiou]/i.test(itemName) ? "an" : "a"} {itemName}</button>
    </fieldset>
  );
}

function MultilineField({ field, value, onChange }: { field: FieldSpec; value: unknown; onChange: (value: unknown) => void }) {
  const id = useId();
  const text = Array.isArray(value) ? value.join('\n') : typeof value === 'string' ? value : '';
  return (
    <div className="field field-wide">
      <label htmlFor={id}>{field.label}</label>
      <textarea
        id={id}
        rows={3}
        value={text}
        onChange={(event) => {
          const raw = event.target.value;
          if (!field.lines) onChange(raw === '' ? undefined : raw);
          // Keep blank lines while typing; they are dropped where the resume is built.
          else onChange(raw === '' ? undefined : raw.split('\n'));
        }}
      />
    </div>
  );
}

function withField<T extends Entry>(entry: T, key: string, value: unknown): T {
  const next: Entry = { ...entry };
  if (value === undefined) delete next[key];
  else next[key] = value;
  return next as T;
}

// The saved state is validated on load: a date the schema refuses would set the whole state
// aside, so say so at the field while the user types.
function dateProblem(value: unknown): string | null {
  if (typeof value !== 'string' || value === '') return null;
  return ResumeDate.safeParse(value).success ? null : 'Use YYYY, YYYY-MM or YYYY-MM-DD';
}
