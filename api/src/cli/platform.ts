/**
 * `pnpm start`: the whole platform on one machine. The database (embedded PostgreSQL when DATABASE_URL is unset),
 * the API in this process, and the portal's Node server as a child process; the portal is rebuilt first when its
 * sources changed since the last build. Ctrl-C stops the portal, then the API (in-flight requests finish), then
 * the database, at any moment of the start too. `--dev` runs the portal's Vite dev server instead.
 *
 * A second start in the same folder says where the first one runs instead of disturbing it; a port in use names the
 * process that holds it. The portal dies with this process even when it is killed (SIGKILL): it is told through
 * an IPC channel, which the kernel closes with the launcher.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { Logger } from '../common/logging/logger.js';
import { repositoryRoot, type Config } from '../config.js';
import { describe as describeDatabase } from '../database/database.js';
import { embeddedUsers } from '../database/embedded-postgres.js';
import { runEntryPoint, StartError } from './entry-point.js';
import { portInUseMessage, portIsFree } from './ports.js';

const dev = process.argv.includes('--dev');
const command = dev ? 'pnpm dev' : 'pnpm start';
const shellDir = path.join(repositoryRoot, 'portal', 'shell');
const buildStamp = path.join(shellDir, 'build', '.sources-mtime');
/**
 * Preloaded into the portal's process: it exits when the launcher's end of the IPC channel closes (the channel
 * itself does not keep the portal alive once it has stopped).
 */
const EXIT_WITH_PARENT = `data:text/javascript,${encodeURIComponent(
  'process.on("disconnect",()=>process.exit(1));setImmediate(()=>process.channel?.unref())',
)}`;

/** Newest modification time among the portal's sources (every package under portal/, not node_modules or output). */
function newestPortalSource(): number {
  let newest = 0;
  const skip = new Set(['node_modules', 'build', '.svelte-kit', 'dist']);
  const walk = (dir: string): void => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      if (skip.has(entry.name)) continue;
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else newest = Math.max(newest, fs.statSync(full).mtimeMs);
    }
  };
  walk(path.join(repositoryRoot, 'portal'));
  return newest;
}

function viteBin(): string {
  const manifest = createRequire(path.join(shellDir, 'package.json')).resolve('vite/package.json');
  return path.join(path.dirname(manifest), 'bin', 'vite.js');
}

/** Builds the portal when its sources changed; its output is shown only when the build fails. */
async function buildPortalIfStale(signal: AbortSignal): Promise<void> {
  const newest = newestPortalSource();
  const built = fs.existsSync(buildStamp) ? Number(fs.readFileSync(buildStamp, 'utf8')) : 0;
  if (built >= newest && fs.existsSync(path.join(shellDir, 'build', 'index.js'))) return;
  process.stdout.write('Building the portal (only when its sources changed)...\n');
  const started = Date.now();
  const build = spawn(process.execPath, [viteBin(), 'build', '--logLevel', 'warn'], {
    cwd: shellDir,
    stdio: ['ignore', 'pipe', 'pipe'],
    // always a production build (Svelte's runtime without its development checks), whatever NODE_ENV the caller
    // has (vitest sets "test")
    env: { ...process.env, NODE_ENV: 'production' },
    signal,
  });
  let output = '';
  build.stdout.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
  build.stderr.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
  const code = await new Promise<number | null>((resolve) => {
    build.once('error', () => undefined);
    build.once('close', (c) => resolve(c));
  });
  signal.throwIfAborted();
  if (code !== 0) {
    process.stderr.write(output);
    throw new StartError('The portal build failed (its output is above)');
  }
  fs.writeFileSync(buildStamp, String(newest));
  process.stdout.write(`Portal built in ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
}

function startPortal(config: Config, apiGraphQLUrl: string): ChildProcess {
  const env = {
    ...process.env,
    PORT: String(config.portalPort),
    HOST: config.host,
    ORIGIN: config.portalPublicUrl,
    API_URL: apiGraphQLUrl,
    API_PUBLIC_URL: config.publicUrl,
    // the one upload limit: the portal states it and derives its request body limit from it (portal/shell/server.js)
    UPLOAD_MAX_BYTES: String(config.uploadMaxBytes),
  };
  const args = dev
    ? [viteBin(), 'dev', '--port', String(config.portalPort), '--host', config.host, '--strictPort']
    : [path.join(shellDir, 'server.js')];
  return spawn(process.execPath, ['--import', EXIT_WITH_PARENT, ...args], {
    cwd: shellDir,
    env,
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    // its own process group: a terminal's Ctrl-C reaches the launcher, which stops the portal first
    detached: true,
  });
}

async function waitForPortal(config: Config, child: ChildProcess, signal: AbortSignal): Promise<void> {
  const url = `http://${config.host}:${config.portalPort}/ar`;
  const exited = new Promise<never>((_, reject) =>
    child.once('exit', (code) => reject(new Error(`The portal exited with code ${code} during start`))),
  );
  exited.catch(() => undefined);
  const deadline = Date.now() + 120_000;
  while (Date.now() < deadline) {
    signal.throwIfAborted();
    if (child.exitCode !== null) await exited;
    try {
      const response = await fetch(url, { redirect: 'manual', signal });
      if (response.status < 500) return;
    } catch {
      // not listening yet
    }
    await Promise.race([new Promise((r) => setTimeout(r, 200)), exited]);
  }
  throw new Error(`The portal did not answer at ${url} within 120 s`);
}

function stopChild(child: ChildProcess, config: Config, logger: Logger): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve();
    const force = setTimeout(() => child.kill('SIGKILL'), config.shutdownTimeoutMs + 2_000);
    child.once('exit', () => {
      clearTimeout(force);
      resolve();
    });
    logger.info('stopping the portal');
    child.kill('SIGTERM');
  });
}

