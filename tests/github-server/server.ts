import { createHash } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { type FixtureRepo, blobJson, graphqlRepoNode, numericId, readmeJson, restRepoJson, userJson } from './fixtures.js';

/**
 * A small GitHub-compatible server on 127.0.0.1 (random port) for the sync tests: REST repo
 * lists with Link pagination, READMEs (JSON and raw), languages, users, rate_limit, the GraphQL
 * queries Roadfolio sends, the OAuth device flow, ETag/304, rate-limit headers and GitHub-shaped
 * error bodies. It records every request and can be told to fail.
 */
export interface ServerOptions {
  /** login → that user's repos. */
  users: Record<string, FixtureRepo[]>;
  /** token → login it belongs to. */
  tokens?: Record<string, string>;
  deviceFlow?: { clientId: string; token: string; pendingPolls?: number; interval?: number; outcome?: 'granted' | 'access_denied' | 'expired_token' };
  /**
   * Serve the API the way GitHub Enterprise Server does: REST under /api/v3, GraphQL at
   * /api/graphql, the OAuth device flow at the host root.
   */
  enterprise?: boolean;
  /** A GitHub-compatible server with the REST API only (Gitea, Forgejo, a proxy): POST /graphql answers 404. */
  restOnly?: boolean;
  /** Requests an hour without a token (GitHub: 60; Enterprise servers often allow more). */
  anonymousLimit?: number;
  /** README bodies above this many bytes are sent without content in the JSON form, as GitHub does for > 1 MB. */
  contentsLimitBytes?: number;
}

export type Failure =
  | { kind: 'status'; status: number; times?: number; pathPrefix?: string }
  | { kind: 'rate-limit'; resetInSeconds: number }
  | { kind: 'secondary-rate-limit'; status: 403 | 429; retryAfterSeconds: number; times?: number }
  | { kind: 'graphql-rate-limit'; resetInSeconds: number }
  | { kind: 'slow'; delayMs: number }
  /**
   * A 200 whose body goes wrong, on paths starting with pathPrefix: `cut` sends half the body
   * and closes the connection, `empty` sends no body, `truncated` sends the first half with a
   * Content-Length that matches it (a proxy that cut the file), `no-headers` never answers,
   * `stall` sends the headers and a few bytes and then nothing, `slow` sends one byte every
   * `intervalMs`.
   */
  | { kind: 'body'; body: 'cut' | 'empty' | 'truncated' | 'no-headers' | 'stall' | 'slow'; pathPrefix?: string; times?: number; intervalMs?: number }
  /** Repos whose names the server rewrites in list answers (e.g. to '..'), to test that hostile names are refused. */
  | { kind: 'rename'; from: string; to: string };

export interface RecordedRequest { method: string; path: string; status: number; authenticated: boolean; ifNoneMatch: boolean }

export interface GithubTestServer {
  url: string;
  requests: RecordedRequest[];
  /** How many requests matched (all when no predicate). */
  count(predicate?: (request: RecordedRequest) => boolean): number;
  resetCounter(): void;
  fail(failure: Failure): void;
  clearFailures(): void;
  users: Record<string, FixtureRepo[]>;
  close(): Promise<void>;
}

const DOCS = 'https://docs.github.com/rest';

