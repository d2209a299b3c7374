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
          // The page has its own h1: the README's headings sit one level below it.
          h1: ({ node: _node, ...props }) => <h2 {...props} />,
          h2: ({ node: _node, ...props }) => <h3 {...props} />,
          h3: ({ node: _node, ...props }) => <h4 {...props} />,
          h4: ({ node: _node, ...props }) => <h5 {...props} />,
          h5: ({ node: _node, ...props }) => <h6 {...props} />,
          a: ({ node: _node, ...props }) => <a {...props} target="_blank" rel="noopener noreferrer nofollow" />,
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
