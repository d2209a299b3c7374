import { defaultUrlTransform } from 'react-markdown';

/**
 * Where a README's URLs may point once rendered in our page. Images load only from https
 * (no http tracking pixels, no data: payloads); relative paths are resolved against the repo
 * on GitHub, as GitHub itself shows them; links keep http(s), mailto and in-page anchors, and
 * anything else (javascript:, vbscript:, data:) is dropped.
 */
export function readmeUrlTransform(repoUrl: string | null) {
  const base = repoUrl === null ? null : repoUrl.replace(/\/+$/, '');
  return (url: string, key: string): string | null => {
    const safe = defaultUrlTransform(url);
    if (safe === '') return null;
    const isImage = key === 'src' || key === 'srcSet' || key === 'poster';
    if (/^[a-z][a-z0-9+.-]*:/i.test(safe) || safe.startsWith('//')) {
      const absolute = safe.startsWith('//') ? `https:${safe}` : safe;
      if (isImage) return /^https:/i.test(absolute) ? absolute : null;
      return /^(https?|mailto):/i.test(absolute) ? absolute : null;
    }
    if (safe.startsWith('#')) return isImage ? null : safe;
    if (base === null) return null;
    const path = safe.replace(/^\.?\//, '');
    if (isImage) return base.startsWith('https:') ? `${base}/raw/HEAD/${path}` : null;
    return `${base}/blob/HEAD/${path}`;
  };
}
