import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { startEmbeddedPostgres } from '../../src/database/embedded-postgres.js';

const apiRoot = path.resolve(import.meta.dirname, '..', '..');

describe('embedded PostgreSQL', () => {
  it('starts again after its launcher was killed with SIGKILL, stopping the server left behind', async () => {
    const dataDir = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'shabaka-embedded-')), 'pg');
    fs.chmodSync(path.dirname(dataDir), 0o755);
    try {
      // given a launcher that started the server and was then killed without a chance to stop it
      const script = `
        import { startEmbeddedPostgres } from './src/database/embedded-postgres.ts';
        const db = await startEmbeddedPostgres({ dataDir: ${JSON.stringify(dataDir)}, ephemeral: true });
        console.log('READY ' + db.port);
        setInterval(() => {}, 1000);
      `;
      const launcher = spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], {
        cwd: apiRoot,
      });
      await new Promise<number>((resolve, reject) => {
        launcher.stdout.on('data', (chunk: Buffer) => {
          const match = /READY (\d+)/.exec(chunk.toString());
          if (match) resolve(Number(match[1]));
        });
        launcher.on('exit', (code) => reject(new Error(`launcher exited with ${code}`)));
      });
      launcher.kill('SIGKILL');
      const leftoverPid = Number(fs.readFileSync(path.join(dataDir, 'postmaster.pid'), 'utf8').split('\n')[0]);
      expect(() => process.kill(leftoverPid, 0)).not.toThrow();

      // when it starts again on the same data
      const db = await startEmbeddedPostgres({ dataDir, ephemeral: true });
      try {
        // then the old server is gone, and the new one answers with the search extensions available
        expect(() => process.kill(leftoverPid, 0)).toThrow();
        const client = new pg.Client(db.url);
        await client.connect();
        const { rows } = await client.query<{ name: string }>(
          `select name from pg_available_extensions where name in ('pg_trgm', 'unaccent') order by 1`,
        );
        await client.end();
        expect(rows.map((r) => r.name)).toEqual(['pg_trgm', 'unaccent']);
      } finally {
        await db.stop();
      }
      expect(fs.existsSync(path.join(dataDir, 'postmaster.pid'))).toBe(false);
    } finally {
      fs.rmSync(path.dirname(dataDir), { recursive: true, force: true });
      fs.rmSync(`${dataDir}.password`, { force: true });
    }
  });
});
