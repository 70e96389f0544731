import type { EntityManager } from '@mikro-orm/postgresql';
import { insertOrganizations } from '../organization.bulk.js';
import { generateOrganization } from './organization-generator.js';

export const DEMO_SEED = 1;
export const DEMO_ORGANIZATIONS = 300;

/** Fills an empty directory with the fictional demo organisations; does nothing when it has any. */
export async function seedDemoDirectory(em: EntityManager): Promise<number> {
  const knex = em.getKnex();
  const [{ n }] = (await knex('organization').count({ n: '*' })) as [{ n: string | number }];
  if (Number(n) > 0) return 0;
  const organizations = Array.from({ length: DEMO_ORGANIZATIONS }, (_, i) => generateOrganization(DEMO_SEED, i));
  await knex.transaction((trx) => insertOrganizations(trx, organizations));
  return organizations.length;
}
