import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { embeddedUsers, freePort, startEmbeddedPostgres } from '../../src/database/embedded-postgres.js';

const apiRoot = path.resolve(import.meta.dirname, '..', '..');
/** Each command is a Node process compiling TypeScript at start: seconds each, many more on a loaded machine. */
const COMMANDS = { timeout: 600_000 };

/** A fresh data folder under the temp folder, reachable by the postgres user when the tests run as root. */
function temporaryDataDir(): string {
  const dataDir = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'shabaka-embedded-')), 'pg');
  fs.chmodSync(path.dirname(dataDir), 0o755);
  return dataDir;
}

function removeDataDir(dataDir: string): void {
  fs.rmSync(path.dirname(dataDir), { recursive: true, force: true });
}

function postmasterPid(dataDir: string): number {
  return Number(fs.readFileSync(path.join(dataDir, 'postmaster.pid'), 'utf8').split('\n')[0]);
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** Resolves with the first match of `pattern` in what `child` prints (stdout and stderr), or rejects at its exit. */
function waitForOutput(child: ChildProcess, pattern: RegExp): Promise<RegExpExecArray> {
  let output = '';
  return new Promise((resolve, reject) => {
    const read = (chunk: Buffer): void => {
      output += chunk.toString('utf8');
      const match = pattern.exec(output);
      if (match) resolve(match);
    };
    child.stdout?.on('data', read);
    child.stderr?.on('data', read);
    child.once('exit', (code) => reject(new Error(`exited (${code}) before printing ${pattern}:\n${output}`)));
  });
}

/** A process that starts the server and keeps it, as `pnpm start` does; stopped with SIGTERM. */
function startHolder(dataDir: string, user?: { command: string; details?: Record<string, string> }): ChildProcess {
  const script = `
    import { startEmbeddedPostgres } from './src/database/embedded-postgres.ts';
    const db = await startEmbeddedPostgres({
      dataDir: ${JSON.stringify(dataDir)}, ephemeral: true, user: ${JSON.stringify(user)},
    });
    process.on('SIGTERM', () => db.stop().then(() => process.exit(0)));
    console.log('READY ' + db.url);
    setInterval(() => {}, 1000);
  `;
  return spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { cwd: apiRoot });
}

