import { chmod, readFile, rm } from 'node:fs/promises';
import { homedir } from 'node:os';
import { dirname, join } from 'node:path';
import { z } from 'zod';
import { writeFileAtomic } from './atomic-write.js';
import { makeDirectory } from '../store/output-path.js';
import { normaliseApiUrl } from '../github/api-url.js';

const StoredAccount = z.object({ token: z.string().min(1), login: z.string(), savedAt: z.string() });
export type StoredAccount = z.infer<typeof StoredAccount>;

/** One token per GitHub host, so github.com and an Enterprise server can both be linked. */
const TokenFile = z.object({ version: z.literal(1), accounts: z.record(z.string(), StoredAccount) });
type TokenFile = z.infer<typeof TokenFile>;

/** `$XDG_CONFIG_HOME/roadfolio/github.json` (default `~/.config/roadfolio/github.json`). */
export function tokenFilePath(env: NodeJS.ProcessEnv = process.env): string {
  const configHome = env.XDG_CONFIG_HOME && env.XDG_CONFIG_HOME.startsWith('/')
    ? env.XDG_CONFIG_HOME
    : process.platform === 'win32' && env.APPDATA ? env.APPDATA : join(homedir(), '.config');
  return join(configHome, 'roadfolio', 'github.json');
}

async function readTokenFile(path: string): Promise<TokenFile> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch {
    return { version: 1, accounts: {} };
  }
  try {
    const parsed = TokenFile.safeParse(JSON.parse(text));
    if (parsed.success) return parsed.data;
  } catch {
    // fall through: a damaged file is treated as empty and overwritten by the next login.
  }
  return { version: 1, accounts: {} };
}

/** Stored keys spelt another way (`HTTP://Host/`, from before URLs were normalised) still match. */
function keysFor(file: TokenFile, apiUrl: string): string[] {
  const wanted = normaliseApiUrl(apiUrl) ?? apiUrl;
  return Object.keys(file.accounts).filter((key) => key === apiUrl || (normaliseApiUrl(key) ?? key) === wanted);
}

export async function readStoredAccount(apiUrl: string, path = tokenFilePath()): Promise<StoredAccount | undefined> {
  const file = await readTokenFile(path);
  const key = keysFor(file, apiUrl)[0];
  return key === undefined ? undefined : file.accounts[key];
}

/** The file is created 0600 in a 0700 directory: the token is as good as a password. */
export async function storeAccount(apiUrl: string, account: StoredAccount, path = tokenFilePath()): Promise<void> {
  const file = await readTokenFile(path);
  for (const key of keysFor(file, apiUrl)) delete file.accounts[key];
  file.accounts[normaliseApiUrl(apiUrl) ?? apiUrl] = account;
  await makeDirectory(dirname(path));
  // mkdir's mode applies only to a folder it makes: one that was already 0777 is closed too.
  await chmod(dirname(path), 0o700);
  await writeFileAtomic(path, `${JSON.stringify(file, null, 2)}\n`, 0o600);
  await chmod(path, 0o600);
}

/** Forget the token for one host; true when there was one. */
export async function removeAccount(apiUrl: string, path = tokenFilePath()): Promise<boolean> {
  const file = await readTokenFile(path);
  const keys = keysFor(file, apiUrl);
  if (keys.length === 0) return false;
  for (const key of keys) delete file.accounts[key];
  if (Object.keys(file.accounts).length === 0) await rm(path, { force: true });
  else await writeFileAtomic(path, `${JSON.stringify(file, null, 2)}\n`, 0o600);
  return true;
}
