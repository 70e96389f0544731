import type { EntityManager } from '@mikro-orm/postgresql';
import { migrationsList } from '../migrations/index.js';

export interface MigrationState {
  reachable: boolean;
  migrationsApplied: number;
  migrationsPending: number;
}

/** Whether the database answers and how many committed migrations it has applied (throws when unreachable). */
export async function databaseStatus(em: EntityManager): Promise<MigrationState> {
  const rows = await em.getConnection().execute<{ name: string }[]>('select name from mikro_orm_migrations');
  const applied = new Set(rows.map((r) => r.name.replace(/\.[jt]s$/, '')));
  return {
    reachable: true,
    migrationsApplied: applied.size,
    migrationsPending: migrationsList.filter((m) => !applied.has(m.name)).length,
  };
}
