/**
 * People created by the platform itself rather than by signing up: the demo accounts, and test fixtures. The rows are
 * the ones Better Auth writes for an email-and-password account (a `credential` account holding the argon2id hash).
 */
import { randomUUID } from 'node:crypto';
import type { Knex } from '@mikro-orm/postgresql';
import type { MemberRoleName, PlatformRoleName } from '../../common/auth/viewer.js';
import { hashPassword } from './password.js';

export interface NewPerson {
  name: string;
  email: string;
  password: string;
  emailVerified?: boolean;
  roles?: PlatformRoleName[];
  memberships?: { organizationId: string; role: MemberRoleName }[];
}

export async function createPerson(knex: Knex, person: NewPerson): Promise<string> {
  const id = randomUUID();
  const hash = await hashPassword(person.password);
  await knex.transaction(async (trx) => {
    await trx('auth_user').insert({
      id,
      name: person.name,
      email: person.email.toLowerCase(),
      email_verified: person.emailVerified ?? true,
    });
    await trx('auth_account').insert({
      id: randomUUID(),
      user_id: id,
      account_id: id,
      provider_id: 'credential',
      password: hash,
    });
    if (person.roles?.length) await trx('platform_role').insert(person.roles.map((role) => ({ user_id: id, role })));
    if (person.memberships?.length) {
      await trx('organization_member').insert(
        person.memberships.map((m) => ({ organization_id: m.organizationId, user_id: id, role: m.role })),
      );
    }
  });
  return id;
}
