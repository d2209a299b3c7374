import { createOAuthDeviceAuth } from '@octokit/auth-oauth-device';
import { request } from '@octokit/request';
import { boundedFetch, DEFAULT_FETCH_LIMITS } from './bounded-fetch.js';
import { checkTokenDestination } from './api-url.js';
import { createGithubClient, GITHUB_API_URL } from './client.js';
import { describeGithubError } from './describe-error.js';
import { GithubError } from './errors.js';

export interface DeviceCodePrompt { verificationUri: string; userCode: string; expiresInSeconds: number }

export interface DeviceLoginOptions {
  apiUrl?: string;
  /** The OAuth app's client id (device flow enabled in the app's settings). */
  clientId: string;
  scopes?: string[];
  /** Show the user where to go and which code to type; called once, before waiting. */
  onPrompt(prompt: DeviceCodePrompt): void;
  /** The token comes back over this connection: plain http only to this machine, when allowed. */
  allowHttpLoopback?: boolean;
}

/**
 * OAuth device flow: GitHub gives a short code, the user types it at /login/device in a browser,
 * and we poll until GitHub hands out the token. The OAuth endpoints live on the web host, which
 * @octokit/oauth-methods derives from the request's baseUrl (api.github.com → github.com,
 * ghe.example.com/api/v3 → ghe.example.com, a test server → itself).
 */
export async function deviceLogin(options: DeviceLoginOptions): Promise<string> {
  const apiUrl = (options.apiUrl ?? GITHUB_API_URL).replace(/\/+$/, '');
  checkTokenDestination(apiUrl, options.allowHttpLoopback);
  const auth = createOAuthDeviceAuth({
    clientType: 'oauth-app',
    clientId: options.clientId,
    scopes: options.scopes ?? [],
    request: request.defaults({ baseUrl: apiUrl, request: { fetch: boundedFetch(DEFAULT_FETCH_LIMITS) } }),
    onVerification(verification) {
      options.onPrompt({
        verificationUri: verification.verification_uri,
        userCode: verification.user_code,
        expiresInSeconds: verification.expires_in,
      });
    },
  });
  try {
    const authentication = await auth({ type: 'oauth' });
    return authentication.token;
  } catch (error) {
    const code = (error as { response?: { data?: { error?: unknown } } }).response?.data?.error;
    if (code === 'expired_token') throw new GithubError('login', 'The login code expired before it was entered; run `roadfolio github login` again');
    if (code === 'access_denied') throw new GithubError('login', 'The login was cancelled in the browser; run `roadfolio github login` again to link your account');
    if (typeof code === 'string') throw new GithubError('login', `GitHub refused the device login (${code}); check --client-id and that the OAuth app has device flow enabled`);
    throw describeGithubError(error, { apiUrl, withToken: false, attempts: 1 });
  }
}

export interface AccountInfo {
  /** Null without a token: the rate limit is all there is to report. */
  login: string | null;
  rateLimit: { limit: number; remaining: number; resetsAt: string } | null;
}

/** Who a token belongs to and how much of the rate limit is left (GET /user, GET /rate_limit). */
export async function describeAccount(apiUrl: string, token: string | undefined, retries = 2, allowHttpLoopback = false): Promise<AccountInfo> {
  try {
    const octokit = createGithubClient({ apiUrl, token, retries, allowHttpLoopback });
    const login = token ? (await octokit.request('GET /user')).data.login : null;
    let rateLimit: AccountInfo['rateLimit'] = null;
    try {
      const core = (await octokit.request('GET /rate_limit')).data.resources.core;
      rateLimit = { limit: core.limit, remaining: core.remaining, resetsAt: new Date(core.reset * 1000).toISOString() };
    } catch {
      // Enterprise servers with rate limiting off answer 404 here; that is no reason to fail.
    }
    return { login, rateLimit };
  } catch (error) {
    throw describeGithubError(error, { apiUrl, withToken: Boolean(token), attempts: retries + 1 });
  }
}