export async function startGithubServer(options: ServerOptions): Promise<GithubTestServer> {
  const requests: RecordedRequest[] = [];
  let failures: (Failure & { left: number })[] = [];
  const resetAt = Math.floor(Date.now() / 1000) + 3600;
  const remaining = new Map<string, number>();
  const devicePolls = new Map<string, number>();
  const contentsLimit = options.contentsLimitBytes ?? 1024 * 1024;
  let base = '';
  /** Where REST URLs inside responses point: the host root, or /api/v3 on Enterprise. */
  let apiBase = '';

  const server = createServer((req, res) => {
    void handle(req, res).catch((error: unknown) => {
      send(res, 500, { message: `test server bug: ${String(error)}` });
    });
  });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const requestUrl = new URL(req.url ?? '/', base);
    // Route on the path GitHub.com would have; links in responses keep the path as requested.
    const url = new URL(requestUrl.href);
    if (options.enterprise) {
      if (url.pathname.startsWith('/api/v3/')) url.pathname = url.pathname.slice('/api/v3'.length);
      else if (url.pathname === '/api/graphql') url.pathname = '/graphql';
      else if (!url.pathname.startsWith('/login/')) url.pathname = `/not-an-enterprise-path${url.pathname}`;
    }
    const body = await readBody(req);
    const authorization = req.headers.authorization;
    const token = authorization?.replace(/^(token|bearer)\s+/i, '');
    const record: RecordedRequest = {
      method: req.method ?? 'GET', path: requestUrl.pathname + requestUrl.search, status: 0,
      authenticated: Boolean(token), ifNoneMatch: Boolean(req.headers['if-none-match']),
    };
    requests.push(record);
    const bodyFault = failures.find((candidate): candidate is Extract<Failure, { kind: 'body' }> & { left: number } => candidate.kind === 'body'
      && candidate.left > 0 && (!candidate.pathPrefix || url.pathname.startsWith(candidate.pathPrefix)));
    const renames = failures.filter((candidate): candidate is Extract<Failure, { kind: 'rename' }> & { left: number } => candidate.kind === 'rename');
    const reply = (status: number, payload: unknown, headers: Record<string, string> = {}, raw?: string): void => {
      record.status = status;
      if (bodyFault && status === 200) {
        bodyFault.left--;
        sendBroken(res, bodyFault, headers, raw ?? JSON.stringify(renamed(payload, renames)));
        return;
      }
      send(res, status, renames.length ? renamed(payload, renames) : payload, headers, raw);
    };

    const slow = failures.find((failure) => failure.kind === 'slow');
    if (slow && slow.kind === 'slow') await new Promise((resolve) => setTimeout(resolve, slow.delayMs));

    // Device flow lives on the web host, without rate limits.
    if (req.method === 'POST' && url.pathname === '/login/device/code') return reply(200, deviceCode(body));
    if (req.method === 'POST' && url.pathname === '/login/oauth/access_token') return reply(200, accessToken(body));

    const login = token === undefined ? undefined : options.tokens?.[token];
    const identity = login ?? 'anonymous:127.0.0.1';
    const limit = login ? 5000 : options.anonymousLimit ?? 60;
    const isGraphql = url.pathname === '/graphql';
    const rateHeaders = (left: number): Record<string, string> => ({
      'x-ratelimit-limit': String(limit), 'x-ratelimit-remaining': String(left), 'x-ratelimit-reset': String(resetAt),
      'x-ratelimit-used': String(limit - left), 'x-ratelimit-resource': isGraphql ? 'graphql' : 'core',
    });

    const failure = failures.find((candidate) => candidate.kind !== 'slow' && candidate.kind !== 'body' && candidate.kind !== 'rename' && candidate.left > 0
      && (candidate.kind !== 'graphql-rate-limit' || isGraphql)
      && (candidate.kind !== 'status' || !candidate.pathPrefix || url.pathname.startsWith(candidate.pathPrefix)));
    if (failure) {
      failure.left--;
      if (failure.kind === 'status') {
        const message = failure.status === 401 ? 'Bad credentials' : failure.status >= 500 ? 'Server Error' : 'Error';
        return reply(failure.status, { message, documentation_url: DOCS, status: String(failure.status) }, rateHeaders(limit));
      }
      if (failure.kind === 'rate-limit') {
        const reset = Math.floor(Date.now() / 1000) + failure.resetInSeconds;
        return reply(403, {
          message: `API rate limit exceeded for ${login ? `user ID ${login}` : '127.0.0.1'}.${login ? '' : " (But here's the good news: Authenticated requests get a higher rate limit. Check out the documentation for more details.)"}`,
          documentation_url: 'https://docs.github.com/rest/overview/rate-limits-for-the-rest-api',
        }, { ...rateHeaders(0), 'x-ratelimit-reset': String(reset) });
      }
      if (failure.kind === 'graphql-rate-limit' && isGraphql) {
        // GraphQL reports its rate limit as a 200 with a RATE_LIMITED error.
        const reset = Math.floor(Date.now() / 1000) + failure.resetInSeconds;
        return reply(200, { errors: [{ type: 'RATE_LIMITED', message: `API rate limit exceeded for user ID ${numericId(`user:${login ?? ''}`)}.` }] },
          { ...rateHeaders(0), 'x-ratelimit-reset': String(reset) });
      }
      if (failure.kind === 'secondary-rate-limit') {
        return reply(failure.status, {
          message: 'You have exceeded a secondary rate limit. Please wait a few minutes before you try again. If you reach out to GitHub Support for help, please include the request ID 0C4A:3F2E:1B2C3D:4E5F6A:67890ABC.',
          documentation_url: 'https://docs.github.com/rest/overview/rate-limits-for-the-rest-api#about-secondary-rate-limits',
        }, { ...rateHeaders(limit - 1), 'retry-after': String(failure.retryAfterSeconds) });
      }
    }
    failures = failures.filter((candidate) => candidate.kind === 'slow' || candidate.kind === 'rename' || candidate.left > 0);

    if (token !== undefined && !login) {
      return reply(401, { message: 'Bad credentials', documentation_url: DOCS, status: '401' });
    }
    const left = remaining.get(identity) ?? limit;
    if (left <= 0) {
      return reply(403, { message: 'API rate limit exceeded for 127.0.0.1.', documentation_url: 'https://docs.github.com/rest/overview/rate-limits-for-the-rest-api' }, rateHeaders(0));
    }

    const answer = route(req.method ?? 'GET', url, requestUrl, body, login, req.headers.accept ?? '');
    const json = answer.raw ?? JSON.stringify(answer.payload);
    const etag = `W/"${createHash('sha256').update(json).digest('hex')}"`;
    const headers: Record<string, string> = { ...answer.headers };
    if (req.method === 'GET' && answer.status === 200) {
      headers.etag = etag;
      headers['cache-control'] = login ? 'private, max-age=60, s-maxage=60' : 'public, max-age=60, s-maxage=60';
      headers.vary = 'Accept, Authorization, Cookie, X-GitHub-OTP';
      // GitHub does not charge a 304 against the rate limit: that is the point of sending ETags.
      if (req.headers['if-none-match'] === etag && !bodyFault) return reply(304, null, { ...headers, ...rateHeaders(left) }, '');
    }
    const charged = url.pathname === '/rate_limit' ? left : left - 1;
    remaining.set(identity, charged);
    return reply(answer.status, answer.payload, { ...headers, ...rateHeaders(charged) }, answer.raw);
  }

  interface Answer { status: number; payload: unknown; headers?: Record<string, string>; raw?: string }

  function notFound(documentation: string): Answer {
    return { status: 404, payload: { message: 'Not Found', documentation_url: documentation, status: '404' } };
  }

  function findRepo(owner: string, name: string): FixtureRepo | undefined {
    const repos = Object.entries(options.users).find(([user]) => user.toLowerCase() === owner.toLowerCase())?.[1] ?? [];
    return repos.find((repo) => repo.name.toLowerCase() === name.toLowerCase());
  }

  function route(method: string, url: URL, requestUrl: URL, body: string, viewer: string | undefined, accept: string): Answer {
    const path = url.pathname;
    const web = base;
    if (method === 'POST' && path === '/graphql') return options.restOnly ? notFound(DOCS) : graphql(body, viewer);
    if (method !== 'GET') return notFound(DOCS);
    if (path === '/rate_limit') {
      const max = viewer ? 5000 : options.anonymousLimit ?? 60;
      const left = remaining.get(viewer ?? 'anonymous:127.0.0.1') ?? max;
      const core = { limit: max, used: max - left, remaining: left, reset: resetAt, resource: 'core' };
      return { status: 200, payload: { resources: { core, graphql: { ...core, resource: 'graphql' } }, rate: core } };
    }
    if (path === '/user') {
      if (!viewer) return { status: 401, payload: { message: 'Requires authentication', documentation_url: 'https://docs.github.com/rest/users/users#get-the-authenticated-user', status: '401' } };
      return { status: 200, payload: userJson(viewer, options.users[viewer]?.length ?? 0, apiBase, web), headers: { 'x-oauth-scopes': 'repo', 'x-accepted-oauth-scopes': '' } };
    }
    let match = /^\/users\/([^/]+)$/.exec(path);
    if (match) {
      const login = Object.keys(options.users).find((user) => user.toLowerCase() === decodeURIComponent(match![1]!).toLowerCase());
      return login ? { status: 200, payload: userJson(login, options.users[login]!.length, apiBase, web) } : notFound('https://docs.github.com/rest/users/users#get-a-user');
    }
    match = /^\/users\/([^/]+)\/repos$/.exec(path);
    if (match || path === '/user/repos') {
      const owner = match ? decodeURIComponent(match[1]!) : viewer;
      if (!owner) return { status: 401, payload: { message: 'Requires authentication', documentation_url: DOCS, status: '401' } };
      const login = Object.keys(options.users).find((user) => user.toLowerCase() === owner.toLowerCase());
      if (!login) return notFound('https://docs.github.com/rest/repos/repos#list-repositories-for-a-user');
      const visible = options.users[login]!.filter((repo) => !repo.private || (path === '/user/repos' && viewer === login));
      const sorted = [...visible].sort((a, b) => a.name.toLowerCase().localeCompare(b.name.toLowerCase()));
      return paginate(requestUrl, sorted.map((repo) => restRepoJson(repo, apiBase, web)));
    }
    match = /^\/repos\/([^/]+)\/([^/]+)\/(readme|languages)$/.exec(path);
    if (match) {
      const repo = findRepo(decodeURIComponent(match[1]!), decodeURIComponent(match[2]!));
      if (!repo || (repo.private && viewer !== repo.owner)) return notFound('https://docs.github.com/rest/repos/repos#get-a-repository');
      if (match[3] === 'languages') return { status: 200, payload: Object.fromEntries(Object.entries(repo.languages).sort((a, b) => b[1] - a[1])) };
      if (!repo.readme) return notFound('https://docs.github.com/rest/repos/contents#get-a-repository-readme');
      if (/vnd\.github(\.v3)?\.raw/.test(accept)) {
        return { status: 200, payload: null, raw: repo.readme.text, headers: { 'content-type': 'application/vnd.github.raw; charset=utf-8' } };
      }
      return { status: 200, payload: readmeJson(repo, apiBase, web, Buffer.byteLength(repo.readme.text) > contentsLimit) };
    }
    return notFound(DOCS);
  }

  function paginate(url: URL, items: unknown[]): Answer {
    const perPage = Math.min(100, Math.max(1, Number(url.searchParams.get('per_page') ?? 30)));
    const page = Math.max(1, Number(url.searchParams.get('page') ?? 1));
    const last = Math.max(1, Math.ceil(items.length / perPage));
    const link = (n: number, rel: string): string => {
      const target = new URL(url.href);
      target.searchParams.set('page', String(n));
      target.searchParams.set('per_page', String(perPage));
      return `<${target.href}>; rel="${rel}"`;
    };
    const links: string[] = [];
    if (page > 1) links.push(link(page - 1, 'prev'));
    if (page < last) links.push(link(page + 1, 'next'), link(last, 'last'));
    if (page > 1) links.push(link(1, 'first'));
    return { status: 200, payload: items.slice((page - 1) * perPage, page * perPage), headers: links.length ? { link: links.join(', ') } : {} };
  }

  function graphql(body: string, viewer: string | undefined): Answer {
    if (!viewer) {
      return { status: 401, payload: { message: 'This endpoint requires you to be authenticated.', documentation_url: 'https://docs.github.com/graphql/guides/forming-calls-with-graphql#authenticating-with-graphql', status: '401' } };
    }
    const { query, variables = {} } = JSON.parse(body) as { query: string; variables?: Record<string, unknown> };
    const operation = /^\s*query\s+(\w+)/.exec(query)?.[1];
    const web = base;
    if (operation === 'RoadfolioRepoPage') {
      const login = Object.keys(options.users).find((user) => user.toLowerCase() === String(variables.login).toLowerCase());
      if (!login) {
        return { status: 200, payload: { data: { user: null }, errors: [{ type: 'NOT_FOUND', path: ['user'], locations: [{ line: 2, column: 3 }], message: `Could not resolve to a User with the login of '${String(variables.login)}'.` }] } };
      }
      const first = Number(/repositories\(first:\s*(\d+)/.exec(query)?.[1] ?? 100);
      const publicOnly = variables.privacy === 'PUBLIC' || viewer !== login;
      const repos = options.users[login]!.filter((repo) => !publicOnly || !repo.private)
        .sort((a, b) => a.name.toLowerCase().localeCompare(b.name.toLowerCase()));
      const offset = typeof variables.cursor === 'string' ? Number(Buffer.from(variables.cursor, 'base64').toString().split(':')[1]) : 0;
      const slice = repos.slice(offset, offset + first);
      const end = offset + slice.length;
      return { status: 200, payload: { data: { user: { repositories: {
        totalCount: repos.length,
        pageInfo: { hasNextPage: end < repos.length, endCursor: slice.length ? Buffer.from(`cursor:${end}`).toString('base64') : null },
        nodes: slice.map((repo) => graphqlRepoNode(repo, web)),
      } } } } };
    }
    if (operation === 'RoadfolioRepoBatch' || operation === 'RoadfolioReadmeBatch') {
      const data: Record<string, unknown> = {};
      const errors: unknown[] = [];
      for (let i = 0; typeof variables[`o${i}`] === 'string'; i++) {
        const owner = String(variables[`o${i}`]);
        const name = String(variables[`n${i}`]);
        const repo = findRepo(owner, name);
        if (!repo || (repo.private && viewer !== repo.owner)) {
          data[`r${i}`] = null;
          errors.push({ type: 'NOT_FOUND', path: [`r${i}`], locations: [{ line: i + 2, column: 3 }], message: `Could not resolve to a Repository with the name '${owner}/${name}'.` });
        } else if (operation === 'RoadfolioRepoBatch') {
          data[`r${i}`] = graphqlRepoNode(repo, web);
        } else {
          const file = String(variables[`e${i}`]).replace(/^HEAD:/, '');
          data[`r${i}`] = { object: repo.readme && repo.readme.name === file ? blobJson(repo.readme.text) : null };
        }
      }
      return { status: 200, payload: errors.length ? { data, errors } : { data } };
    }
    return { status: 200, payload: { errors: [{ message: `Unknown operation ${operation ?? '(anonymous)'}: this test server answers Roadfolio's queries only`, locations: [{ line: 1, column: 1 }] }] } };
  }

  function deviceCode(body: string): unknown {
    const params = parseParams(body);
    if (!options.deviceFlow || params.client_id !== options.deviceFlow.clientId) {
      return { error: 'unauthorized_client', error_description: 'The client_id is not valid or the app does not have device flow enabled.', error_uri: 'https://docs.github.com/developers/apps/authorizing-oauth-apps#error-codes-for-the-device-flow' };
    }
    devicePolls.set('3584d83530557fdd1f46af8289938c8ef79f9dc5', 0);
    return {
      device_code: '3584d83530557fdd1f46af8289938c8ef79f9dc5', user_code: 'WDJB-MJHT',
      verification_uri: `${base}/login/device`, expires_in: 899, interval: options.deviceFlow.interval ?? 0,
    };
  }

  function accessToken(body: string): unknown {
    const params = parseParams(body);
    const flow = options.deviceFlow;
    const uri = 'https://docs.github.com/developers/apps/authorizing-oauth-apps#error-codes-for-the-device-flow';
    if (!flow || params.client_id !== flow.clientId) return { error: 'incorrect_client_credentials', error_description: 'The client_id and/or client_secret passed are incorrect.', error_uri: uri };
    const polls = (devicePolls.get(String(params.device_code)) ?? -1);
    if (polls < 0) return { error: 'incorrect_device_code', error_description: 'The device_code provided is not valid.', error_uri: uri };
    devicePolls.set(String(params.device_code), polls + 1);
    if (polls < (flow.pendingPolls ?? 1)) return { error: 'authorization_pending', error_description: 'The authorization request is still pending.', error_uri: uri };
    if (flow.outcome === 'access_denied') return { error: 'access_denied', error_description: 'The authorization request was denied.', error_uri: uri };
    if (flow.outcome === 'expired_token') return { error: 'expired_token', error_description: 'The device_code has expired.', error_uri: uri };
    return { access_token: flow.token, token_type: 'bearer', scope: '' };
  }

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  apiBase = options.enterprise ? `${base}/api/v3` : base;

  return {
    url: base,
    requests,
    users: options.users,
    count: (predicate) => (predicate ? requests.filter(predicate).length : requests.length),
    resetCounter: () => { requests.length = 0; },
    fail: (failure) => {
      const times = failure.kind === 'rate-limit' || failure.kind === 'graphql-rate-limit' || failure.kind === 'slow' || failure.kind === 'rename' ? Number.POSITIVE_INFINITY
        : failure.times ?? Number.POSITIVE_INFINITY;
      failures.push({ ...failure, left: times });
    },
    clearFailures: () => { failures = []; },
    close: () => new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    }),
  };
}