interface Finished {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** One of the API's command-line tools, run as `pnpm <command>` runs it, on the embedded database of `dataDir`. */
function runCli(file: string, args: string[], env: Record<string, string>): Promise<Finished> {
  const child = spawn(process.execPath, ['--import', 'tsx', file, ...args], {
    cwd: apiRoot,
    env: { PATH: process.env.PATH, HOME: process.env.HOME, ...env },
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
  return new Promise((resolve) => child.once('close', (code) => resolve({ code, stdout, stderr })));
}

async function answers(url: string): Promise<boolean> {
  const client = new pg.Client(url);
  try {
    await client.connect();
    await client.query('select 1');
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
}

describe('embedded PostgreSQL', () => {
  it('starts again after its launcher was killed with SIGKILL, stopping the server left behind', COMMANDS, async () => {
    const dataDir = temporaryDataDir();
    try {
      // given a launcher that started the server and was then killed without a chance to stop it
      const launcher = startHolder(dataDir);
      await waitForOutput(launcher, /READY (\S+)/);
      const gone = new Promise((resolve) => launcher.once('exit', resolve));
      launcher.kill('SIGKILL');
      await gone;
      const leftoverPid = postmasterPid(dataDir);
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
      removeDataDir(dataDir);
    }
  });

  describe('used by a running platform', () => {
    let dataDir: string;
    const platform = { portal: 'http://localhost:3999/ar', api: 'http://localhost:4999/graphql' };
    let holder: ChildProcess;
    let url: string;
    let serverPid: number;
    const env = (): Record<string, string> => ({ EMBEDDED_PG_DIR: dataDir, LOG_LEVEL: 'info' });

    beforeAll(async () => {
      // given the server started by `pnpm start` (a process that keeps it, registered as the platform)
      dataDir = temporaryDataDir();
      holder = startHolder(dataDir, { command: 'pnpm start', details: platform });
      url = (await waitForOutput(holder, /READY (\S+)/))[1]!;
      serverPid = postmasterPid(dataDir);
    }, COMMANDS.timeout);
    afterAll(async () => {
      const exited = new Promise((resolve) => holder.once('exit', resolve));
      holder.kill('SIGTERM');
      await exited;
      if (alive(serverPid)) process.kill(serverPid, 'SIGQUIT');
      removeDataDir(dataDir);
    }, COMMANDS.timeout);

    it('is used by pnpm outbox, migrate, seed and import:organizations, and left running', COMMANDS, async () => {
      // when each command runs beside it
      const fixtures = path.join(apiRoot, 'test', 'fixtures');
      const runs = [
        await runCli('src/cli/outbox.ts', ['--limit', '1'], env()),
        await runCli('src/cli/migrate.ts', ['--status'], env()),
        await runCli('src/cli/seed.ts', ['--organizations', '3'], env()),
        await runCli('src/cli/import-organizations.ts', [path.join(fixtures, 'registry-valid.csv')], env()),
      ];
      // then each did its work on the running server
      expect(runs.map((r) => r.code)).toEqual([0, 0, 0, 0]);
      // and the platform's server is still the one running, and answers
      expect(postmasterPid(dataDir)).toBe(serverPid);
      expect(alive(serverPid)).toBe(true);
      expect(await answers(url)).toBe(true);
      // each said whose server it used
      for (const run of runs) expect(run.stdout).toContain(`(pid ${holder.pid}, pnpm start)`);
      expect(runs[0]!.stdout).toContain('the outbox is empty');
      expect(runs[1]!.stdout).toMatch(/^applied {2}Migration/m);
      expect(runs[3]!.stdout).toMatch(/added \d+/);
    });

    it('refuses a second pnpm start in the same folder, saying where the platform runs', COMMANDS, async () => {
      // when the platform is started again on the same data folder
      const [apiPort, portalPort] = [await freePort(), await freePort()];
      const second = await runCli('src/cli/platform.ts', [], {
        ...env(),
        PORT: String(apiPort),
        PORTAL_PORT: String(portalPort),
        SEED_DEMO: 'false',
      });
      // then it stops at once with where the first one is, and how to stop it
      expect(second.code).toBe(1);
      expect(second.stderr).toContain('Shabaka is already running from this folder');
      expect(second.stderr).toContain(`Portal    ${platform.portal}`);
      expect(second.stderr).toContain(`API       ${platform.api}`);
      expect(second.stderr).toContain(`kill ${holder.pid}`);
      expect(second.stdout).not.toContain('Building the portal');
      // and the running platform's server is untouched
      expect(postmasterPid(dataDir)).toBe(serverPid);
      expect(await answers(url)).toBe(true);
    });
  });

  it('does not take a process that reused the pid of a user gone for that user', () => {
    const dataDir = temporaryDataDir();
    try {
      // given the file of a platform killed long ago, whose pid now belongs to another program (this one)
      const users = `${dataDir}.users`;
      fs.mkdirSync(users);
      const file = path.join(users, `${process.pid}.json`);
      const user = { pid: process.pid, command: 'pnpm start', since: '2026-01-01T00:00:00.000Z', details: {} };
      fs.writeFileSync(file, JSON.stringify({ ...user, started: 'Thu Jan  1 00:00:00 2026' }));
      // then it is no user (and its file goes)
      expect(embeddedUsers(dataDir)).toEqual([]);
      expect(fs.existsSync(file)).toBe(false);
      // while the file of the process itself is
      const started = spawnSync('ps', ['-o', 'lstart=', '-p', String(process.pid)], { encoding: 'utf8' }).stdout.trim();
      fs.writeFileSync(file, JSON.stringify({ ...user, started }));
      expect(embeddedUsers(dataDir)).toEqual([{ ...user, started }]);
    } finally {
      removeDataDir(dataDir);
    }
  });

  it('is stopped by Ctrl-C during the start of the platform, once the database is up', COMMANDS, async () => {
    const dataDir = temporaryDataDir();
    const [apiPort, portalPort] = [await freePort(), await freePort()];
    // --dev: the portal is not built, and is started last (never reached here)
    const platform = spawn(process.execPath, ['--import', 'tsx', 'src/cli/platform.ts', '--dev'], {
      cwd: apiRoot,
      env: {
        PATH: process.env.PATH,
        HOME: process.env.HOME,
        EMBEDDED_PG_DIR: dataDir,
        PORT: String(apiPort),
        PORTAL_PORT: String(portalPort),
        SEED_DEMO: 'false',
        LOG_LEVEL: 'info',
      },
    });
    let serverPid = 0;
    try {
      // given the platform starting, its database up
      await waitForOutput(platform, /PostgreSQL 17 \(embedded\) listening/);
      serverPid = postmasterPid(dataDir);
      expect(alive(serverPid)).toBe(true);

      // when Ctrl-C reaches it (as SIGINT to its process)
      const exited = new Promise<number | null>((resolve) => platform.once('exit', (code) => resolve(code)));
      platform.kill('SIGINT');

      // then it exits normally, having stopped the database
      expect(await exited).toBe(0);
      expect(alive(serverPid)).toBe(false);
    } finally {
      if (platform.exitCode === null) platform.kill('SIGKILL');
      if (serverPid && alive(serverPid)) process.kill(serverPid, 'SIGQUIT');
      removeDataDir(dataDir);
    }
  });
});
