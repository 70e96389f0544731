import { Migration } from '@mikro-orm/migrations';

/**
 * Rate-limit counters shared by every API instance: points spent per key (API token, person, or client address)
 * per fixed window. Unlogged: a crash loses at most one window of counts, and writes skip the WAL.
 */
export class Migration20261129050000RateLimits extends Migration {
  override up(): void {
    this.addSql(`
      create unlogged table rate_limit_window (
        key text not null,
        window_start timestamptz not null,
        used integer not null,
        primary key (key, window_start)
      );
    `);
  }

  override down(): void {
    this.addSql('drop table if exists rate_limit_window;');
  }
}
