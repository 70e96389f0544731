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

  it('create every table and column the entities map, with the same nullability', async () => {
    // The migrations are hand-written SQL (checks, generated columns, expression indexes the ORM cannot describe),
    // so they are the authority; this pins the other direction: no entity reads or writes a column that is not there.
    const columns = await orm.em
      .fork()
      .getConnection()
      .execute<{ table_name: string; column_name: string; is_nullable: 'YES' | 'NO' }[]>(
        `select table_name, column_name, is_nullable from information_schema.columns where table_schema = 'public'`,
      );
    const found = new Map(columns.map((c) => [`${c.table_name}.${c.column_name}`, c.is_nullable === 'YES']));
    const problems: string[] = [];
    for (const meta of Object.values(orm.getMetadata().getAll())) {
      for (const prop of meta.props) {
        for (const field of prop.fieldNames ?? []) {
          const key = `${meta.tableName}.${field}`;
          if (!found.has(key)) problems.push(`${meta.className}.${prop.name}: no column ${key}`);
          else if (!prop.primary && found.get(key) !== Boolean(prop.nullable)) {
            problems.push(
              `${meta.className}.${prop.name}: nullable ${Boolean(prop.nullable)} in the entity, ${found.get(key)} in ${key}`,
            );
          }
        }
      }
    }
    expect(problems).toEqual([]);
    expect(Object.keys(orm.getMetadata().getAll()).length).toBeGreaterThan(5);
  });

  it('leave no table of the platform without an entity (Better Auth keeps its own tables)', async () => {
    const tables = await orm.em
      .fork()
      .getConnection()
      .execute<{ table_name: string }[]>(
        `select table_name from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE'`,
      );
    const mapped = new Set(Object.values(orm.getMetadata().getAll()).map((meta) => meta.tableName));
    const unmapped = tables
      .map((t) => t.table_name)
      .filter((name) => !name.startsWith('auth_') && name !== 'mikro_orm_migrations' && !mapped.has(name))
      .sort();
    expect(unmapped).toEqual([]);
  });
});
