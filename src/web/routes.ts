import { useEffect, useState } from 'react';

export const PAGES = [
  { id: 'sources', label: 'Sources' },
  { id: 'coverage', label: 'Coverage' },
  { id: 'bullets', label: 'Bullets' },
  { id: 'readmes', label: 'READMEs' },
  { id: 'export', label: 'Export' },
  { id: 'applications', label: 'Applications' },
] as const;
export type PageId = (typeof PAGES)[number]['id'];

// A newcomer lands on Coverage: a real score before typing anything.
const DEFAULT_PAGE: PageId = 'coverage';

function pageFromHash(hash: string): PageId {
  const id = hash.replace(/^#\/?/, '');
  return PAGES.find((page) => page.id === id)?.id ?? DEFAULT_PAGE;
}

/** Hash routes (#/coverage) so the static server needs no rewrites and back/forward work. */
export function useCurrentPage(): PageId {
  const [page, setPage] = useState(() => pageFromHash(window.location.hash));
  useEffect(() => {
    const onHashChange = () => setPage(pageFromHash(window.location.hash));
    window.addEventListener('hashchange', onHashChange);
    return () => window.removeEventListener('hashchange', onHashChange);
  }, []);
  return page;
}
