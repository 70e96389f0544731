import { Entity, PrimaryKey, Property } from '@mikro-orm/core';

/**
 * Points spent by one key (an API token, a person, a client address) in one fixed window, shared by every API
 * instance. An unlogged table: a crash loses at most one window of counts. The rate limiter writes it with one
 * guarded upsert (`rate-limiter.ts`): counting must be atomic under concurrency, which a read-modify-write of the
 * entity would not be.
 */
@Entity({ tableName: 'rate_limit_window' })
export class RateLimitWindowEntity {
  @PrimaryKey({ type: 'text' })
  key!: string;

  @PrimaryKey({ type: 'datetime' })
  windowStart!: Date;

  @Property({ type: 'integer' })
  used!: number;
}
