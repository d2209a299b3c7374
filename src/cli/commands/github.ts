import type { Command } from 'commander';
import {
  DEFAULT_SYNC_TIMEOUT_MS, GITHUB_API_URL, GithubError, describeAccount, deviceLogin, normaliseApiUrl as normaliseUrl,
  shrinkRefusal, syncRepos,
} from '../../github/index.js';
import { etagCachePathFor, loadEtagCache, saveEtagCache } from '../../store/etag-cache-file.js';
import { readSnapshotIfValid, writeSnapshot } from '../../store/snapshot-file.js';
import { readStoredAccount, removeAccount, storeAccount, tokenFilePath } from '../../store/token-store.js';
import { removeStaleTemps } from '../../store/atomic-write.js';
import { OutputPathError, prepareOutputPath } from '../../store/output-path.js';
import { UsageError, UserError } from '../user-error.js';
import { registerGithubLinks } from './github-links.js';

interface ResolvedToken { token: string; source: string }

/** GITHUB_TOKEN wins over the stored login, as in gh and most CI tools. */
async function resolveToken(apiUrl: string): Promise<ResolvedToken | undefined> {
  const fromEnv = process.env.GITHUB_TOKEN?.trim();
  if (fromEnv) return { token: fromEnv, source: 'GITHUB_TOKEN' };
  const stored = await readStoredAccount(apiUrl);
  return stored ? { token: stored.token, source: tokenFilePath() } : undefined;
}

function normaliseApiUrl(value: string): string {
  const normalised = normaliseUrl(value);
  if (!normalised) throw new UsageError(`--api-url ${JSON.stringify(value)} is not an http(s) URL (e.g. https://github.example.com/api/v3)`);
  return normalised;
}

/** --allow-http-loopback, or the same in the environment (the test suites set it once). */
function allowHttpLoopback(options: { allowHttpLoopback?: boolean }): boolean {
  return options.allowHttpLoopback === true || process.env.ROADFOLIO_GITHUB_ALLOW_HTTP_LOOPBACK === '1';
}

const LOOPBACK_HELP = 'send the token to a plain http:// API root on this machine (127.0.0.1, localhost); tokens go only to https:// otherwise';

/**
 * Every GitHub failure leaves as a one-line UserError. The token is scrubbed from the message
 * as a last guard, although our messages are built without it.
 */
async function asUserError<T>(work: () => Promise<T>, token?: string): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof GithubError) {
      const message = token ? error.message.split(token).join('***') : error.message;
      throw new UserError(message);
    }
    throw error;
  }
}

/** Backoff between retries, in ms; the tests shrink it (a real network wants the default). */
function retryBaseMs(): number | undefined {
  const value = Number(process.env.ROADFOLIO_GITHUB_RETRY_BASE_MS);
  return Number.isFinite(value) && value >= 0 && process.env.ROADFOLIO_GITHUB_RETRY_BASE_MS !== undefined ? value : undefined;
}

/**
 * Per-request bounds in milliseconds from the environment, for the fault tests (a real network
 * wants the defaults: 30 s for headers, 30 s of silence, 120 s a request).
 */
function requestLimitsFromEnv(): { headersMs?: number; idleMs?: number; requestMs?: number; slowNoticeMs?: number } {
  const read = (name: string): number | undefined => {
    const value = Number(process.env[name]);
    return process.env[name] !== undefined && Number.isFinite(value) && value > 0 ? value : undefined;
  };
  const limits = {
    headersMs: read('ROADFOLIO_GITHUB_HEADERS_TIMEOUT_MS'),
    idleMs: read('ROADFOLIO_GITHUB_IDLE_TIMEOUT_MS'),
    requestMs: read('ROADFOLIO_GITHUB_REQUEST_TIMEOUT_MS'),
    slowNoticeMs: read('ROADFOLIO_GITHUB_SLOW_NOTICE_MS'),
  };
  return Object.fromEntries(Object.entries(limits).filter(([, value]) => value !== undefined));
}

function readStdin(): Promise<string> {
  return new Promise((resolve, reject) => {
    let text = '';
    process.stdin.setEncoding('utf8');
    process.stdin.on('data', (chunk: string) => { text += chunk; });
    process.stdin.on('end', () => resolve(text));
    process.stdin.on('error', reject);
  });
}

function clock(iso: string): string {
  return `${iso.slice(11, 16)} UTC`;
}

