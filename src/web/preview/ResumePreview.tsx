import { memo, useLayoutEffect, useRef, useState } from 'react';
import type { ResumeTemplate } from '../../model/index.js';
import type { ResumeEntry, ResumeLayout } from '../../resume/resume-sections.js';

// Points to CSS pixels at 96 dpi: the template's sizes mean on screen what they mean on paper.
const PT = 96 / 72;
const PAGE_WIDTH_PT = { A4: 595.28, LETTER: 612 } as const;

/**
 * The resume as HTML, from the layout model the PDF draws (the build's `layout`: the same sections,
 * headings, entries and words, in the same order, with the template's sizes and colour). The
 * pipeline worker rebuilds it on every edit; the PDF itself is rendered only on Export. Page
 * breaks are the PDF's business: this is one long page.
 */
export const ResumePreview = memo(function ResumePreview({ layout, template }: { layout: ResumeLayout | null; template: ResumeTemplate | null }) {
  if (layout === null || template === null) {
    return <p className="hint">The preview appears once there is something to put on the resume.</p>;
  }
  return <Sheet layout={layout} template={template} />;
});

function Sheet({ layout, template }: { layout: ResumeLayout; template: ResumeTemplate }) {
  const frame = useRef<HTMLDivElement>(null);
  const pageWidth = PAGE_WIDTH_PT[layout.page.size] * PT;
  // The page is drawn at its paper size and zoomed to the column (zoom, unlike a transform,
  // also scales the space it takes, so the column is as tall as the page it shows).
  const [zoom, setZoom] = useState(1);
  useLayoutEffect(() => {
    const element = frame.current;
    if (element === null) return;
    const fit = () => setZoom(Math.min(1, element.clientWidth / pageWidth));
    fit();
    const observer = new ResizeObserver(fit);
    observer.observe(element);
    return () => observer.disconnect();
  }, [pageWidth]);
  const empty = layout.name === '' && layout.sections.length === 0;
  const { fontSize, spacing, accentColor, lineHeight } = template;
  const style = {
    width: `${pageWidth}px`,
    zoom,
    '--page-margin': `${layout.page.margin * PT}px`,
    '--accent': accentColor,
    '--body': `${fontSize.body * PT}px`,
    '--small': `${fontSize.small * PT}px`,
    '--heading': `${fontSize.heading * PT}px`,
    '--name': `${fontSize.name * PT}px`,
    '--label': `${fontSize.label * PT}px`,
    '--section-gap': `${spacing.section * PT}px`,
    '--entry-gap': `${spacing.entry * PT}px`,
    '--bullet-gap': `${spacing.bullet * PT}px`,
    lineHeight,
  } as React.CSSProperties;
  return (
    <div className="resume-sheet-frame" ref={frame}>
      <article className="resume-sheet" style={style} aria-label="Resume preview" data-testid="resume-preview">
        {empty ? <p className="hint">Nothing on the resume yet: add a roadmap, repos or a profile on Sources.</p> : (
          <>
            {layout.name !== '' ? <p className="rs-name">{layout.name}</p> : <p className="rs-name rs-missing">Your name (add it to your profile)</p>}
            {layout.label && <p className="rs-label">{layout.label}</p>}
            {layout.contacts.length > 0 && <p className="rs-contacts">{layout.contacts.map((contact) => <span key={contact.text}>{contact.text}</span>)}</p>}
            {layout.sections.map((block) => (
              <section key={block.key} className="rs-section" aria-label={block.heading}>
                <p className="rs-heading">{block.heading}</p>
                {block.entries.map((entry, index) => <Entry key={`${block.key}-${index}`} entry={entry} />)}
              </section>
            ))}
          </>
        )}
      </article>
    </div>
  );
}

function Entry({ entry }: { entry: ResumeEntry }) {
  return (
    <div className={entry.title ? 'rs-entry' : 'rs-entry rs-entry-plain'}>
      {entry.title && (
        <div className="rs-entry-head">
          <span className="rs-title">{entry.title}</span>
          {entry.dates && <span className="rs-dates">{entry.dates}</span>}
        </div>
      )}
      {entry.organisation && <p className="rs-subtitle">{entry.organisation}</p>}
      {entry.link && <p className="rs-link">{entry.link.text}</p>}
      {entry.groups
        ? entry.groups.map((group, index) => (
          <p key={`g${index}`} className="rs-paragraph">{group.name ? <><strong>{group.name}:</strong> </> : null}{group.terms.join(', ')}</p>
        ))
        : entry.paragraphs.map((paragraph, index) => <p key={`p${index}`} className="rs-paragraph">{paragraph}</p>)}
      {entry.bullets.length > 0 && <ul className="rs-bullets">{entry.bullets.map((bullet, index) => <li key={index}>{bullet}</li>)}</ul>}
    </div>
  );
}
