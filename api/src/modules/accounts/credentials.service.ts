/**
 * Checks of a signed-in person's password (before an erasure or a change of email): under the same throttle as
 * sign-in (sign-in-throttle.ts), counted before the check.
 */
import type { EntityManager } from '@mikro-orm/postgresql';
import { knexRows } from '../../database/sql.js';
import { verifyPassword } from './password.js';
import { throttledPasswordCheck } from './sign-in-throttle.js';

export type PasswordCheck = { ok: true } | { ok: false; retryAfterSeconds: number | null };

export async function checkPassword(
  em: EntityManager,
  person: { userId: string; email: string },
  password: string,
  clientAddress: string,
): Promise<PasswordCheck> {
  const knex = em.getKnex();
  const result = await throttledPasswordCheck(knex, person.email, clientAddress, async () => {
    const [credential] = await knexRows<{ password: string | null }>(
      knex,
      `select password from auth_account where user_id = ? and provider_id = 'credential'`,
      [person.userId],
    );
    return Boolean(credential?.password) && (await verifyPassword({ hash: credential!.password!, password }));
  });
  if (result.ok) return { ok: true };
  return { ok: false, retryAfterSeconds: result.wait > 0 ? result.wait : null };
}