export function registerGithub(program: Command): void {
  const github = program.command('github').description('link your GitHub account and sync your repos (with README text) into a snapshot');

  github.command('login')
    .description('link your GitHub account: OAuth device flow, or a token from GITHUB_TOKEN or --token-stdin; stored with mode 0600')
    .option('--api-url <url>', 'GitHub API root (GitHub Enterprise: https://HOST/api/v3)', GITHUB_API_URL)
    .option('--token-stdin', 'read a personal access token from standard input')
    .option('--client-id <id>', 'client id of the OAuth app for the device flow (or ROADFOLIO_GITHUB_CLIENT_ID)')
    .option('--scopes <list>', 'comma-separated OAuth scopes to ask for (add "repo" for private repos)', '')
    .option('--allow-http-loopback', LOOPBACK_HELP)
    .action(async (options: { apiUrl: string; tokenStdin?: boolean; clientId?: string; scopes: string; allowHttpLoopback?: boolean }) => {
      const apiUrl = normaliseApiUrl(options.apiUrl);
      const loopback = allowHttpLoopback(options);
      let token: string;
      if (options.tokenStdin) {
        token = (await readStdin()).trim();
        if (!token) throw new UsageError('--token-stdin read nothing; pipe the token in, e.g. `gh auth token | roadfolio github login --token-stdin`');
      } else if (process.env.GITHUB_TOKEN?.trim()) {
        token = process.env.GITHUB_TOKEN.trim();
      } else {
        const clientId = options.clientId ?? process.env.ROADFOLIO_GITHUB_CLIENT_ID;
        if (!clientId) {
          throw new UserError('device login needs the client id of a GitHub OAuth app with device flow enabled (--client-id or ROADFOLIO_GITHUB_CLIENT_ID); or pipe a token: `gh auth token | roadfolio github login --token-stdin`');
        }
        const scopes = options.scopes.split(',').map((scope) => scope.trim()).filter(Boolean);
        token = await asUserError(() => deviceLogin({
          apiUrl,
          clientId,
          scopes,
          allowHttpLoopback: loopback,
          onPrompt: (prompt) => {
            process.stderr.write(`To link GitHub, open ${prompt.verificationUri} and enter the code ${prompt.userCode} (valid ${Math.round(prompt.expiresInSeconds / 60)} min). Waiting...\n`);
          },
        }));
      }
      const account = await asUserError(async () => {
        try {
          return await describeAccount(apiUrl, token, 2, loopback);
        } catch (error) {
          // "run github login" would send the user in a circle: say what is wrong with this token.
          if (error instanceof GithubError && error.failure === 'bad-token') {
            throw new GithubError('bad-token', `GitHub at ${apiUrl} rejected this token (401 Bad credentials): check that it was copied whole, has not expired, and belongs to this server; nothing was stored`);
          }
          throw error;
        }
      }, token);
      if (!account.login) throw new UserError(`${apiUrl} did not say whose token this is (GET /user); check --api-url`);
      await storeAccount(apiUrl, { token, login: account.login, savedAt: new Date().toISOString() });
      process.stdout.write(`Linked GitHub account ${account.login} (${apiUrl}); token saved in ${tokenFilePath()}, readable only by you\n`);
    });

  github.command('logout')
    .description('forget the stored GitHub token')
    .option('--api-url <url>', 'GitHub API root', GITHUB_API_URL)
    .action(async (options: { apiUrl: string }) => {
      const apiUrl = normaliseApiUrl(options.apiUrl);
      const removed = await removeAccount(apiUrl);
      process.stdout.write(removed ? `Removed the GitHub token for ${apiUrl}\n` : `No GitHub token was stored for ${apiUrl}\n`);
      if (process.env.GITHUB_TOKEN) process.stdout.write('GITHUB_TOKEN is still set in your environment and will be used until you unset it\n');
    });

  github.command('status')
    .description('who is linked, and how much of the rate limit is left')
    .option('--api-url <url>', 'GitHub API root', GITHUB_API_URL)
    .option('--allow-http-loopback', LOOPBACK_HELP)
    .action(async (options: { apiUrl: string; allowHttpLoopback?: boolean }) => {
      const apiUrl = normaliseApiUrl(options.apiUrl);
      const resolved = await resolveToken(apiUrl);
      const account = await asUserError(() => describeAccount(apiUrl, resolved?.token, 2, allowHttpLoopback(options)), resolved?.token);
      const limit = account.rateLimit
        ? `rate limit: ${account.rateLimit.remaining} of ${account.rateLimit.limit} requests left, resets at ${clock(account.rateLimit.resetsAt)}`
        : 'rate limit: not reported by this server';
      if (resolved && account.login) {
        process.stdout.write(`Linked to ${apiUrl} as ${account.login} (token from ${resolved.source}); ${limit}\n`);
      } else {
        process.stdout.write(`Not linked to ${apiUrl}: public repos only (run \`roadfolio github login\` to link); ${limit}\n`);
      }
    });

  registerGithubLinks(github);

  github.command('sync')
    .description('fetch your repos (README text included) into a snapshot file, reusing ETags so unchanged data costs nothing')
    .option('--user <name>', 'whose public repos to fetch (default: the linked account)')
    .option('--api-url <url>', 'GitHub API root (GitHub Enterprise: https://HOST/api/v3)', GITHUB_API_URL)
    .option('--out <file>', 'snapshot file to write', 'github-snapshot.json')
    .option('--include-forks', 'keep forked repos')
    .option('--include-archived', 'keep archived repos')
    .option('--private', 'include your private repos (needs a token with the repo scope)')
    .option('--all-languages', 'without a token: one more request per repo for every language with byte counts')
    .option('--no-token', 'ignore GITHUB_TOKEN and the stored login: public data only')
    .option('--quiet', 'no progress on stderr')
    .option('--timeout <seconds>', 'give up (writing nothing) when the whole sync takes longer', String(DEFAULT_SYNC_TIMEOUT_MS / 1000))
    .option('--allow-fewer', 'write the snapshot even when it has fewer than half the repos of the previous one (you deleted or hid repos)')
    .option('--allow-http-loopback', LOOPBACK_HELP)
    .action(async (options: {
      user?: string; apiUrl: string; out: string; includeForks?: boolean; includeArchived?: boolean; private?: boolean;
      allLanguages?: boolean; token: boolean; quiet?: boolean; timeout: string; allowFewer?: boolean; allowHttpLoopback?: boolean;
    }) => {
      const apiUrl = normaliseApiUrl(options.apiUrl);
      const timeoutSeconds = Number(options.timeout);
      if (!Number.isFinite(timeoutSeconds) || timeoutSeconds <= 0) throw new UsageError(`--timeout ${JSON.stringify(options.timeout)}: give a number of seconds above 0`);
      const resolved = options.token ? await resolveToken(apiUrl) : undefined;
      if (!options.user && !resolved) throw new UsageError('say whose repos to sync with --user NAME, or link your account first with `roadfolio github login`');
      if (options.private && !resolved) throw new UsageError('--private needs a token: run `roadfolio github login --scopes repo` first');
      // Before any request: a folder, a read-only mount or /proc as --out fails now, not after the sync.
      await prepareOutputPath(options.out, 'file', '--out').catch((error: unknown) => {
        throw error instanceof OutputPathError ? new UserError(error.message) : error;
      });
      const cachePath = etagCachePathFor(options.out);
      await removeStaleTemps(options.out);
      await removeStaleTemps(cachePath);
      const cache = await loadEtagCache(cachePath);
      const previous = await readSnapshotIfValid(options.out);
      const progress = progressPrinter(options.quiet === true);
      const result = await asUserError(() => syncRepos({
        apiUrl,
        token: resolved?.token,
        user: options.user,
        includeForks: options.includeForks,
        includeArchived: options.includeArchived,
        includePrivate: options.private,
        allLanguages: options.allLanguages,
        retryBaseMs: retryBaseMs(),
        previous,
        cache,
        onProgress: progress,
        timeoutMs: timeoutSeconds * 1000,
        allowHttpLoopback: allowHttpLoopback(options),
        limits: { ...requestLimitsFromEnv(), onSlow: options.quiet ? undefined : progress.waiting },
      }), resolved?.token);
      progress.done();
      const refusal = options.allowFewer ? undefined : shrinkRefusal(previous, result.snapshot, '--allow-fewer');
      if (refusal) throw new UserError(refusal);
      // Snapshot first, cache second: a cache newer than its snapshot could replay stale bodies.
      await writeSnapshot(options.out, result.snapshot);
      await saveEtagCache(cachePath, cache);
      const { sent, notModified } = result.requests;
      process.stdout.write(`Synced ${result.snapshot.repos.length} repos of ${result.snapshot.user} into ${options.out} (${sent} requests, ${notModified} answered 304 Not Modified)\n`);
    });
}

/** "12/48 repos" on stderr: rewritten in place on a terminal, a line per tenth otherwise. */
function progressPrinter(quiet: boolean): ((progress: { done: number; total: number }) => void) & { done(): void; waiting(request: string, waitedMs: number): void } {
  const tty = process.stderr.isTTY === true;
  let lastTenth = -1;
  let drawn = false;
  const print = (progress: { done: number; total: number }): void => {
    if (quiet || progress.total === 0) return;
    const line = `${progress.done}/${progress.total} repos`;
    if (tty) {
      process.stderr.write(`\r${line}`);
      drawn = true;
      return;
    }
    const tenth = Math.floor((progress.done / progress.total) * 10);
    if (tenth !== lastTenth) {
      lastTenth = tenth;
      process.stderr.write(`${line}\n`);
    }
  };
  // A request that takes long gets a line of its own, so a slow server never looks like a hang.
  const waiting = (request: string, waitedMs: number): void => {
    if (quiet) return;
    if (drawn) process.stderr.write('\n');
    drawn = false;
    process.stderr.write(`still waiting for GitHub (${request}, ${Math.round(waitedMs / 1000)} s)\n`);
  };
  return Object.assign(print, { done: () => { if (drawn) process.stderr.write('\n'); }, waiting });
}
