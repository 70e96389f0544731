/**
 * Work that runs later (reminders, waitlist emails, bulk certificates, long exports): a job queue on PostgreSQL
 * (pg-boss), shared by every API process on the same database, surviving restarts, retried with back-off. A module
 * declares its jobs (`defineJob`) in its `PlatformModule.jobs`; the app starts one queue for all of them and offers it
 * as `jobQueueService`:
 *
 * ```ts
 * export const remindJob = defineJob<{ sessionId: string }>({ name: 'training.remind', run: async (data, ctx) => ... });
 * await ctx.services.get(jobQueueService).send(em, remindJob, { sessionId }); // in em's transaction, if any
 * ```
 *
 * The queue's tables live in the `pgboss` schema, created by a committed migration (the library never alters the
 * database at start). A job's handler throws to be retried; the last failure is kept with the job.
 */
import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import PgBoss from 'pg-boss';
import type { Logger } from '../logging/logger.js';
import { defineService, type Services } from '../module/services.js';

export const JOB_SCHEMA = 'pgboss';

/** What a job's handler gets: its own EntityManager, the process's services, a logger. */
export interface JobContext {
  readonly em: EntityManager;
  readonly services: Services;
  readonly logger: Logger;
  readonly jobId: string;
}

export interface JobDefinition<TData extends object = object> {
  /** `<module>.<job>`: letters, digits, dots, underscores, dashes. */
  readonly name: string;
  /** Does the work; throws to be retried. Runs at least once: make it safe to run twice. */
  readonly run: (data: TData, context: JobContext) => Promise<void>;
  /** Retries after a failure (default 5), the first after `retryDelaySeconds` (default 30), then doubling. */
  readonly retryLimit?: number;
  readonly retryDelaySeconds?: number;
  /** A run that takes longer is failed (and retried): default 15 minutes. */
  readonly expireInSeconds?: number;
  /**
   * At most one waiting job per `SendOptions.singletonKey` (a second send while the first waits is dropped): for work
   * that one run covers, such as recomputing a session's reminders.
   */
  readonly oneWaitingPerKey?: boolean;
  /** Also runs on this schedule (cron, five fields, Asia/Amman time), with `{}` as its data. */
  readonly cron?: string;
}

/** Declares a job; list it in the module's `PlatformModule.jobs`. */
export function defineJob<TData extends object>(job: JobDefinition<TData>): JobDefinition<TData> {
  if (!/^[a-z][a-z0-9_-]*(\.[a-z0-9_-]+)+$/i.test(job.name)) {
    throw new Error(`job name ${job.name} is not <module>.<job>`);
  }
  return job;
}

export interface SendOptions {
  /** Not before this time. */
  readonly startAfter?: Date;
  /** With `oneWaitingPerKey`: a second send with the key while the first waits is dropped and answers null. */
  readonly singletonKey?: string;
}

export type JobState = 'created' | 'retry' | 'active' | 'completed' | 'cancelled' | 'failed';

export interface JobStatus {
  readonly id: string;
  readonly state: JobState;
  readonly retryCount: number;
  readonly createdOn: Date;
  readonly completedOn: Date | null;
  /** The failure's message when it failed. */
  readonly error: string | null;
}

export interface JobQueue {
  /**
   * Sends a job. Inside `em`'s transaction when there is one: the job exists only if the change that caused it
   * commits. Answers the job's id (null when a singleton key dropped it).
   */
  send<TData extends object>(
    em: EntityManager,
    job: JobDefinition<TData>,
    data: TData,
    options?: SendOptions,
  ): Promise<string | null>;
  /**
   * Wakes this process's worker of a job at once instead of at its next poll (after the transaction that sent it
   * committed; `send` outside a transaction wakes it itself).
   */
  wake(job: JobDefinition<never>): void;
  /** Where a job stands (null when unknown or purged). */
  status(job: JobDefinition<never>, id: string): Promise<JobStatus | null>;
  /**
   * Runs the jobs of this kind that are due now, in this call, one after the other, and answers how many ran (tests
   * and commands, where waiting for a worker's next poll would race the clock).
   */
  drain(job: JobDefinition<never>): Promise<number>;
  close(): Promise<void>;
}

/** The app's queue (provided at start, see `startJobQueue`). */
export const jobQueueService = defineService<JobQueue>('jobs');

/**
 * pg-boss writes `$1`-style parameters; a MikroORM transaction runs knex's `?`-style ones: each `$n` becomes a `?`
 * with its value (a `?` already in the text is escaped as a literal).
 */
function toKnexBindings(text: string, values: readonly unknown[]): { sql: string; bindings: unknown[] } {
  const bindings: unknown[] = [];
  const sql = text.replace(/\?/g, '\\?').replace(/\$(\d+)/g, (_, n: string) => {
    bindings.push(values[Number(n) - 1] ?? null);
    return '?';
  });
  return { sql, bindings };
}

function transactionDb(em: EntityManager): PgBoss.Db {
  return {
    async executeSql(text, values) {
      const { sql, bindings } = toKnexBindings(text, values);
      const rows = await em.getConnection().execute(sql, bindings, 'all', em.getTransactionContext());
      return { rows: rows as unknown[] };
    },
  };
}

