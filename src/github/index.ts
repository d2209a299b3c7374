export { createGithubClient, GITHUB_API_URL, type ClientOptions } from './client.js';
export { GithubError, type GithubFailure } from './errors.js';
export { EtagCache } from './etag-cache.js';
export { syncRepos, DEFAULT_SYNC_TIMEOUT_MS, type SyncOptions, type SyncResult, type SyncProgress } from './sync.js';
export { shrinkRefusal } from './snapshot-guard.js';
export { deviceLogin, describeAccount, type DeviceCodePrompt, type AccountInfo } from './login.js';
export { README_LIMIT_BYTES } from './readme-text.js';
export { normaliseApiUrl, checkTokenDestination } from './api-url.js';
