import { lazy, Suspense, useEffect, useRef, type ReactNode } from 'react';
import { PAGES, useCurrentPage, type PageId } from './routes.js';
import { useSavedState } from './state/use-saved-state.js';
import { StartupNoticeBanner } from './components/StartupNoticeBanner.js';
import { ExampleInUse } from './components/ExampleInUse.js';
import { focusPageHeading } from './components/focus-when-present.js';
import { WelcomePage } from './pages/WelcomePage.js';
import { ResumePreview } from './preview/ResumePreview.js';
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
const loadApplications = () => import('./pages/ApplicationsPage.js');
const ApplicationsPage = lazy(() => loadApplications().then((module) => ({ default: module.ApplicationsPage })));

export function App() {
  const handle = useSavedState();
  const page = useCurrentPage();
  const main = useRef<HTMLElement>(null);
  const firstRender = useRef(true);
  const started = handle.state.settings.started;

  // After a page change, move focus to the new page's heading so keyboard and screen-reader
  // users start reading there (a hash change alone leaves focus on the nav link). A page loaded
  // on first visit has no heading yet: focus lands on it once it arrives.
  useEffect(() => {
    if (firstRender.current) { firstRender.current = false; return; }
    focusPageHeading();
  }, [page]);

  // Once the first screen is up, fetch the other pages in idle time, one at a time, so a page
  // opens at once later. The PDF renderer is not among them: evaluating it is a long task (0.5 to
  // 1 s) that would freeze whatever the user is doing; it loads when they export.
  useEffect(() => {
    const loaders = [loadSources, loadBullets, loadReadmes, loadExport, () => import('./components/ReadmePreview.js')];
    let cancelled = false;
    const idle = (next: () => void) => (typeof window.requestIdleCallback === 'function' ? window.requestIdleCallback(next, { timeout: 4000 }) : setTimeout(next, 200));
    const step = (index: number) => {
      if (cancelled || index >= loaders.length) return;
      void loaders[index]!().catch(() => undefined).then(() => idle(() => step(index + 1)));
    };
    const timer = window.setTimeout(() => idle(() => step(0)), 1500);
    return () => { cancelled = true; window.clearTimeout(timer); };
  }, []);

  return (
    <div className="app">
      <a className="skip-link" href="#main" onClick={(event) => { event.preventDefault(); main.current?.querySelector<HTMLElement>('h1')?.focus(); }}>Skip to content</a>
      <header className="app-header">
        <p className="brand">Roadfolio</p>
        {started && <nav aria-label="Pages">
          <ul>
            {PAGES.map((entry) => (
              <li key={entry.id}>
                <a href={`#/${entry.id}`} aria-current={entry.id === page ? 'page' : undefined}>{entry.label}</a>
              </li>
            ))}
          </ul>
        </nav>}
      </header>
      <StartupNoticeBanner handle={handle} />
      {started && <ExampleInUse state={handle.state} />}
      <main id="main" ref={main}>
        {!started ? <WelcomePage handle={handle} /> : (
          <ErrorBoundary resetKey={page}>
            <Pages page={page} handle={handle} />
          </ErrorBoundary>
        )}
      </main>
      <p id="announcer" className="visually-hidden" aria-live="polite" />
    </div>
  );
}

/**
 * The pages and the pipeline they show. The pipeline runs in a worker, so the shell and a
 * progress line paint at once and stay responsive while the first result is computed.
 */
function Pages({ page, handle }: { page: PageId; handle: SharedPageProps['handle'] }) {
  const portfolio = usePortfolio(handle.state);
  if (portfolio === null) return <PipelineProgress />;
  return (
    <WithPreview page={page} portfolio={portfolio}>
      <Suspense fallback={<p role="status">Loading the {PAGES.find((entry) => entry.id === page)?.label ?? ''} page…</p>}>
        <CurrentPage page={page} handle={handle} portfolio={portfolio} />
      </Suspense>
    </WithPreview>
  );
}

function PipelineProgress() {
  return (
    <div className="pipeline-progress" role="status" data-testid="pipeline-progress">
      <p>Reading your roadmap and repos, matching keywords, writing bullets…</p>
      <progress aria-label="Building your coverage and resume" />
    </div>
  );
}

/** Sources and Bullets change what the resume says: the live preview sits beside them (below on a phone). */
function WithPreview({ page, portfolio, children }: { page: PageId; portfolio: SharedPageProps['portfolio']; children: ReactNode }) {
  if (page !== 'sources' && page !== 'bullets') return <>{children}</>;
  return (
    <div className="with-preview">
      <div className="page-body">{children}</div>
      <aside className="preview-aside" aria-labelledby="live-preview-heading">
        <h2 id="live-preview-heading">Resume preview <span className="hint">({portfolio.template?.name ?? ''} template; the PDF is made on <a href="#/export">Export</a>)</span></h2>
        <ResumePreview layout={portfolio.built?.layout ?? null} template={portfolio.template} />
      </aside>
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
    case 'applications': return <ApplicationsPage {...props} />;
  }
}
