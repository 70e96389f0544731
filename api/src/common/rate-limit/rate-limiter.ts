/**
 * Rate limits by cost per time window (GitHub's points model): an operation costs one point per 100 objects it can
 * return (at least 1), charged before it runs. Budgets per window: an API token's, a signed-in person's, and the
 * public's per client address. Counters live in PostgreSQL (an unlogged table) so that every API instance shares
 * them, or in Redis when REDIS_URL is set, with PostgreSQL taking over while Redis does not answer.
 */
import type { Knex } from '@mikro-orm/postgresql';
import { createClient } from 'redis';
import { knexRows } from '../../database/sql.js';

export interface RateLimitDecision {
  cost: number;
  limit: number;
  used: number;
  remaining: number;
  resetAt: Date;
  allowed: boolean;
}

export interface RateLimitStore {
  /** Adds `cost` to the key's count in the window starting at `windowStart`; returns the count after. */
  spend(key: string, windowStart: Date, windowSeconds: number, cost: number): Promise<number>;
  close(): Promise<void>;
}

export function postgresStore(knex: Knex): RateLimitStore {
  let calls = 0;
  return {
    async spend(key, windowStart, _windowSeconds, cost) {
      const [row] = await knexRows<{ used: number }>(
        knex,
        `insert into rate_limit_window (key, window_start, used) values (?, ?, ?)
         on conflict (key, window_start) do update set used = rate_limit_window.used + excluded.used
         returning used`,
        [key, windowStart, cost],
      );
      // now and then, forget windows that ended
      calls += 1;
      if (calls % 500 === 0) {
        await knexRows(knex, 'delete from rate_limit_window where window_start < ?', [windowStart]);
      }
      return row!.used;
    },
    close: () => Promise.resolve(),
  };
}

export async function redisStore(url: string): Promise<RateLimitStore> {
  // while Redis is away, commands fail at once instead of waiting in a queue (the fallback store takes them), and
  // the client keeps reconnecting in the background; its errors are the caller's to report, never a crash
  const client = createClient({ url, disableOfflineQueue: true });
  client.on('error', () => undefined);
  await client.connect();
  return {
    async spend(key, windowStart, windowSeconds, cost) {
      const name = `shabaka:rate:${key}:${windowStart.getTime()}`;
      const [used] = await client
        .multi()
        .incrBy(name, cost)
        .expire(name, windowSeconds + 60)
        .exec();
      return Number(used);
    },
    async close() {
      await client.close().catch(() => client.destroy());
    },
  };
}

/**
 * `primary` (Redis), or `fallback` (PostgreSQL) for each charge the primary fails: limits keep holding through a Redis
 * outage, on counters of their own until Redis answers again.
 */
export function withFallback(
  primary: RateLimitStore,
  fallback: RateLimitStore,
  onFallback: (error: unknown) => void,
): RateLimitStore {
  return {
    async spend(key, windowStart, windowSeconds, cost) {
      try {
        return await primary.spend(key, windowStart, windowSeconds, cost);
      } catch (error) {
        onFallback(error);
        return fallback.spend(key, windowStart, windowSeconds, cost);
      }
    },
    async close() {
      await Promise.all([primary.close().catch(() => undefined), fallback.close()]);
    },
  };
}

export interface RateLimitBudgets {
  windowSeconds: number;
  apiToken: number;
  person: number;
  anonymous: number;
}

export function costOf(nodes: number): number {
  return Math.max(1, Math.ceil(nodes / 100));
}

export type RateLimitSubject = { kind: 'API_TOKEN' | 'PERSON' | 'ANONYMOUS'; id: string };

export class RateLimiter {
  constructor(
    private readonly store: RateLimitStore,
    private readonly budgets: RateLimitBudgets,
  ) {}

  async charge(who: RateLimitSubject, nodes: number, now = new Date()): Promise<RateLimitDecision> {
    const windowMs = this.budgets.windowSeconds * 1000;
    const windowStart = new Date(Math.floor(now.getTime() / windowMs) * windowMs);
    const limit =
      who.kind === 'API_TOKEN'
        ? this.budgets.apiToken
        : who.kind === 'PERSON'
          ? this.budgets.person
          : this.budgets.anonymous;
    const cost = costOf(nodes);
    const used = await this.store.spend(
      `${who.kind.toLowerCase()}:${who.id}`,
      windowStart,
      this.budgets.windowSeconds,
      cost,
    );
    return {
      cost,
      limit,
      used,
      remaining: Math.max(0, limit - used),
      resetAt: new Date(windowStart.getTime() + windowMs),
      allowed: used <= limit,
    };
  }

  close(): Promise<void> {
    return this.store.close();
  }
}
