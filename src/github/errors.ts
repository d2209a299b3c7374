/**
 * Why a GitHub call failed, in words the user can act on. The CLI turns it into a UserError;
 * the message never carries the token (we build it ourselves instead of forwarding
 * octokit's, which can quote request details).
 */
export type GithubFailure = 'bad-token' | 'rate-limited' | 'unknown-user' | 'network' | 'server' | 'forbidden' | 'login' | 'insecure';

export class GithubError extends Error {
  constructor(readonly failure: GithubFailure, message: string) {
    super(message);
    this.name = 'GithubError';
  }
}