export interface JobQueueOptions {
  readonly orm: MikroORM;
  readonly services: Services;
  readonly logger: Logger;
  readonly jobs: readonly JobDefinition<never>[];
  /** Whether this process runs jobs (false: it only sends them). */
  readonly work: boolean;
  /** Seconds between a worker's polls when its queue is empty. */
  readonly pollingIntervalSeconds?: number;
}

function unavailableQueue(reason: string): JobQueue {
  const refuse = (): never => {
    throw new Error(`the job queue is not available (${reason})`);
  };
  return { send: refuse, wake: refuse, status: refuse, drain: refuse, close: () => Promise.resolve() };
}

/** Opens the queue, creates or updates the jobs' queues and schedules, and starts their workers. */
export async function startJobQueue(options: JobQueueOptions): Promise<JobQueue> {
  const { orm, services, logger, jobs } = options;
  const names = new Set<string>();
  for (const job of jobs) {
    if (names.has(job.name)) throw new Error(`job ${job.name} is declared twice`);
    names.add(job.name);
  }
  const boss = new PgBoss({
    connectionString: String(orm.config.get('clientUrl')),
    schema: JOB_SCHEMA,
    max: 2,
    application_name: 'shabaka-jobs',
    migrate: false,
    schedule: options.work,
    supervise: options.work,
  });
  boss.on('error', (error) => logger.error({ err: error }, 'job queue'));
  try {
    await boss.start();
  } catch (error) {
    // a database behind the code (migrations pending, reported by /readyz) still serves; jobs wait for a restart
    logger.warn({ err: error }, 'job queue not started: apply the migrations and restart');
    await boss.stop({ graceful: false, wait: true }).catch(() => undefined);
    return unavailableQueue((error as Error).message);
  }

  const run = async (job: JobDefinition<never>, id: string, data: object): Promise<void> => {
    const log = logger.child({ job: job.name, jobId: id });
    const em = orm.em.fork();
    await job.run(data as never, { em, services, logger: log, jobId: id });
    log.info('job done');
  };

  const workers = new Map<string, string>();
  for (const job of jobs) {
    const queue = {
      name: job.name,
      policy: job.oneWaitingPerKey ? ('short' as const) : ('standard' as const),
      retryLimit: job.retryLimit ?? 5,
      retryDelay: job.retryDelaySeconds ?? 30,
      retryBackoff: true,
      expireInSeconds: job.expireInSeconds ?? 15 * 60,
    };
    if (await boss.getQueue(job.name)) await boss.updateQueue(job.name, queue);
    else await boss.createQueue(job.name, queue);
    if (job.cron) await boss.schedule(job.name, job.cron, {}, { tz: 'Asia/Amman' });
    else await boss.unschedule(job.name);
    if (options.work) {
      const workerId = await boss.work<object>(
        job.name,
        { pollingIntervalSeconds: options.pollingIntervalSeconds ?? 2, batchSize: 1 },
        async ([item]) => {
          if (item) await run(job, item.id, item.data);
        },
      );
      workers.set(job.name, workerId);
    }
  }

  const byName = new Map(jobs.map((job) => [job.name, job]));
  const known = (job: JobDefinition<never>): JobDefinition<never> => {
    const declared = byName.get(job.name);
    if (!declared) throw new Error(`job ${job.name} is not in any module's jobs`);
    return declared;
  };

  let closing: Promise<void> | undefined;
  const wake = (job: JobDefinition<never>): void => {
    const workerId = workers.get(known(job).name);
    if (workerId) boss.notifyWorker(workerId);
  };

  return {
    async send(em, job, data, sendOptions = {}) {
      known(job);
      const inTransaction = em.isInTransaction();
      const id = await boss.send(job.name, data, {
        ...(sendOptions.startAfter ? { startAfter: sendOptions.startAfter } : {}),
        ...(sendOptions.singletonKey ? { singletonKey: sendOptions.singletonKey } : {}),
        ...(inTransaction ? { db: transactionDb(em) } : {}),
      });
      if (!inTransaction && !sendOptions.startAfter) wake(job);
      return id;
    },
    wake,
    async status(job, id) {
      const found = await boss.getJobById(known(job).name, id, { includeArchive: true });
      if (!found) return null;
      const output = found.output as { message?: unknown } | null;
      return {
        id: found.id,
        state: found.state,
        retryCount: found.retryCount,
        createdOn: found.createdOn,
        completedOn: found.completedOn,
        error: found.state !== 'completed' && typeof output?.message === 'string' ? output.message : null,
      };
    },
    async drain(job) {
      const declared = known(job);
      let ran = 0;
      for (;;) {
        const [item] = await boss.fetch<object>(declared.name, { batchSize: 1 });
        if (!item) return ran;
        try {
          await run(declared, item.id, item.data);
          await boss.complete(declared.name, item.id);
        } catch (error) {
          await boss.fail(declared.name, item.id, { message: (error as Error).message });
          throw error;
        }
        ran += 1;
      }
    },
    async close() {
      closing ??= boss.stop({ graceful: true, wait: true, timeout: 10_000 });
      await closing;
    },
  };
}
