import { useEffect, useRef } from 'react';
import { PAGES, useCurrentPage, type PageId } from './routes.js';
import { useSavedState } from './state/use-saved-state.js';
import { StartupNoticeBanner } from './components/StartupNoticeBanner.js';
import { SourcesPage } from './pages/SourcesPage.js';
import { CoveragePage } from './pages/CoveragePage.js';
import { BulletsPage } from './pages/BulletsPage.js';
import { ReadmesPage } from './pages/ReadmesPage.js';
import { ExportPage } from './pages/ExportPage.js';
import { usePortfolio } from './pipeline/use-portfolio.js';

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
        <CurrentPage page={page} handle={handle} portfolio={portfolio} />
      </main>
    </div>
  );
}

type PageProps = { page: PageId } & Parameters<typeof SourcesPage>[0];

function CurrentPage({ page, ...props }: PageProps) {
  switch (page) {
    case 'sources': return <SourcesPage {...props} />;
    case 'coverage': return <CoveragePage {...props} />;
    case 'bullets': return <BulletsPage {...props} />;
    case 'readmes': return <ReadmesPage {...props} />;
    case 'export': return <ExportPage {...props} />;
  }
}
