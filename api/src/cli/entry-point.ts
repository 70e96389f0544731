/**
 * How every entry point starts and stops: the API alone (main.ts), `pnpm start` (platform.ts) and the commands
 * (`pnpm outbox`, `migrate`, `seed`, ...). One place reads the configuration (a wrong value ends the process with
 * one line naming the variable), creates the logger, provisions and opens the database, and stops whatever was
 * started, in reverse order, whenever the stop comes: Ctrl-C while the database is still starting stops it too.
 */
import { spawnSync } from 'node:child_process';
import type { MikroORM } from '@mikro-orm/postgresql';
import { createLogger, wantsPrettyLogs, type Logger } from '../common/logging/logger.js';
import { ConfigError, loadConfig, type Config } from '../config.js';
import { openDatabase } from '../database/database.js';
import { provisionDatabase, type ProvisionedDatabase } from '../database/provision.js';

/** A failure the person can fix (a port in use, a platform already running): one line, no stack. */
export class StartError extends Error {
  override name = 'StartError';
}

/** Thrown at a checkpoint once a stop was asked while the entry point was still starting. */
export class Interrupted extends Error {
  override name = 'Interrupted';
  constructor() {
    super('interrupted');
  }
}

export interface DatabaseNeeds {
  poolMax: number;
  migrate: boolean;
  replicaUrls?: readonly string[];
  /** What this process serves, shown to another process that finds the embedded database in use. */
  details?: Record<string, string>;
}

export interface EntryContext {
  readonly config: Config;
  readonly logger: Logger;
  /** Aborted when a stop is asked (a signal, Ctrl-C): long steps (a build, a wait) give up. */
  readonly signal: AbortSignal;
  /** Throws `Interrupted` when a stop was asked. */
  checkpoint: () => void;
  /** Adds a step to the shutdown; the steps run in reverse order of their registration. */
  onStop: (step: () => Promise<void>) => void;
  /** The database (DATABASE_URL, or the embedded PostgreSQL, joined when it runs already), opened; closed at stop. */
  openDatabase: (needs: DatabaseNeeds) => Promise<{ database: ProvisionedDatabase; orm: MikroORM }>;
  /** Stops everything and exits with `code` (a child that died, for example). */
  shutdown: (code: number) => void;
}

export interface EntryPoint {
  /** How the process is named, e.g. "pnpm outbox" (to another process that finds the embedded database in use). */
  name: string;
  /**
   * `command`: ends when `main` returns (its number is the exit code); Ctrl-C interrupts it (exit 130).
   * `server`: runs after `main` returns until a signal, then stops cleanly (exit 0).
   */
  kind: 'command' | 'server';
  /**
   * Read Ctrl-C from the terminal instead of receiving SIGINT (a launcher in the foreground of a terminal only):
   * the package manager that ran it then never sees an interrupt, so a normal stop is not reported as a failure.
   */
  terminalCtrlC?: boolean;
  main(context: EntryContext): Promise<number | void>;
}

function loadConfigOrExit(): Config {
  try {
    return loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`${error.message}\n`);
      process.exit(1);
    }
    throw error;
  }
}

/** Whether this process is in the foreground process group of its terminal (else raw mode would stop it). */
function inForeground(): boolean {
  const ps = spawnSync('ps', ['-o', 'pgid=,tpgid=', '-p', String(process.pid)], { encoding: 'utf8' });
  const [pgid, tpgid] = ps.stdout.trim().split(/\s+/).map(Number);
  return ps.status === 0 && pgid !== undefined && pgid > 0 && pgid === tpgid;
}

/** Calls `onCtrlC` for each Ctrl-C typed, with the terminal in raw mode; false when it cannot (not a terminal). */
function readCtrlCFromTerminal(onCtrlC: () => void): boolean {
  const stdin = process.stdin;
  if (!stdin.isTTY || !inForeground()) return false;
  stdin.setRawMode(true);
  stdin.on('data', (chunk: Buffer) => {
    if (chunk.includes(0x03)) onCtrlC();
  });
  stdin.resume();
  return true;
}

