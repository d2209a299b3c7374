import { Children, isValidElement, type MouseEvent, type ReactNode } from 'react';
import Markdown from 'react-markdown';
import rehypeRaw from 'rehype-raw';
import rehypeSanitize, { defaultSchema } from 'rehype-sanitize';
import remarkGfm from 'remark-gfm';
import { readmeUrlTransform } from './readme-urls.js';

// GitHub's own sanitizing rules (rehype-sanitize's default), narrowed: images from https only.
// Raw HTML is parsed (rehype-raw) so <details>, <img> and tables written as HTML render, and then
// sanitized, which drops <script>, <iframe>, <style>, every on* handler and javascript: URLs.
const readmeSchema = {
  ...defaultSchema,
  protocols: { ...defaultSchema.protocols, src: ['https'] },
};

/** GitHub's anchor for a heading: lower case, punctuation dropped, spaces as hyphens. */
export function headingSlug(text: string): string {
  return text.trim().toLowerCase().replace(/[^\p{L}\p{N}\s_-]/gu, '').replace(/\s/g, '-');
}

function textOf(node: ReactNode): string {
  return Children.toArray(node).map((child) => (typeof child === 'string' || typeof child === 'number' ? String(child)
    : isValidElement<{ children?: ReactNode }>(child) ? textOf(child.props.children) : '')).join('');
}

// The app routes on the URL's #fragment (#/readmes), so a README's own "#install" link must not
// become the address: it scrolls to the heading inside the preview and moves focus there.
const ANCHOR_PREFIX = 'readme-';
function followAnchor(event: MouseEvent<HTMLAnchorElement>, href: string) {
  event.preventDefault();
  const id = ANCHOR_PREFIX + decodeURIComponent(href.slice(1)).replace(/^user-content-/, '').toLowerCase();
  const target = event.currentTarget.closest('.markdown-body')?.querySelector<HTMLElement>(`[id="${id.replace(/["\\]/g, '\\$&')}"]`);
  if (!target) return;
  target.scrollIntoView({ block: 'start' });
  target.focus({ preventScroll: true });
}

/**
 * A README as GitHub-flavoured markdown (tables, task lists, code blocks), safe to put in our
 * page. Loaded lazily: the markdown stack is not part of the first screen.
 */
export default function ReadmePreview({ markdown, repoUrl }: { markdown: string; repoUrl: string | null }) {
  return (
    <div className="markdown-body">
      <Markdown
        remarkPlugins={[remarkGfm]}
        rehypePlugins={[rehypeRaw, [rehypeSanitize, readmeSchema]]}
        urlTransform={readmeUrlTransform(repoUrl)}
        components={{
          // The page has its own h1: the README's headings sit one level below it, each with
          // GitHub's anchor so the README's table of contents works inside the preview.
          h1: ({ node: _node, ...props }) => <h2 {...props} id={ANCHOR_PREFIX + headingSlug(textOf(props.children))} tabIndex={-1} />,
          h2: ({ node: _node, ...props }) => <h3 {...props} id={ANCHOR_PREFIX + headingSlug(textOf(props.children))} tabIndex={-1} />,
          h3: ({ node: _node, ...props }) => <h4 {...props} id={ANCHOR_PREFIX + headingSlug(textOf(props.children))} tabIndex={-1} />,
          h4: ({ node: _node, ...props }) => <h5 {...props} id={ANCHOR_PREFIX + headingSlug(textOf(props.children))} tabIndex={-1} />,
          h5: ({ node: _node, ...props }) => <h6 {...props} id={ANCHOR_PREFIX + headingSlug(textOf(props.children))} tabIndex={-1} />,
          a: ({ node: _node, ...props }) => (props.href?.startsWith('#')
            ? <a {...props} onClick={(event) => followAnchor(event, props.href!)} />
            : <a {...props} target="_blank" rel="noopener noreferrer nofollow" />),
          // Wide code and tables scroll sideways: focusable, so a keyboard can scroll them too.
          pre: ({ node: _node, ...props }) => <pre {...props} tabIndex={0} />,
          table: ({ node: _node, ...props }) => <div className="table-scroll" tabIndex={0} role="region" aria-label="Table"><table {...props} /></div>,
          // An image whose address was refused (http, data:) shows its alt text, not a broken box.
          img: ({ node: _node, ...props }) => props.src
            ? <img {...props} loading="lazy" referrerPolicy="no-referrer" />
            : <span className="hint">[image not shown{props.alt ? `: ${props.alt}` : ''}]</span>,
        }}
      >
        {markdown}
      </Markdown>
    </div>
  );
}
