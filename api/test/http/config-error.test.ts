import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const apiRoot = path.resolve(import.meta.dirname, '..', '..');

describe('starting with a wrong configuration', () => {
  it('stops with exit code 1 and one line naming the variable', () => {
    // given a port that is not a number
    // when the API starts
    const result = spawnSync(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
      cwd: apiRoot,
      env: { PATH: process.env.PATH, PORT: 'eighty', DATABASE_URL: 'postgresql://nobody@127.0.0.1:1/none' },
      encoding: 'utf8',
      // a safety net only: the process exits by itself within seconds
      timeout: 300_000,
    });
    // then
    expect(result.status).toBe(1);
    expect(result.stderr.trim().split('\n')).toEqual([
      'Invalid configuration: PORT must be an integer from 0 to 65535 (got "eighty")',
    ]);
    expect(result.stdout).toBe('');
  });
});
