/**
 * The only link targets that leave the app (PDF, DOCX, HTML): http, https, mailto and tel.
 * A `javascript:`, `data:`, `file:` or `vbscript:` target from a snapshot, a README or a profile
 * would run or open something on the reader's machine when clicked; a relative path
 * (`../../etc/passwd`) would point into the reader's own files. Anything else is shown as text.
 */
const ALLOWED = new Set(['http:', 'https:', 'mailto:', 'tel:']);

export function safeLinkTarget(url: string | null | undefined): string | undefined {
  if (typeof url !== 'string') return undefined;
  const trimmed = url.trim();
  // Control characters and spaces hide a scheme from a reader ("java\tscript:"); no real link has them.
  // eslint-disable-next-line no-control-regex
  if (trimmed === '' || /[\u0000-\u0020\u007f-\u009f]/.test(trimmed)) return undefined;
  let parsed: URL;
  try {
    parsed = new URL(trimmed);
  } catch {
    return undefined;
  }
  if (!ALLOWED.has(parsed.protocol)) return undefined;
  if ((parsed.protocol === 'http:' || parsed.protocol === 'https:') && (parsed.hostname === '' || parsed.username || parsed.password)) return undefined;
  return parsed.href;
}

/**
 * A link written relative to a README (`docs/setup.md`), made absolute against the repo's page,
 * only when that page is a validated https:// URL; otherwise undefined (shown as text).
 */
export function resolveReadmeLink(url: string, repoUrl: string | undefined): string | undefined {
  const absolute = safeLinkTarget(url);
  if (absolute) return absolute;
  if (!repoUrl || /^[a-z][a-z0-9+.-]*:/i.test(url.trim()) || url.trim().startsWith('//')) return undefined;
  const base = safeLinkTarget(repoUrl);
  if (!base || !base.startsWith('https://')) return undefined;
  try {
    const files = `${base.replace(/\/+$/, '')}/blob/HEAD/`;
    const resolved = new URL(url.trim(), files);
    // "../../etc/passwd" climbs out of the repo's files (to github.com/owner/repo/etc/passwd): only targets inside them are kept.
    return resolved.href.startsWith(files) ? safeLinkTarget(resolved.href) : undefined;
  } catch {
    return undefined;
  }
}
