import { useId, useState, type ReactNode } from 'react';

/**
 * A drop zone that is also a labelled file input, so it works with a mouse, a keyboard and
 * a screen reader alike. `onFile` gets the first file dropped or chosen.
 */
export function FileDrop({ label, accept, onFile, children, testId }: {
  label: string;
  accept: string;
  onFile: (file: File) => void;
  children?: ReactNode;
  testId?: string;
}) {
  const inputId = useId();
  const [over, setOver] = useState(false);
  return (
    <div
      className={over ? 'file-drop file-drop-over' : 'file-drop'}
      data-testid={testId}
      onDragOver={(event) => { event.preventDefault(); setOver(true); }}
      onDragLeave={() => setOver(false)}
      onDrop={(event) => {
        event.preventDefault();
        setOver(false);
        const file = event.dataTransfer.files[0];
        if (file) onFile(file);
      }}
    >
      <label htmlFor={inputId}>{label}</label>
      <input
        id={inputId}
        type="file"
        accept={accept}
        onChange={(event) => {
          const file = event.target.files?.[0];
          if (file) onFile(file);
          event.target.value = '';
        }}
      />
      {children}
    </div>
  );
}
