import type { EntityManager } from '@mikro-orm/postgresql';
import { sqlRows } from '../../database/sql.js';

/**
 * The ids of the applications of a person's parties (as lead, co-applicant or associate), in one statement: a union
 * over the lead, the partners and the person's institutions that the ORM would write as three queries.
 */
export async function applicationIdsOfPerson(
  em: EntityManager,
  organizationIds: string[],
  userId: string,
): Promise<string[]> {
  const rows = await sqlRows<{ id: string }>(
    em,
    `select id from grant_application where lead_organization_id = any(?::uuid[])
     union select application_id from grant_application_partner
     where organization_id = any(?::uuid[])
        or institution_id in (select institution_id from institution_member where user_id = ?)`,
    [organizationIds, organizationIds, userId],
  );
  return rows.map((row) => row.id);
}
