import type { MikroORM } from '@mikro-orm/postgresql';
import { insertOrganizations, type NewOrganization } from '../../src/modules/directory/organization.bulk.js';
import { generateOrganization } from '../../src/modules/directory/seed/organization-generator.js';

let counter = 0;

/**
 * Organisations for one test file (each has its own database): generated (seed 90) then overridden, so a test states
 * only what it depends on. Returns what was inserted.
 */
export async function createOrganizations(
  orm: MikroORM,
  overrides: Partial<NewOrganization>[],
): Promise<NewOrganization[]> {
  const organizations = overrides.map((override) => {
    counter += 1;
    const base = generateOrganization(90, counter);
    return { ...base, ...override };
  });
  await orm.em.getKnex().transaction((trx) => insertOrganizations(trx, organizations));
  return organizations;
}
