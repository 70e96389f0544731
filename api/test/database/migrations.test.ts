import { MikroORM } from '@mikro-orm/postgresql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ormConfig } from '../../src/mikro-orm.config.js';
import { migrationsList } from '../../src/migrations/index.js';
import { createTestDatabase, type TestDatabase } from '../support/database.js';

describe('migrations', () => {
  let database: TestDatabase;
  let orm: MikroORM;
  beforeAll(async () => {
    database = await createTestDatabase({ empty: true });
    orm = await MikroORM.init(ormConfig({ databaseUrl: database.url, poolMax: 2 }));
  });
  afterAll(async () => {
    await orm.close(true);
    await database.drop();
  });

  const extensions = async (): Promise<string[]> =>
    (
      await orm.em
        .fork()
        .getConnection()
        .execute<{ extname: string }[]>(
          `select extname from pg_extension where extname in ('pg_trgm', 'unaccent') order by 1`,
        )
    ).map((r) => r.extname);

  it('go up on an empty database, down to nothing, and up again', async () => {
    // given an empty database
    expect(await extensions()).toEqual([]);
    // when every migration is applied
    const applied = await orm.getMigrator().up();
    // then all committed migrations ran, in order, and the search extensions exist
    expect(applied.map((m) => m.name)).toEqual(migrationsList.map((m) => m.name));
    expect(await extensions()).toEqual(['pg_trgm', 'unaccent']);
    expect(await orm.getMigrator().getPendingMigrations()).toEqual([]);

    // when every migration is reverted
    await orm.getMigrator().down({ to: 0 });
    // then nothing is left
    expect(await extensions()).toEqual([]);
    expect(await orm.getMigrator().getExecutedMigrations()).toEqual([]);

    // and they apply again
    await orm.getMigrator().up();
    expect(await extensions()).toEqual(['pg_trgm', 'unaccent']);
  });

  it('leave the entities and the database in step (no schema difference left to migrate)', async () => {
    const diff = await orm.getSchemaGenerator().getUpdateSchemaSQL({ wrap: false, safe: false });
    expect(diff.trim()).toBe('');
  });
});
