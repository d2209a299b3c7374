import { useId } from 'react';

/** A labelled one-line input; an empty value is stored as absent, as JSON Resume expects. */
export function TextField({ label, value, onChange, type = 'text', autoComplete, invalid }: {
  label: string;
  value: string | undefined;
  onChange: (value: string | undefined) => void;
  type?: 'text' | 'email' | 'tel' | 'url';
  autoComplete?: string;
  invalid?: string | null;
}) {
  const id = useId();
  const errorId = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type={type}
        value={value ?? ''}
        autoComplete={autoComplete}
        aria-invalid={invalid ? true : undefined}
        aria-describedby={invalid ? errorId : undefined}
        onChange={(event) => onChange(event.target.value === '' ? undefined : event.target.value)}
      />
      {invalid ? <span id={errorId} className="error">{invalid}</span> : null}
    </div>
  );
}
