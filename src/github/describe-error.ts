import { RequestError } from 'octokit';
import { ZodError } from 'zod';
import { BodyError } from './bounded-fetch.js';
import { GithubError } from './errors.js';

export interface ErrorContext {
  apiUrl: string;
  /** The user being synced, for "GitHub has no user ...". */
  user?: string;
  /** Whether a token was sent, to word 401 and rate-limit advice. */
  withToken: boolean;
  /** How many times a 5xx or network failure was tried before giving up. */
  attempts: number;
}

interface GraphqlErrorLike { errors?: { type?: string; message?: string; path?: unknown[] }[]; response?: { headers?: Record<string, string | undefined> }; headers?: Record<string, string | undefined> }

export function resetPhrase(resetEpochSeconds: number, now = Date.now()): string {
  const reset = new Date(resetEpochSeconds * 1000);
  const minutes = Math.max(1, Math.ceil((reset.getTime() - now) / 60_000));
  return `it resets at ${reset.toISOString().slice(11, 16)} UTC (in ${minutes} min)`;
}

function rateLimitError(headers: Record<string, string | number | undefined>, context: ErrorContext): GithubError {
  const reset = Number(headers['x-ratelimit-reset']);
  const limit = headers['x-ratelimit-limit'];
  const when = Number.isFinite(reset) && reset > 0 ? resetPhrase(reset) : 'try again later';
  const advice = context.withToken ? '' : '; sign in with `roadfolio github login` for 5,000 requests an hour';
  return new GithubError('rate-limited', `GitHub rate limit used up${limit ? ` (${limit} requests an hour)` : ''}: ${when}${advice}`);
}

/**
 * Turn whatever octokit threw into a GithubError whose message says what happened and what
 * to do. Only our own words and a few response headers go in: never request headers (the
 * token lives there) and never the raw error object.
 */
export function describeGithubError(error: unknown, context: ErrorContext): GithubError {
  if (error instanceof GithubError) return error;
  const graphql = error as GraphqlErrorLike & { data?: { errors?: GraphqlErrorLike['errors'] } };
  // octokit's GraphqlResponseError carries `errors`; the throttling plugin's rate-limit error, `data.errors`.
  const graphqlErrors = graphql.errors ?? graphql.data?.errors;
  if (error instanceof Error && Array.isArray(graphqlErrors)) {
    const types = graphqlErrors.map((entry) => entry.type);
    if (types.includes('NOT_FOUND') && context.user) return unknownUser(context);
    if (types.includes('RATE_LIMITED')) return rateLimitError(graphql.headers ?? graphql.response?.headers ?? {}, context);
    const first = graphqlErrors[0]?.message ?? 'unknown error';
    return new GithubError('server', `GitHub's GraphQL API at ${context.apiUrl} refused the query: ${first}`);
  }
  const bodyError = error instanceof BodyError ? error : error instanceof Error && error.cause instanceof BodyError ? error.cause : undefined;
  if (bodyError) return describeBodyError(bodyError, context);
  if (error instanceof RequestError) {
    const headers = error.response?.headers ?? {};
    const status = error.status;
    if (status === 401) {
      return new GithubError('bad-token', context.withToken
        ? 'GitHub rejected the token (401 Bad credentials): it is wrong, expired or revoked; run `roadfolio github login` to link your account again'
        : `GitHub at ${context.apiUrl} asks for a token (401); run \`roadfolio github login\``);
    }
    if ((status === 403 || status === 429) && (headers['x-ratelimit-remaining'] === '0' || headers['retry-after'] !== undefined)) {
      if (headers['x-ratelimit-remaining'] === '0') return rateLimitError(headers, context);
      return new GithubError('rate-limited', `GitHub asked us to slow down (secondary rate limit): try again in ${headers['retry-after']} seconds`);
    }
    if (status === 404) return context.user ? unknownUser(context) : new GithubError('unknown-user', `GitHub at ${context.apiUrl} answered 404 Not Found`);
    if (status === 403) {
      return new GithubError('forbidden', `GitHub refused the request (403${bodyMessage(error)}); check the token's scopes or run \`roadfolio github login\``);
    }
    if (!error.response) {
      return new GithubError('network', `Could not reach GitHub at ${context.apiUrl} (${error.message}) after ${context.attempts} tries; check your connection or --api-url`);
    }
    return new GithubError('server', `GitHub at ${context.apiUrl} answered ${status}${bodyMessage(error)} after ${context.attempts} tries; try again later`);
  }
  // A 200 that is not GitHub's JSON (an HTML sign-in page, a proxy) fails our schemas or, inside
  // octokit's paginator, as a TypeError on a string body.
  if (error instanceof ZodError || error instanceof TypeError) {
    const where = error instanceof ZodError ? error.issues[0]?.path.join('.') || 'the body' : 'the body';
    return new GithubError('server', `${context.apiUrl} answered in a shape GitHub's API does not have (at ${where}); check that --api-url is the API root (https://api.github.com, or https://HOST/api/v3 for GitHub Enterprise)`);
  }
  const message = error instanceof Error ? error.message : String(error);
  return new GithubError('server', `GitHub sync failed: ${message}`);
}

/** A request that hung, was cut, or answered 200 with an empty or broken body: nothing is written. */
function describeBodyError(error: BodyError, context: ErrorContext): GithubError {
  if (error.failure === 'deadline') {
    return new GithubError('network', `GitHub sync stopped: ${error.message} (--timeout); nothing was written, the previous snapshot is kept`);
  }
  const tries = context.attempts > 1 ? ` (tried ${context.attempts} times)` : '';
  return new GithubError('network', `GitHub at ${context.apiUrl}: ${error.message}${tries}; nothing was written, the previous snapshot is kept; try again later`);
}

function unknownUser(context: ErrorContext): GithubError {
  return new GithubError('unknown-user', `GitHub has no user "${context.user}" (404 from ${context.apiUrl}); check the spelling of --user`);
}

function bodyMessage(error: RequestError): string {
  const data = error.response?.data as { message?: unknown } | undefined;
  return data && typeof data.message === 'string' ? ` ${data.message}` : '';
}
