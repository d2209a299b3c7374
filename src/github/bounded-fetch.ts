/**
 * The fetch every GitHub request goes through: it bounds the wait for headers, the silence
 * inside a body, the whole request and the body size, and it reads the body itself. octokit
 * reads bodies with `response.text().catch(() => "")` and keeps a JSON body that does not parse
 * as a string, so a cut, empty or garbled 200 became an empty page to its paginator, and a
 * sync that lost its connection wrote "0 repos" over a good snapshot. Here such a body is an
 * error (octokit wraps it as a RequestError whose `cause` is the BodyError below).
 * Web platform APIs only (fetch, streams, AbortController): the web app syncs with it too.
 */
export type BodyFailure = 'no-headers' | 'stalled' | 'too-slow' | 'cut' | 'empty' | 'not-json' | 'too-large' | 'deadline';

export class BodyError extends Error {
  constructor(readonly failure: BodyFailure, message: string) {
    super(message);
    this.name = 'BodyError';
  }
}

export interface FetchLimits {
  /** Longest wait for the status line and headers. */
  headersMs: number;
  /** Longest silence between two pieces of a body. */
  idleMs: number;
  /** Longest time for one request, headers and body (a body at one byte every few seconds). */
  requestMs: number;
  /** Largest body kept in memory; GitHub's biggest (a page of 100 repos with READMEs) is far below. */
  maxBodyBytes: number;
  /** Aborts every request at once: the sync's overall bound. */
  signal?: AbortSignal;
  /** Told every `slowNoticeMs` while one request is still running, to show the user progress. */
  onSlow?(request: string, waitedMs: number): void;
  slowNoticeMs?: number;
}

export const DEFAULT_FETCH_LIMITS: FetchLimits = {
  headersMs: 30_000,
  idleMs: 30_000,
  requestMs: 120_000,
  maxBodyBytes: 64 * 1024 * 1024,
  slowNoticeMs: 10_000,
};

const seconds = (ms: number): string => `${Math.round(ms / 100) / 10} s`;

/** Status codes whose response has no body by definition. */
const NO_BODY = new Set([101, 204, 205, 304]);

export function boundedFetch(limits: FetchLimits, fetchImpl: typeof fetch = globalThis.fetch): typeof fetch {
  return async (input, init = {}) => {
    const method = (init.method ?? 'GET').toUpperCase();
    const target = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    const label = `${method} ${pathOf(target)}`;
    const controller = new AbortController();
    let failure: BodyError | undefined;
    const stop = (error: BodyError): void => {
      if (failure) return;
      failure = error;
      controller.abort(error);
    };
    const onOuterAbort = (): void => stop(new BodyError('deadline', 'the overall time limit of the sync ran out'));
    if (limits.signal?.aborted) onOuterAbort();
    limits.signal?.addEventListener('abort', onOuterAbort);
    init.signal?.addEventListener('abort', () => stop(new BodyError('deadline', 'the request was cancelled')));
    const started = Date.now();
    const timers: ReturnType<typeof setTimeout>[] = [];
    const later = (ms: number, work: () => void): ReturnType<typeof setTimeout> => {
      const timer = setTimeout(work, ms);
      timers.push(timer);
      return timer;
    };
    later(limits.requestMs, () => stop(new BodyError('too-slow', `${label} took longer than ${seconds(limits.requestMs)}`)));
    const headersTimer = later(limits.headersMs, () => stop(new BodyError('no-headers', `${label} sent no answer in ${seconds(limits.headersMs)}`)));
    const notice = limits.onSlow && limits.slowNoticeMs ? setInterval(() => limits.onSlow!(label, Date.now() - started), limits.slowNoticeMs) : undefined;
    try {
      let response: Response;
      try {
        response = await fetchImpl(input, { ...init, signal: controller.signal });
      } catch (error) {
        throw failure ?? error;
      }
      clearTimeout(headersTimer);
      const bytes = await readBody(response, limits, label, later, stop, () => failure);
      if (failure) throw failure;
      let body = bytes;
      if (response.status >= 200 && response.status < 300 && !NO_BODY.has(response.status) && method !== 'HEAD') {
        const parsed = checkJsonBody(response.headers.get('content-type'), bytes, label);
        // Only a body longer than the longest string allowed can hold one.
        if (bytes.byteLength > LONGEST_JSON_STRING) body = withLongStringsCut(parsed) ?? bytes;
      }
      const copy = new Response(NO_BODY.has(response.status) ? null : (body as Uint8Array<ArrayBuffer>), {
        status: response.status,
        statusText: response.statusText,
        headers: response.headers,
      });
      Object.defineProperty(copy, 'url', { value: response.url });
      return copy;
    } finally {
      for (const timer of timers) clearTimeout(timer);
      if (notice) clearInterval(notice);
      limits.signal?.removeEventListener('abort', onOuterAbort);
    }
  };
}

