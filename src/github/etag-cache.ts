import { z } from 'zod';
import type { Octokit } from 'octokit';
import { RequestError } from 'octokit';

const CachedResponse = z.object({
  etag: z.string(),
  /** The Link header, so a page answered 304 still tells octokit's paginator where the next page is. */
  link: z.string().optional(),
  data: z.unknown(),
});
type CachedResponse = z.infer<typeof CachedResponse>;

/** The cache file beside the snapshot (src/store/etag-cache-file.ts). It holds response bodies and ETags, never request headers. */
const EtagCacheFile = z.object({
  version: z.literal(1),
  entries: z.record(z.string(), CachedResponse),
});

/**
 * Our own HTTP cache for GitHub GETs. GitHub does not charge a conditional request answered
 * 304 against the rate limit, but octokit keeps no cache and throws the 304 as an error, so
 * we remember each response's ETag and body and replay the body on a 304.
 */
export class EtagCache {
  private readonly previous: Map<string, CachedResponse>;
  /** Only what this sync used is written back, so the file never grows with deleted repos. */
  private readonly used = new Map<string, CachedResponse>();
  fresh = 0;
  notModified = 0;

  constructor(entries: Record<string, CachedResponse> = {}) {
    this.previous = new Map(Object.entries(entries));
  }

  /** The cache from its file's text; a damaged cache only costs full requests, never a failed sync. */
  static parse(text: string): EtagCache {
    try {
      const parsed = EtagCacheFile.safeParse(JSON.parse(text));
      return new EtagCache(parsed.success ? parsed.data.entries : {});
    } catch {
      return new EtagCache();
    }
  }

  lookup(key: string): CachedResponse | undefined {
    return this.previous.get(key);
  }

  remember(key: string, entry: CachedResponse): void {
    this.used.set(key, entry);
  }

  /** The cache file's text (src/store/etag-cache-file.ts writes it): only what this sync used. */
  serialize(): string {
    const file = { version: 1 as const, entries: Object.fromEntries(this.used) };
    return JSON.stringify(file);
  }
}

/**
 * Make every GET of this octokit conditional: send If-None-Match when we hold an ETag, and
 * turn the 304 octokit throws back into the cached response (status 304, cached body).
 */
export function useEtagCache(octokit: Octokit, cache: EtagCache): void {
  octokit.hook.wrap('request', async (request, options) => {
    if (options.method !== 'GET') return request(options);
    const parsed = octokit.request.endpoint.parse(options);
    const key = `${parsed.headers.accept ?? ''} ${parsed.url}`;
    const cached = cache.lookup(key);
    if (cached) options.headers = { ...options.headers, 'if-none-match': cached.etag };
    try {
      const response = await request(options);
      cache.fresh++;
      const etag = response.headers.etag;
      if (etag) cache.remember(key, { etag, link: response.headers.link, data: response.data });
      return response;
    } catch (error) {
      if (cached && error instanceof RequestError && error.status === 304) {
        cache.notModified++;
        cache.remember(key, cached);
        const headers = { ...(error.response?.headers ?? {}), ...(cached.link ? { link: cached.link } : {}) };
        return { status: 304, url: parsed.url, headers, data: cached.data } as Awaited<ReturnType<typeof request>>;
      }
      throw error;
    }
  });
}
