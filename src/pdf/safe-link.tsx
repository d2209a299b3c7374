import type { ComponentProps, ReactNode } from 'react';
import { Link, Text } from '@react-pdf/renderer';
import { safeLinkTarget } from '../model/safe-link.js';

/**
 * Every link in our PDFs goes through here: an http(s), mailto or tel target becomes a link,
 * anything else (javascript:, data:, file:, a relative path) its text only.
 */
export function SafeLink({ src, style, children }: { src: string | undefined | null; style?: ComponentProps<typeof Link>['style']; children?: ReactNode }) {
  const target = safeLinkTarget(src);
  return target ? <Link src={target} {...(style ? { style } : {})}>{children}</Link> : <Text {...(style ? { style } : {})}>{children}</Text>;
}
