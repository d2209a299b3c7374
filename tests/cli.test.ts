import { describe, expect, it } from 'vitest';
import { runCli } from './helpers/run-cli.js';

describe('the roadfolio command', () => {
  it('prints help and exits 0', async () => {
    const result = await runCli(['--help']);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Usage: roadfolio');
  });

  it('exits 2 on bad usage, with a hint on stderr', async () => {
    const result = await runCli(['--no-such-flag']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('unknown option');
  });
});
