import type { Command } from 'commander';
import {
  EtagCache, etagCachePathFor, GITHUB_API_URL, GithubError, describeAccount, deviceLogin, readSnapshotIfValid,
  readStoredAccount, removeAccount, storeAccount, syncRepos, tokenFilePath, writeSnapshot,
} from '../../github/index.js';
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
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new UsageError(`--api-url "${value}" is not a URL (e.g. https://github.example.com/api/v3)`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new UsageError(`--api-url must be http(s), not ${url.protocol}`);
  return value.replace(/\/+$/, '');
}

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
    .action(async (options: { apiUrl: string; tokenStdin?: boolean; clientId?: string; scopes: string }) => {
      const apiUrl = normaliseApiUrl(options.apiUrl);
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
          onPrompt: (prompt) => {
            process.stderr.write(`To link GitHub, open ${prompt.verificationUri} and enter the code ${prompt.userCode} (valid ${Math.round(prompt.expiresInSeconds / 60)} min). Waiting...\n`);
          },
        }));
      }
      const account = await asUserError(async () => {
        try {
          return await describeAccount(apiUrl, token);
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
    .action(async (options: { apiUrl: string }) => {
      const apiUrl = normaliseApiUrl(options.apiUrl);
      const resolved = await resolveToken(apiUrl);
      const account = await asUserError(() => describeAccount(apiUrl, resolved?.token), resolved?.token);
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
    .action(async (options: {
      user?: string; apiUrl: string; out: string; includeForks?: boolean; includeArchived?: boolean; private?: boolean;
      allLanguages?: boolean; token: boolean; quiet?: boolean;
    }) => {
      const apiUrl = normaliseApiUrl(options.apiUrl);
      const resolved = options.token ? await resolveToken(apiUrl) : undefined;
      if (!options.user && !resolved) throw new UsageError('say whose repos to sync with --user NAME, or link your account first with `roadfolio github login`');
      if (options.private && !resolved) throw new UsageError('--private needs a token: run `roadfolio github login --scopes repo` first');
      const cachePath = etagCachePathFor(options.out);
      const cache = await EtagCache.load(cachePath);
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
      }), resolved?.token);
      progress.done();
      // Snapshot first, cache second: a cache newer than its snapshot could replay stale bodies.
      await writeSnapshot(options.out, result.snapshot);
      await cache.save(cachePath);
      const { sent, notModified } = result.requests;
      process.stdout.write(`Synced ${result.snapshot.repos.length} repos of ${result.snapshot.user} into ${options.out} (${sent} requests, ${notModified} answered 304 Not Modified)\n`);
    });
}

/** "12/48 repos" on stderr: rewritten in place on a terminal, a line per tenth otherwise. */
function progressPrinter(quiet: boolean): ((progress: { done: number; total: number }) => void) & { done(): void } {
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
  return Object.assign(print, { done: () => { if (drawn) process.stderr.write('\n'); } });
}
