import type { PageProps } from './page-props.js';

export function CoveragePage(_props: PageProps) {
  return <h1 tabIndex={-1}>Coverage</h1>;
}
