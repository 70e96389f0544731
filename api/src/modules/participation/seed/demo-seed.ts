import type { EntityManager } from '@mikro-orm/postgresql';

export async function seedDemoParticipation(_em: EntityManager): Promise<number> {
  return Promise.resolve(0);
}
