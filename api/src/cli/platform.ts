/**
 * `pnpm start`: the whole platform on one machine. The database (embedded PostgreSQL when DATABASE_URL is unset),
 * the API in this process, and the portal's Node server as a child process; the portal is rebuilt first when its
 * sources changed since the last build. Ctrl-C stops the portal, then the API (in-flight requests finish), then
 * the database. `--dev` runs the portal's Vite dev server and the API in watch mode instead.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { createLogger, type Logger } from '../common/logging/logger.js';
import { ConfigError, loadConfig, repositoryRoot, type Config } from '../config.js';
import { provisionDatabase, type ProvisionedDatabase } from '../database/provision.js';
import { describe as describeDatabase } from '../database/database.js';
import { seedDemo } from '../modules/seed-demo.js';
import { onShutdownSignal, startApi } from '../server.js';

const dev = process.argv.includes('--dev');
const shellDir = path.join(repositoryRoot, 'portal', 'shell');
const buildStamp = path.join(shellDir, 'build', '.sources-mtime');

let config: Config;
try {
  config = loadConfig();
} catch (error) {
  if (error instanceof ConfigError) {
    process.stderr.write(`${error.message}\n`);
    process.exit(1);
  }
  throw error;
}
const logger = createLogger(config.logLevel);

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

function buildPortalIfStale(): void {
  const newest = newestPortalSource();
  const built = fs.existsSync(buildStamp) ? Number(fs.readFileSync(buildStamp, 'utf8')) : 0;
  if (built >= newest && fs.existsSync(path.join(shellDir, 'build', 'index.js'))) return;
  process.stdout.write('Building the portal (only when its sources changed)...\n');
  const started = Date.now();
  const result = spawnSync(process.execPath, [viteBin(), 'build', '--logLevel', 'warn'], {
    cwd: shellDir,
    stdio: 'inherit',
    // always a production build (Svelte's runtime without its development checks), whatever NODE_ENV the caller
    // has (vitest sets "test")
    env: { ...process.env, NODE_ENV: 'production' },
  });
  if (result.status !== 0) throw new Error('The portal build failed (see above)');
  fs.writeFileSync(buildStamp, String(newest));
  process.stdout.write(`Portal built in ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
}

function startPortal(apiGraphQLUrl: string): ChildProcess {
  const env = {
    ...process.env,
    PORT: String(config.portalPort),
    HOST: config.host,
    ORIGIN: config.portalPublicUrl,
    API_URL: apiGraphQLUrl,
    API_PUBLIC_URL: config.publicUrl,
  };
  const [command, args] = dev
    ? [process.execPath, [viteBin(), 'dev', '--port', String(config.portalPort), '--host', config.host, '--strictPort']]
    : [process.execPath, [path.join(shellDir, 'build', 'index.js')]];
  return spawn(command, args, { cwd: shellDir, env, stdio: ['ignore', 'inherit', 'inherit'] });
}

async function waitForPortal(child: ChildProcess): Promise<void> {
  const url = `http://${config.host}:${config.portalPort}/ar`;
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`The portal exited with code ${child.exitCode} during start`);
    try {
      const response = await fetch(url, { redirect: 'manual' });
      if (response.status < 500) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`The portal did not answer at ${url} within 60 s`);
}

function stopChild(child: ChildProcess, log: Logger): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve();
    const force = setTimeout(() => child.kill('SIGKILL'), config.shutdownTimeoutMs + 2_000);
    child.once('exit', () => {
      clearTimeout(force);
      resolve();
    });
    log.info('stopping the portal');
    child.kill('SIGTERM');
  });
}

async function main(): Promise<void> {
  const started = Date.now();
  if (!dev) buildPortalIfStale();
  const database: ProvisionedDatabase = await provisionDatabase(config, logger);
  const api = await startApi(config, logger, database);
  if (config.seedDemo) await seedDemo(api.orm.em.fork(), logger);
  const portal = startPortal(`${api.url}/graphql`);

  let stopping = false;
  const stopAll = async (): Promise<void> => {
    stopping = true;
    await stopChild(portal, logger);
    await api.stop();
    logger.info('stopped');
  };
  onShutdownSignal(logger, stopAll);
  portal.once('exit', (code) => {
    if (stopping) return;
    logger.error({ code }, 'the portal stopped unexpectedly; stopping the platform');
    void api.stop().finally(() => process.exit(1));
  });

  try {
    await waitForPortal(portal);
  } catch (error) {
    await stopAll();
    throw error;
  }
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  process.stdout.write(
    [
      '',
      `Shabaka is running (started in ${seconds} s${dev ? ', development mode' : ''}):`,
      `  Portal    ${config.portalPublicUrl}/ar  (English: ${config.portalPublicUrl}/en)`,
      `  API       ${config.publicUrl}/graphql`,
      `  Database  ${database.embedded ? `embedded PostgreSQL 17 at ${describeDatabase(database.url)}, data in ${path.relative(repositoryRoot, config.embeddedDataDir) || config.embeddedDataDir}` : describeDatabase(database.url)}`,
      'Press Ctrl-C to stop.',
      '',
    ].join('\n'),
  );
}

main().catch((error: unknown) => {
  logger.fatal({ err: error }, (error as Error).message);
  process.stderr.write(`Shabaka could not start: ${(error as Error).message}\n`);
  process.exit(1);
});
