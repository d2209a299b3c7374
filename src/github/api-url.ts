import { GithubError } from './errors.js';

/**
 * One spelling per API root, so `HTTP://Host:443/api/v3/` and `http://host:443/api/v3` find the
 * same stored token: scheme and host in lower case (the URL parser does that), default port
 * dropped, no trailing slash, no query or fragment. Null when it is not an http(s) URL.
 */
export function normaliseApiUrl(value: string): string | null {
  let url: URL;
  try {
    url = new URL(value.trim());
  } catch {
    return null;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
  if (url.username || url.password) return null;
  return `${url.origin}${url.pathname.replace(/\/+$/, '')}`;
}

function isLoopback(hostname: string): boolean {
  return hostname === 'localhost' || hostname === '[::1]' || /^127(\.\d{1,3}){3}$/.test(hostname);
}

/**
 * A token is a password: it goes only to https:// servers, or over plain http to this machine when
 * the user says so (a test server, an SSH tunnel). Anything else would send it in clear text.
 */
export function checkTokenDestination(apiUrl: string, allowHttpLoopback = false): void {
  const url = new URL(apiUrl);
  if (url.protocol === 'https:') return;
  if (isLoopback(url.hostname)) {
    if (allowHttpLoopback) return;
    throw new GithubError('insecure', `${apiUrl} is plain http: a token is sent to it only with --allow-http-loopback (it is on this machine); or sync public data with --no-token`);
  }
  throw new GithubError('insecure', `${apiUrl} is plain http, so a token would travel in clear text: use its https:// address, or sync public data with --no-token`);
}
