import { useEffect, useRef, useState } from 'react';

/** The preview's state: what the frame shows, which lags the one asked for while it renders. */
export type PreviewState = {
  status: 'rendering' | 'ready' | 'error';
  url: string | null;
  label: string;
  message: string;
  /** While rendering: the step under way, said to the user ("Loading the PDF renderer…"). */
  stage: string;
  /** While rendering: seconds since it started, so a long first render is visibly alive. */
  seconds: number;
};

export type RenderPdf = (reportStage: (stage: string) => void) => Promise<Blob>;

const RENDER_DELAY_MS = 300;

/**
 * A PDF preview on the Export page: re-render `render()` shortly after its inputs change (typing
 * does not render on every key), say which step it is on and for how long, show the new blob URL
 * when it is ready, and free the old one.
 */
export function usePdfPreview(render: RenderPdf | null, label: string, inputs: readonly unknown[]): PreviewState {
  const [state, setState] = useState<PreviewState>({ status: 'rendering', url: null, label, message: '', stage: 'Getting ready…', seconds: 0 });
  const current = useRef<string | null>(null);

  useEffect(() => {
    if (render === null) return;
    let cancelled = false;
    const started = performance.now();
    const setStage = (stage: string) => { if (!cancelled) setState((previous) => ({ ...previous, status: 'rendering', stage })); };
    setState((previous) => ({ ...previous, status: 'rendering', stage: 'Getting ready…', seconds: 0 }));
    const ticker = window.setInterval(() => {
      if (!cancelled) setState((previous) => (previous.status === 'rendering' ? { ...previous, seconds: Math.floor((performance.now() - started) / 1000) } : previous));
    }, 1000);
    const timer = window.setTimeout(() => {
      render(setStage).then((blob) => {
        if (cancelled) return;
        const url = URL.createObjectURL(blob);
        if (current.current) URL.revokeObjectURL(current.current);
        current.current = url;
        setState({ status: 'ready', url, label, message: '', stage: '', seconds: Math.floor((performance.now() - started) / 1000) });
      }, (error: unknown) => {
        if (!cancelled) setState((previous) => ({ ...previous, status: 'error', message: error instanceof Error ? error.message : String(error) }));
      }).finally(() => window.clearInterval(ticker));
    }, RENDER_DELAY_MS);
    return () => { cancelled = true; window.clearTimeout(timer); window.clearInterval(ticker); };
    // The caller lists what the document depends on; `render` is a new closure every time.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, inputs);

  useEffect(() => () => { if (current.current) URL.revokeObjectURL(current.current); }, []);
  return state;
}
