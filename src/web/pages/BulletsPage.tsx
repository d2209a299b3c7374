import type { PageProps } from './page-props.js';

export function BulletsPage(_props: PageProps) {
  return <h1 tabIndex={-1}>Bullets</h1>;
}
