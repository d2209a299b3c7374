import { lazy, Suspense, useEffect, useRef } from 'react';
import { PAGES, useCurrentPage, type PageId } from './routes.js';
import { useSavedState } from './state/use-saved-state.js';
import { StartupNoticeBanner } from './components/StartupNoticeBanner.js';
import { ErrorBoundary } from './components/ErrorBoundary.js';
import { CoveragePage } from './pages/CoveragePage.js';
import type { PageProps as SharedPageProps } from './pages/page-props.js';
import { usePortfolio } from './pipeline/use-portfolio.js';

// Coverage is the first screen; the other pages load on first visit (and in idle time after
// start-up), keeping the first screen's JavaScript small.
const loadSources = () => import('./pages/SourcesPage.js');
const loadBullets = () => import('./pages/BulletsPage.js');
const loadReadmes = () => import('./pages/ReadmesPage.js');
const loadExport = () => import('./pages/ExportPage.js');
const SourcesPage = lazy(() => loadSources().then((module) => ({ default: module.SourcesPage })));
const BulletsPage = lazy(() => loadBullets().then((module) => ({ default: module.BulletsPage })));
const ReadmesPage = lazy(() => loadReadmes().then((module) => ({ default: module.ReadmesPage })));
const ExportPage = lazy(() => loadExport().then((module) => ({ default: module.ExportPage })));

export function App() {
  const handle = useSavedState();
  const page = useCurrentPage();
  const portfolio = usePortfolio(handle.state);
  const main = useRef<HTMLElement>(null);
  const firstRender = useRef(true);

  // After a page change, move focus to the new page's heading so keyboard and screen-reader
  // users start reading there (a hash change alone leaves focus on the nav link).
  useEffect(() => {
    if (firstRender.current) { firstRender.current = false; return; }
    main.current?.querySelector<HTMLElement>('h1')?.focus();
  }, [page]);

  // Once the first screen is up, fetch the rest in the background, so every page (the PDF
  // renderer and README preview included) keeps working if the connection drops later.
  useEffect(() => {
    const preload = () => {
      void loadSources(); void loadBullets(); void loadReadmes(); void loadExport();
      void import('./export/render-documents.js').catch(() => undefined);
      void import('./components/ReadmePreview.js').catch(() => undefined);
    };
    const timer = window.setTimeout(preload, 1500);
    return () => window.clearTimeout(timer);
  }, []);

  return (
    <div className="app">
      <a className="skip-link" href="#main" onClick={(event) => { event.preventDefault(); main.current?.querySelector<HTMLElement>('h1')?.focus(); }}>Skip to content</a>
      <header className="app-header">
        <p className="brand">Roadfolio</p>
        <nav aria-label="Pages">
          <ul>
            {PAGES.map((entry) => (
              <li key={entry.id}>
                <a href={`#/${entry.id}`} aria-current={entry.id === page ? 'page' : undefined}>{entry.label}</a>
              </li>
            ))}
          </ul>
        </nav>
      </header>
      <StartupNoticeBanner notice={handle.startupNotice} saveProblem={handle.saveProblem} />
      <main id="main" ref={main}>
        <ErrorBoundary resetKey={page}>
          <Suspense fallback={<p role="status">Loading…</p>}>
            <CurrentPage page={page} handle={handle} portfolio={portfolio} />
          </Suspense>
        </ErrorBoundary>
      </main>
    </div>
  );
}

type PageProps = { page: PageId } & SharedPageProps;

function CurrentPage({ page, ...props }: PageProps) {
  switch (page) {
    case 'sources': return <SourcesPage {...props} />;
    case 'coverage': return <CoveragePage {...props} />;
    case 'bullets': return <BulletsPage {...props} />;
    case 'readmes': return <ReadmesPage {...props} />;
    case 'export': return <ExportPage {...props} />;
  }
}