async function readBody(
  response: Response,
  limits: FetchLimits,
  label: string,
  later: (ms: number, work: () => void) => ReturnType<typeof setTimeout>,
  stop: (error: BodyError) => void,
  failed: () => BodyError | undefined,
): Promise<Uint8Array<ArrayBuffer>> {
  if (!response.body) return new Uint8Array(0);
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  let idle = later(limits.idleMs, () => stop(new BodyError('stalled', `${label} stopped sending its answer for ${seconds(limits.idleMs)} (after ${total} bytes)`)));
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      total += value.byteLength;
      if (total > limits.maxBodyBytes) {
        stop(new BodyError('too-large', `${label} answered with more than ${Math.round(limits.maxBodyBytes / 1024 / 1024)} MB`));
        break;
      }
      chunks.push(value);
      clearTimeout(idle);
      idle = later(limits.idleMs, () => stop(new BodyError('stalled', `${label} stopped sending its answer for ${seconds(limits.idleMs)} (after ${total} bytes)`)));
    }
  } catch (error) {
    throw failed() ?? new BodyError('cut', `${label}: the connection closed after ${total} bytes of the answer (${(error as Error).message})`);
  } finally {
    clearTimeout(idle);
    reader.cancel().catch(() => undefined);
  }
  const bytes = new Uint8Array(total > limits.maxBodyBytes ? 0 : total);
  let offset = 0;
  if (total <= limits.maxBodyBytes) {
    for (const chunk of chunks) {
      bytes.set(chunk, offset);
      offset += chunk.byteLength;
    }
  }
  return bytes;
}

/** A 2xx whose type says JSON (or says nothing) must be whole JSON: GitHub never sends an empty one. */
function checkJsonBody(contentType: string | null, bytes: Uint8Array, label: string): { value: unknown } | undefined {
  const type = contentType?.split(';')[0]?.trim().toLowerCase();
  if (type !== undefined && type !== 'application/json' && !type.endsWith('+json')) return undefined;
  if (bytes.byteLength === 0) throw new BodyError('empty', `${label} answered 200 with an empty body`);
  try {
    return { value: JSON.parse(new TextDecoder('utf-8').decode(bytes)) as unknown };
  } catch {
    throw new BodyError('not-json', `${label} answered 200 with ${bytes.byteLength} bytes that are not whole JSON (cut short?)`);
  }
}

/**
 * octokit parses JSON with json-with-bigint, whose parser overflows the stack on one string of
 * about 8 MB (a README's text in a GraphQL answer) and then hands back the raw text, which read
 * as "a shape GitHub's API does not have". No string we keep is that long: README text is cut at
 * 1 MB (src/github/readme-text.ts, from the blob's byteSize, so the cut is still said), and a
 * README's base64 content is at most 1.4 MB. Longer strings are cut here, before octokit parses.
 */
export const LONGEST_JSON_STRING = 4_000_000;

function withLongStringsCut(parsed: { value: unknown } | undefined): Uint8Array<ArrayBuffer> | undefined {
  if (!parsed) return undefined;
  let cut = false;
  const walk = (value: unknown): unknown => {
    if (typeof value === 'string') {
      if (value.length <= LONGEST_JSON_STRING) return value;
      cut = true;
      return value.slice(0, LONGEST_JSON_STRING);
    }
    if (Array.isArray(value)) return value.map(walk);
    if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, walk(inner)]));
    return value;
  };
  const value = walk(parsed.value);
  return cut ? new TextEncoder().encode(JSON.stringify(value)) as Uint8Array<ArrayBuffer> : undefined;
}

function pathOf(url: string): string {
  try {
    return new URL(url).pathname;
  } catch {
    return url;
  }
}
