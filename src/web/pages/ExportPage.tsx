import type { PageProps } from './page-props.js';

export function ExportPage(_props: PageProps) {
  return <h1 tabIndex={-1}>Export</h1>;
}
