/**
 * Whether the read replicas may serve reads now. Every few seconds each replica (DATABASE_REPLICA_URLS) is asked how
 * far behind the primary it is; while one cannot be reached or lags more than `maxLagSeconds`, every read goes to
 * the primary (the public then reads fresher data, at the primary's cost), and it goes back once all have caught up.
 */
import pg from 'pg';
import type { Logger } from '../common/logging/logger.js';
import { defineService } from '../common/module/services.js';
import { describe } from './describe.js';

export interface ReplicaMonitor {
  /** True when there are replicas and each answered its last check within the allowed lag. */
  serving(): boolean;
  stop(): Promise<void>;
}

/**
 * Seconds of lag: 0 when every WAL record received has been replayed (an idle primary sends nothing, and the time
 * of the last replayed transaction then says nothing about lag), else the age of the last replayed transaction.
 * 0 on a server that is not a standby.
 */
const LAG_SQL = `select case
  when not pg_is_in_recovery() then 0
  when pg_last_wal_receive_lsn() = pg_last_wal_replay_lsn() then 0
  else coalesce(extract(epoch from now() - pg_last_xact_replay_timestamp()), 0)
end::float8 as lag`;

async function lagOf(url: string): Promise<number> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 2_000, statement_timeout: 2_000 });
  client.on('error', () => undefined);
  try {
    await client.connect();
    const { rows } = await client.query<{ lag: number }>(LAG_SQL);
    return rows[0]!.lag;
  } finally {
    await client.end().catch(() => undefined);
  }
}

export async function monitorReplicas(
  urls: readonly string[],
  options: { maxLagSeconds: number; intervalMs?: number; logger: Logger },
): Promise<ReplicaMonitor> {
  if (urls.length === 0) return { serving: () => false, stop: () => Promise.resolve() };
  const { maxLagSeconds, intervalMs = 2_000, logger } = options;
  // undefined until the first check, so that the state at start is logged too
  let serving: boolean | undefined;
  let stopped = false;
  const check = async (): Promise<void> => {
    const results = await Promise.all(
      urls.map((url) =>
        lagOf(url).then(
          (lag) => ({ url, lag, error: undefined }),
          (error: unknown) => ({ url, lag: Number.POSITIVE_INFINITY, error }),
        ),
      ),
    );
    const late = results.filter((result) => result.lag > maxLagSeconds);
    const now = late.length === 0;
    if (now !== serving) {
      if (now) logger.info({ replicas: urls.length }, 'read replicas serve the public');
      else
        logger.warn(
          {
            replicas: late.map((result) => ({
              replica: describe(result.url),
              lagSeconds: Number.isFinite(result.lag) ? result.lag : null,
              error: result.error instanceof Error ? result.error.message : undefined,
            })),
          },
          'read replicas set aside: every read goes to the primary',
        );
    }
    serving = now;
  };
  await check();
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> = Promise.resolve();
  const schedule = (): void => {
    if (stopped) return;
    timer = setTimeout(() => {
      running = check().finally(schedule);
    }, intervalMs);
    timer.unref();
  };
  schedule();
  return {
    serving: () => serving === true,
    async stop() {
      stopped = true;
      clearTimeout(timer);
      await running;
    },
  };
}

/** The app's replica monitor, for routes that read for the public (provided by the app at start). */
export const replicaMonitorService = defineService<ReplicaMonitor>('database.replicas');
