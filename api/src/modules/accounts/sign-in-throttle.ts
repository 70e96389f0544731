/**
 * Sign-in throttling, per account and per client address, in PostgreSQL (so every API instance sees the same
 * counts): after 3 wrong passwords for one email within 10 s the 4th attempt is refused with the time to wait, and
 * one address gets 20 wrong passwords a minute whatever the emails. A refused attempt does not check the password, and
 * an unknown email counts like a known one (nothing tells them apart).
 */
import type { Knex } from '@mikro-orm/postgresql';
import { knexRows } from '../../database/sql.js';

export const ACCOUNT_LIMIT = { failures: 3, windowSeconds: 10 } as const;
export const ADDRESS_LIMIT = { failures: 20, windowSeconds: 60 } as const;

const accountKey = (email: string): string => `email:${email.trim().toLowerCase()}`;
const addressKey = (address: string): string => `ip:${address}`;

/** Seconds to wait before the next attempt, or 0 when an attempt may be made now. */
export async function retryAfterSeconds(knex: Knex, email: string, address: string): Promise<number> {
  const rows = await knexRows<{ key: string; n: number; wait: string }>(
    knex,
    `select key, count(*)::int as n, extract(epoch from (min(failed_at) + (case when key like 'ip:%' then ?::int else ?::int end) * interval '1 second' - now())) as wait
     from (
       select key, failed_at from sign_in_failure where key = ? and failed_at > now() - ?::int * interval '1 second'
       union all
       select key, failed_at from sign_in_failure where key = ? and failed_at > now() - ?::int * interval '1 second'
     ) recent group by key`,
    [
      ADDRESS_LIMIT.windowSeconds,
      ACCOUNT_LIMIT.windowSeconds,
      accountKey(email),
      ACCOUNT_LIMIT.windowSeconds,
      addressKey(address),
      ADDRESS_LIMIT.windowSeconds,
    ],
  );
  let wait = 0;
  for (const row of rows) {
    const limit = row.key.startsWith('ip:') ? ADDRESS_LIMIT.failures : ACCOUNT_LIMIT.failures;
    if (row.n >= limit) wait = Math.max(wait, Math.ceil(Number(row.wait)));
  }
  return Math.max(0, wait);
}

export async function recordFailure(knex: Knex, email: string, address: string): Promise<void> {
  await knex('sign_in_failure').insert([{ key: accountKey(email) }, { key: addressKey(address) }]);
  // keep the table small: nothing older than the longest window matters
  await knex('sign_in_failure').where('failed_at', '<', knex.raw(`now() - interval '1 hour'`)).delete();
}

export async function clearFailures(knex: Knex, email: string): Promise<void> {
  await knex('sign_in_failure')
    .where({ key: accountKey(email) })
    .delete();
}
