import { useEffect, useRef, useState } from 'react';

/** `label` names the document `url` shows, which lags the one asked for while it renders. */
export type PreviewState = { status: 'rendering' | 'ready' | 'error'; url: string | null; label: string; message: string };

const RENDER_DELAY_MS = 300;

/**
 * A live PDF preview: re-render `render()` shortly after its inputs change (typing does not
 * render on every key), show the new blob URL when it is ready, and free the old one.
 */
export function usePdfPreview(render: (() => Promise<Blob>) | null, label: string, inputs: readonly unknown[]): PreviewState {
  const [state, setState] = useState<PreviewState>({ status: 'rendering', url: null, label, message: '' });
  const current = useRef<string | null>(null);

  useEffect(() => {
    if (render === null) return;
    let cancelled = false;
    setState((previous) => ({ ...previous, status: 'rendering' }));
    const timer = window.setTimeout(() => {
      render().then((blob) => {
        if (cancelled) return;
        const url = URL.createObjectURL(blob);
        if (current.current) URL.revokeObjectURL(current.current);
        current.current = url;
        setState({ status: 'ready', url, label, message: '' });
      }, (error: unknown) => {
        if (!cancelled) setState((previous) => ({ ...previous, status: 'error', message: error instanceof Error ? error.message : String(error) }));
      });
    }, RENDER_DELAY_MS);
    return () => { cancelled = true; window.clearTimeout(timer); };
    // The caller lists what the document depends on; `render` is a new closure every time.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, inputs);

  useEffect(() => () => { if (current.current) URL.revokeObjectURL(current.current); }, []);
  return state;
}
