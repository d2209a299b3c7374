import { Octokit } from 'octokit';
import { checkTokenDestination } from './api-url.js';
import { boundedFetch, DEFAULT_FETCH_LIMITS, type FetchLimits } from './bounded-fetch.js';

export const GITHUB_API_URL = 'https://api.github.com';

export interface ClientOptions {
  /** REST root: https://api.github.com, https://ghe.example.com/api/v3, or a test server. */
  apiUrl?: string;
  token?: string;
  /** Retries for 5xx and network errors (octokit's retry plugin); 0 turns retrying off. */
  retries?: number;
  /** Milliseconds multiplied by retryCount² between retries (octokit's default is 1000). */
  retryBaseMs?: number;
  /** Wait and retry a rate-limited request only when GitHub asks for at most this many seconds. */
  maxRateLimitWaitSeconds?: number;
  /** Milliseconds per second of `retry-after`; tests shrink it so a 1 s wait takes 1 ms. */
  rateLimitWaitUnitMs?: number;
  /** octokit's throttling plugin (queues requests, waits out rate limits); tests turn it off. */
  throttle?: boolean;
  /** Time and size bounds of each request (src/github/bounded-fetch.ts); tests shrink them. */
  limits?: Partial<FetchLimits>;
  /** Send the token to a plain http:// API root on this machine (127.0.0.1, localhost). */
  allowHttpLoopback?: boolean;
}

const silentLog = { debug() {}, info() {}, warn() {}, error() {} };

/**
 * The one octokit every GitHub call goes through: REST, GraphQL, pagination, retry and
 * throttling from the `octokit` package. Its log is silenced because octokit's warnings quote
 * request URLs and options; we report failures ourselves, in words, without the token.
 */
export function createGithubClient(options: ClientOptions = {}): Octokit {
  if (options.token) checkTokenDestination((options.apiUrl ?? GITHUB_API_URL).replace(/\/+$/, ''), options.allowHttpLoopback);
  const maxWait = options.maxRateLimitWaitSeconds ?? 60;
  // One retry of a rate-limited request, and only when the wait is short: a user at a terminal
  // would rather hear "resets at 10:41" than watch a silent hour-long pause.
  const shouldWait = (retryAfterSeconds: number, _options: unknown, _octokit: unknown, retryCount: number): boolean =>
    retryCount < 1 && retryAfterSeconds <= maxWait;
  return new Octokit({
    baseUrl: (options.apiUrl ?? GITHUB_API_URL).replace(/\/+$/, ''),
    ...(options.token ? { auth: options.token } : {}),
    log: silentLog,
    request: { fetch: boundedFetch({ ...DEFAULT_FETCH_LIMITS, ...options.limits }) },
    retry: {
      enabled: (options.retries ?? 3) > 0,
      retries: options.retries ?? 3,
      retryAfterBaseValue: options.retryBaseMs ?? 1000,
      // 429 is the throttling plugin's to handle (it honours retry-after); 304 is our cache's.
      doNotRetry: [304, 400, 401, 403, 404, 410, 422, 429, 451],
    },
    throttle: {
      enabled: options.throttle ?? true,
      retryAfterBaseValue: options.rateLimitWaitUnitMs ?? 1000,
      onRateLimit: shouldWait,
      onSecondaryRateLimit: shouldWait,
    },
  });
}
