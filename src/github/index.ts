export { createGithubClient, GITHUB_API_URL, type ClientOptions } from './client.js';
export { GithubError, type GithubFailure } from './errors.js';
export { EtagCache, etagCachePathFor } from './etag-cache.js';
export { syncRepos, type SyncOptions, type SyncResult, type SyncProgress } from './sync.js';
export { deviceLogin, describeAccount, type DeviceCodePrompt, type AccountInfo } from './login.js';
export { tokenFilePath, readStoredAccount, storeAccount, removeAccount, type StoredAccount } from './token-store.js';
export { README_LIMIT_BYTES } from './readme-text.js';
export { readSnapshotIfValid, writeSnapshot } from './snapshot-file.js';