/** A platform already running on this folder's embedded database: where it is, and how to stop it. */
function refuseSecondStart(config: Config): void {
  if (config.databaseUrl) return;
  const running = embeddedUsers(config.embeddedDataDir).find((user) => user.details?.portal);
  if (!running) return;
  throw new StartError(
    [
      `Shabaka is already running from this folder (${running.command}, pid ${running.pid}, since ${new Date(running.since).toLocaleTimeString()}):`,
      `  Portal    ${running.details?.portal}`,
      `  API       ${running.details?.api}`,
      `Stop it first (Ctrl-C in its terminal, or kill ${running.pid}) to start it again.`,
    ].join('\n'),
  );
}

runEntryPoint({
  name: command,
  kind: 'server',
  terminalCtrlC: true,
  async main({ config, logger, signal, checkpoint, openDatabase, onStop, shutdown }) {
    const started = Date.now();
    const portal = `${config.portalPublicUrl}/ar`;
    const api = `${config.publicUrl}/graphql`;
    refuseSecondStart(config);
    for (const [port, what, variable] of [
      [config.port, 'the API', 'PORT'],
      [config.portalPort, 'the portal', 'PORTAL_PORT'],
    ] as const) {
      if (!(await portIsFree(port, config.host))) throw new StartError(await portInUseMessage(port, what, variable));
    }
    if (!dev) await buildPortalIfStale(signal);

    const { database, orm } = await openDatabase({
      poolMax: config.databasePoolMax,
      replicaUrls: config.databaseReplicaUrls,
      migrate: config.migrateOnStart,
      details: { portal, api },
    });
    const { startApi } = await import('../server.js');
    const running = await startApi(config, logger, orm);
    onStop(() => running.stop());
    checkpoint();
    if (config.seedDemo) {
      const { seedDemo } = await import('../modules/seed-demo.js');
      await seedDemo(orm.em.fork(), logger);
      checkpoint();
    }

    const child = startPortal(config, `${running.url}/graphql`);
    let stopping = false;
    onStop(() => {
      stopping = true;
      return stopChild(child, config, logger);
    });
    child.once('exit', (code) => {
      if (stopping || signal.aborted) return;
      logger.error({ code }, 'the portal stopped unexpectedly; stopping the platform');
      shutdown(1);
    });
    await waitForPortal(config, child, signal);

    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    const where = database.embedded
      ? `embedded PostgreSQL 17 at ${describeDatabase(database.url)}, data in ${path.relative(repositoryRoot, config.embeddedDataDir) || config.embeddedDataDir}`
      : describeDatabase(database.url);
    process.stdout.write(
      [
        '',
        `Shabaka is running (started in ${seconds} s${dev ? ', development mode' : ''}):`,
        `  Portal    ${portal}  (English: ${config.portalPublicUrl}/en)`,
        `  API       ${api}`,
        `  Database  ${where}`,
        'Press Ctrl-C to stop.',
        '',
      ].join('\n'),
    );
  },
});
