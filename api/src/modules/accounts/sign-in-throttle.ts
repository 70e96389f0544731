/**
 * Throttling of password checks (sign-in, account erasure, change of email), per account and per client address,
 * in PostgreSQL (so every API instance sees the same counts): 3 checks that failed for one email within 10 s and the
 * next is refused with the time to wait; one address gets 20 failed checks a minute whatever the emails.
 *
 * An attempt is counted BEFORE its password is checked, atomically: the keys' advisory locks serialise the count and
 * the insert of the attempt's rows, so that concurrent attempts can never all read "under the limit" and all go
 * ahead. A refused attempt checks nothing and counts nothing. A wrong password leaves its rows as failures; a right
 * one takes its rows back and forgives the account's failures before it. An unknown email counts like a known one
 * (nothing tells them apart). The same table and mechanism also throttle other requests keyed by an address and a
 * client (password reset emails), with limits of their own.
 */
import type { EntityManager, Knex } from '@mikro-orm/postgresql';
import { knexRows } from '../../database/sql.js';

export const ACCOUNT_LIMIT = { failures: 3, windowSeconds: 10 } as const;
export const ADDRESS_LIMIT = { failures: 20, windowSeconds: 60 } as const;

export interface ThrottleLimit {
  /** What is counted, e.g. `email:someone@example.org` or `ip:192.0.2.1`. */
  readonly key: string;
  /** Attempts allowed within the window. */
  readonly max: number;
  readonly windowSeconds: number;
}

/** A counted attempt (its rows' ids), or how long to wait when it was refused. */
export type Reservation = { readonly wait: 0; readonly ids: readonly string[] } | { readonly wait: number };

export const accountKey = (email: string): string => `email:${email.trim().toLowerCase()}`;
const addressKey = (address: string): string => `ip:${address}`;

/** The limits of a password check for `email` from `address`. */
export function passwordCheckLimits(email: string, address: string): ThrottleLimit[] {
  return [
    { key: accountKey(email), max: ACCOUNT_LIMIT.failures, windowSeconds: ACCOUNT_LIMIT.windowSeconds },
    { key: addressKey(address), max: ADDRESS_LIMIT.failures, windowSeconds: ADDRESS_LIMIT.windowSeconds },
  ];
}

/**
 * Counts one attempt under every limit, or refuses it (counting nothing) when one limit is reached. Atomic across
 * concurrent requests and API instances.
 */
export function reserveAttempt(knex: Knex, limits: readonly ThrottleLimit[]): Promise<Reservation> {
  // guarded count-then-insert: advisory locks per key (always taken in the given order, so two attempts never wait
  // on each other crosswise); the ORM has no advisory locks
  return knex.transaction(async (trx) => {
    for (const limit of limits) await trx.raw('select pg_advisory_xact_lock(hashtext(?))', [`throttle:${limit.key}`]);
    let wait = 0;
    for (const limit of limits) {
      const [row] = await knexRows<{ n: number; wait: string | null }>(
        trx,
        `select count(*)::int as n,
                extract(epoch from (min(failed_at) + ?::int * interval '1 second' - clock_timestamp())) as wait
         from sign_in_failure where key = ? and failed_at > clock_timestamp() - ?::int * interval '1 second'`,
        [limit.windowSeconds, limit.key, limit.windowSeconds],
      );
      if (row && row.n >= limit.max) wait = Math.max(wait, Math.max(1, Math.ceil(Number(row.wait))));
    }
    if (wait > 0) return { wait };
    const rows = await knexRows<{ id: string }>(
      trx,
      `insert into sign_in_failure (key, failed_at) select unnest(?::text[]), clock_timestamp() returning id`,
      [limits.map((l) => l.key)],
    );
    // keep the table small: nothing older than the longest window matters
    await knexRows(trx, `delete from sign_in_failure where failed_at < now() - interval '1 day'`);
    return { wait: 0, ids: rows.map((r) => String(r.id)) };
  });
}

/**
 * The attempt turned out right: its rows are taken back, and the failures of `forgive` (an account key) recorded
 * before it are forgiven.
 */
export async function releaseAttempt(knex: Knex, ids: readonly string[], forgive?: string): Promise<void> {
  if (ids.length === 0) return;
  await knexRows(knex, 'delete from sign_in_failure where id = any(?::bigint[])', [ids]);
  if (forgive) {
    await knexRows(knex, 'delete from sign_in_failure where key = ? and id < ?', [
      forgive,
      Math.min(...ids.map(Number)),
    ]);
  }
}

/** Counts a sign-in's password check for `email` from `address` before it is made (see reserveAttempt). */
export function reserveSignIn(em: EntityManager, email: string, address: string): Promise<Reservation> {
  return reserveAttempt(em.getKnex(), passwordCheckLimits(email, address));
}

/** The sign-in's password was right: its attempt is taken back, and the account's earlier failures forgiven. */
export function signInSucceeded(em: EntityManager, ids: readonly string[], email: string): Promise<void> {
  return releaseAttempt(em.getKnex(), ids, accountKey(email));
}

/**
 * Checks a password under the account's and the address's limits: counts the attempt first, then runs `check`;
 * `{ wait }` when refused without checking.
 */
export async function throttledPasswordCheck(
  knex: Knex,
  email: string,
  address: string,
  check: () => Promise<boolean>,
): Promise<{ ok: boolean; wait: number }> {
  const reservation = await reserveAttempt(knex, passwordCheckLimits(email, address));
  if (!('ids' in reservation)) return { ok: false, wait: reservation.wait };
  const ok = await check();
  if (ok) await releaseAttempt(knex, reservation.ids, accountKey(email));
  return { ok, wait: 0 };
}