export function runEntryPoint(entry: EntryPoint): void {
  const config = loadConfigOrExit();
  // commands always tell what they do (the level applies to the API's request logs)
  const level = entry.kind === 'command' && config.logLevel !== 'silent' ? 'info' : config.logLevel;
  const logger = createLogger(level, { pretty: wantsPrettyLogs(config.nodeEnv) });
  const controller = new AbortController();
  const steps: (() => Promise<void>)[] = [];
  const abandons: (() => void)[] = [];
  let rawTerminal = false;
  let started = false;
  let exiting: Promise<void> | undefined;
  let mainSettled: Promise<unknown> = Promise.resolve();

  const exit = (code: number): never => {
    if (rawTerminal) process.stdin.setRawMode(false);
    process.exit(code);
  };
  let stoppedSomething = false;
  const stopAll = async (): Promise<void> => {
    for (let step = steps.pop(); step; step = steps.pop()) {
      stoppedSomething = true;
      await step().catch((error: unknown) => logger.error({ err: error }, 'a step of the shutdown failed'));
    }
  };
  const shutdown = (code: number): void => {
    controller.abort();
    exiting ??= (async () => {
      // a command's work stops when its database closes; a server's start is short and gives up at its checkpoints
      if (entry.kind === 'command') await stopAll();
      await mainSettled;
      await stopAll();
      if (entry.kind === 'server' && stoppedSomething) logger.info('stopped');
      exit(code);
    })();
  };

  // Ctrl-C reaches both pnpm and this process, and pnpm forwards it again: a repeat within 2 s is that echo; a
  // later one exits at once, leaving the database to stop by itself
  let firstSignalAt: number | undefined;
  const onSignal = (signal: string): void => {
    if (firstSignalAt !== undefined) {
      if (Date.now() - firstSignalAt < 2_000) return;
      logger.warn({ signal }, 'second signal: exiting now');
      for (const abandon of abandons) abandon();
      exit(1);
    }
    firstSignalAt = Date.now();
    if (entry.kind === 'server' || started) logger.info({ signal }, 'shutting down');
    shutdown(entry.kind === 'server' ? 0 : 130);
  };
  const signals: NodeJS.Signals[] = entry.kind === 'server' ? ['SIGINT', 'SIGTERM', 'SIGHUP'] : ['SIGINT', 'SIGTERM'];
  for (const signal of signals) process.on(signal, () => onSignal(signal));
  if (entry.terminalCtrlC) rawTerminal = readCtrlCFromTerminal(() => onSignal('Ctrl-C'));

  const checkpoint = (): void => {
    if (controller.signal.aborted) throw new Interrupted();
  };
  const context: EntryContext = {
    config,
    logger,
    signal: controller.signal,
    checkpoint,
    onStop: (step) => {
      steps.push(step);
    },
    openDatabase: async (needs) => {
      checkpoint();
      const database = await provisionDatabase(config, logger, { command: entry.name, details: needs.details });
      steps.push(() => database.stop());
      abandons.push(() => database.abandon());
      checkpoint();
      const orm = await openDatabase({
        url: database.url,
        poolMax: needs.poolMax,
        replicaUrls: needs.replicaUrls,
        migrate: needs.migrate,
        logger,
      });
      steps.push(() => orm.close(true));
      checkpoint();
      return { database, orm };
    },
    shutdown,
  };

  const running = entry.main(context);
  mainSettled = running.catch(() => undefined);
  running.then(
    (code) => {
      started = true;
      if (entry.kind === 'command') shutdown(code ?? 0);
    },
    (error: unknown) => {
      if (exiting || error instanceof Interrupted) return shutdown(entry.kind === 'server' ? 0 : 130);
      const message = error instanceof Error ? error.message : String(error);
      const line = `${entry.kind === 'server' && !(error instanceof StartError) ? 'Shabaka could not start: ' : ''}${message}`;
      // printed once: as one line when the person can act on it, else through the log (with its stack)
      if (error instanceof StartError || !logger.isLevelEnabled('fatal')) process.stderr.write(`${line}\n`);
      else logger.fatal({ err: error }, line);
      shutdown(1);
    },
  );
}