/** Repo names as a hostile server would send them: in REST list items and GraphQL nodes alike. */
function renamed(payload: unknown, renames: { from: string; to: string }[]): unknown {
  if (renames.length === 0) return payload;
  const rename = (name: string): string => renames.find((entry) => entry.from === name)?.to ?? name;
  const visit = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(visit);
    if (!value || typeof value !== 'object') return value;
    const entries = Object.entries(value as Record<string, unknown>).map(([key, item]) => {
      if (key === 'name' && typeof item === 'string') return [key, rename(item)];
      if ((key === 'full_name' || key === 'nameWithOwner') && typeof item === 'string') {
        const [owner, name = ''] = item.split('/');
        return [key, `${owner}/${rename(name)}`];
      }
      return [key, visit(item)];
    });
    return Object.fromEntries(entries);
  };
  return visit(payload);
}

function sendBroken(res: ServerResponse, fault: Extract<Failure, { kind: 'body' }>, headers: Record<string, string>, text: string): void {
  const base = {
    'content-type': 'application/json; charset=utf-8',
    'x-github-media-type': 'github.v3; format=json',
    ...headers,
  };
  const half = text.slice(0, Math.max(1, Math.floor(text.length / 2)));
  switch (fault.body) {
    case 'empty':
      res.writeHead(200, { ...base, 'content-length': '0' });
      res.end();
      return;
    case 'truncated':
      res.writeHead(200, { ...base, 'content-length': String(Buffer.byteLength(half)) });
      res.end(half);
      return;
    case 'cut':
      // Chunked, and the connection dies before the last chunk: the client sees the body end early.
      res.writeHead(200, base);
      res.write(half, () => res.socket?.destroy());
      return;
    case 'no-headers':
      // Never answer; the socket stays open until the client gives up or the server closes.
      return;
    case 'stall':
      res.writeHead(200, base);
      res.write(text.slice(0, 10));
      return;
    case 'slow': {
      res.writeHead(200, { ...base, 'content-length': String(Buffer.byteLength(text)) });
      let index = 0;
      const timer = setInterval(() => {
        if (res.destroyed || index >= text.length) {
          clearInterval(timer);
          if (!res.destroyed) res.end();
          return;
        }
        res.write(text[index++]!);
      }, fault.intervalMs ?? 100);
      res.on('close', () => clearInterval(timer));
    }
  }
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    let body = '';
    req.setEncoding('utf8');
    req.on('data', (chunk: string) => { body += chunk; });
    req.on('end', () => resolve(body));
    req.on('error', reject);
  });
}

function parseParams(body: string): Record<string, unknown> {
  try {
    return JSON.parse(body) as Record<string, unknown>;
  } catch {
    return Object.fromEntries(new URLSearchParams(body));
  }
}

function send(res: ServerResponse, status: number, payload: unknown, headers: Record<string, string> = {}, raw?: string): void {
  const text = raw ?? (status === 304 ? '' : JSON.stringify(payload));
  res.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'x-github-media-type': 'github.v3; format=json',
    'x-github-request-id': '0C4A:3F2E:1B2C3D:4E5F6A:67890ABC',
    'x-github-api-version-selected': '2022-11-28',
    ...headers,
  });
  res.end(text);
}
