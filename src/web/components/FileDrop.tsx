import { useId, useRef, useState, type ReactNode } from 'react';

/**
 * A file picker that is a real button (keyboard, screen reader, touch), and a drop zone for a
 * mouse. `onFile` gets the first file dropped or chosen; while it runs the button says so.
 */
export function FileDrop({ label, buttonText, accept, onFile, children, testId }: {
  label: string;
  buttonText: string;
  accept: string;
  onFile: (file: File) => void | Promise<void>;
  children?: ReactNode;
  testId?: string;
}) {
  const labelId = useId();
  const input = useRef<HTMLInputElement>(null);
  const [over, setOver] = useState(false);
  const [busy, setBusy] = useState(false);
  const take = async (file: File | undefined) => {
    if (!file) return;
    setBusy(true);
    try { await onFile(file); } finally { setBusy(false); }
  };
  return (
    <div
      className={over ? 'file-drop file-drop-over' : 'file-drop'}
      data-testid={testId}
      onDragOver={(event) => { event.preventDefault(); setOver(true); }}
      onDragLeave={() => setOver(false)}
      onDrop={(event) => {
        event.preventDefault();
        setOver(false);
        void take(event.dataTransfer.files[0]);
      }}
    >
      <p className="file-drop-label" id={labelId}>{label}</p>
      <div className="file-drop-row">
        <button type="button" className="secondary" aria-describedby={labelId} disabled={busy} onClick={() => input.current?.click()}>
          {busy ? 'Reading…' : buttonText}
        </button>
        <span className="hint" aria-hidden="true">or drop it here</span>
      </div>
      {/* The native input does the picking; the button above is what people see and reach. */}
      <input
        ref={input}
        type="file"
        accept={accept}
        className="visually-hidden"
        tabIndex={-1}
        aria-label={label}
        onChange={(event) => {
          void take(event.target.files?.[0]);
          event.target.value = '';
        }}
      />
      {children}
    </div>
  );
}
