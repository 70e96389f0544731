import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insertOrganizations } from '../../src/modules/directory/organization.bulk.js';
import { generateOrganization } from '../../src/modules/directory/seed/organization-generator.js';
import { startTestApi, type TestApi } from '../support/api.js';

type Row = Record<string, unknown>;

/**
 * The search row of an organisation is written once per change (issue 21, defect 2): inserting organisations with
 * their sectors and target groups writes each search row once, and statements that change nothing it holds leave it
 * alone. Counted with the transaction's own statistics (pg_stat_get_xact_tuples_*), which are exact and immediate.
 */
describe('organization_search: one write per row', () => {
  let api: TestApi;
  const knex = () => api.orm.em.getKnex();
  beforeAll(async () => {
    api = await startTestApi();
  }, 120_000);
  afterAll(async () => {
    await api.stop();
  });

  type Trx = typeof knex extends () => infer K ? K : never;
  const counts = async (trx: Trx): Promise<{ inserted: number; updated: number }> =>
    (
      await trx.raw<{ rows: { inserted: number; updated: number }[] }>(
        `select pg_stat_get_xact_tuples_inserted('organization_search'::regclass)::int as inserted,
                pg_stat_get_xact_tuples_updated('organization_search'::regclass)::int as updated`,
      )
    ).rows[0]!;
  /**
   * The rows this transaction wrote since `since`: the "xact" counters also hold what earlier transactions of the same
   * connection left unflushed (PostgreSQL 15 flushes them at most once a second), so only a difference is exact.
   */
  const writes = async (trx: Trx, since: { inserted: number; updated: number }): Promise<Row> => {
    const now = await counts(trx);
    return { inserted: now.inserted - since.inserted, updated: now.updated - since.updated };
  };

  it('inserts each search row once, with its codes, and restores the triggers after', async () => {
    const organizations = Array.from({ length: 50 }, (_, i) => ({
      ...generateOrganization(7, 9000 + i),
      sectors: ['EDUCATION', 'HEALTH'],
      targetGroups: ['WOMEN', 'YOUTH'],
    }));
    await knex().transaction(async (trx) => {
      const start = await counts(trx);
      await insertOrganizations(trx, organizations);
      expect(await writes(trx, start)).toEqual({ inserted: 50, updated: 0 });
      const setting = await trx.raw<{
        rows: { s: string | null }[];
      }>(`select current_setting('shabaka.defer_search_refresh', true) as s`);
      expect(setting.rows[0]!.s ?? '').not.toBe('on');
    });
    const rows = await knex().raw<{ rows: { sectors: string[]; target_groups: string[] }[] }>(
      `select s.sectors, s.target_groups from organization_search s where s.id = any(?::uuid[])`,
      [organizations.map((o) => o.id)],
    );
    expect(rows.rows).toHaveLength(50);
    for (const row of rows.rows) {
      expect(row.sectors).toEqual(['EDUCATION', 'HEALTH']);
      expect(row.target_groups).toEqual(['WOMEN', 'YOUTH']);
    }

    // the triggers still keep the row: a changed sector rewrites it once, an unchanged save not at all
    const id = organizations[0]!.id;
    await knex().transaction(async (trx) => {
      const start = await counts(trx);
      await trx.raw(`update organization_sector set sector_code = sector_code where organization_id = ?`, [id]);
      await trx.raw(`update organization set name_en = name_en where id = ?`, [id]);
      expect(await writes(trx, start)).toEqual({ inserted: 0, updated: 0 });
      await trx.raw(`delete from organization_sector where organization_id = ? and sector_code = 'HEALTH'`, [id]);
      expect(await writes(trx, start)).toEqual({ inserted: 0, updated: 1 });
    });
    const [after] = (
      await knex().raw<{
        rows: { sectors: string[] }[];
      }>(`select sectors from organization_search where id = ?`, [id])
    ).rows;
    expect(after!.sectors).toEqual(['EDUCATION']);
  }, 120_000);
});
