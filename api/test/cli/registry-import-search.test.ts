/**
 * The registry import refreshes the directory's search rows itself, once per batch, with the triggers off for its
 * transaction (issue 13 item 21: per-statement refreshes made a 100,000-row import 60 % slower). The search must not
 * notice: what an import wrote is found in Arabic and English, and its search rows are exactly what the triggers
 * would have written.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applyImport, planImport } from '../../src/modules/directory/import/registry-import.js';
import { directoryLoaders } from '../../src/modules/directory/index.js';
import { sqlRows } from '../../src/database/sql.js';
import { startTestApi, type TestApi } from '../support/api.js';

const fixtures = path.resolve(import.meta.dirname, '..', 'fixtures');
const SEARCH = `query S($search: String!) { organizations(first: 10, search: $search) { edges { node { name { ar en } } } } }`;

interface Found {
  organizations: { edges: { node: { name: { ar: string | null; en: string | null } } }[] };
}

describe('registry import and search', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi();
  });
  afterAll(async () => {
    await api.stop();
  });

  const searchRows = () =>
    sqlRows<Record<string, unknown>>(
      api.orm.em.fork(),
      `select s.id, s.search_vector::text, s.sort_name_ar, s.sort_name_en, s.acronym_key, s.governorate_code,
              s.legal_form_code, s.verification_state, s.status, s.founding_year, s.target_groups, s.sectors
       from organization_search s order by s.id`,
    );
  const names = async (search: string) =>
    (await api.graphql<Found>(SEARCH, { search })).body.data!.organizations.edges.map((e) => e.node.name);

  it('lets a transaction turn the search triggers off, to refresh its rows itself', async () => {
    // given a transaction that defers the refresh
    const rows = await api.orm.em.fork().transactional(async (em) => {
      await sqlRows(em, "set local shabaka.defer_search_refresh = 'on'");
      const [inserted] = await sqlRows<{ id: string }>(
        em,
        `insert into organization (id, slug, name_en, legal_form_code, governorate_code)
         values (gen_random_uuid(), 'deferred-society', 'Deferred Society', 'CHARITY', 'JO-AM') returning id`,
      );
      // then the trigger wrote nothing, until the writer refreshes
      const before = await sqlRows(em, 'select 1 from organization_search where id = ?', [inserted!.id]);
      await sqlRows(em, 'select shabaka_refresh_organization_search(?::uuid[])', [[inserted!.id]]);
      const after = await sqlRows(em, 'select 1 from organization_search where id = ?', [inserted!.id]);
      return [before.length, after.length];
    });
    expect(rows).toEqual([0, 1]);
    // and the next transaction has its triggers again
    await sqlRows(api.orm.em.fork(), "update organization set name_en = 'Deferred Society Renamed' where slug = ?", [
      'deferred-society',
    ]);
    expect(await names('renamed')).toEqual([{ ar: null, en: 'Deferred Society Renamed' }]);
  });

  it('finds what an import added and changed, in Arabic and English, with the rows the triggers would have written', async () => {
    // given an import of new organisations, then of a changed file
    const em = api.orm.em.fork();
    const lists = await directoryLoaders(em).codeLists();
    const file = fs.readFileSync(path.join(fixtures, 'registry-valid.csv'), 'utf8');
    expect(await applyImport(em, planImport(file, lists).records)).toMatchObject({ added: 3 });
    const changed = file.replace('Al-Duha Foundation', 'Al-Duha Youth Foundation').replace('النساء؛الأطفال', 'الشباب');
    expect(await applyImport(api.orm.em.fork(), planImport(changed, lists).records)).toMatchObject({ updated: 2 });

    // when people search, then they find them by either name, the added words and the changed target groups too
    expect(await names('الريحان')).toEqual([{ ar: 'جمعية الريحان الخيرية', en: 'Al-Rayhan Charitable Society' }]);
    expect(await names('Rayhan')).toEqual([{ ar: 'جمعية الريحان الخيرية', en: 'Al-Rayhan Charitable Society' }]);
    expect(await names('سنديان')).toEqual([{ ar: 'جمعية سنديان للتنمية', en: null }]);
    expect(await names('duha youth')).toEqual([{ ar: 'مؤسسة الضحى', en: 'Al-Duha Youth Foundation' }]);
    const [groups] = await sqlRows<{ target_groups: string[] }>(
      api.orm.em.fork(),
      `select s.target_groups from organization_search s join organization_identifier i on i.organization_id = s.id
       where i.identifier = '2011000000001'`,
    );
    expect(groups!.target_groups).toEqual(['YOUTH']);

    // and the search rows are those a full refresh computes
    const imported = await searchRows();
    await sqlRows(api.orm.em.fork(), 'select shabaka_refresh_organization_search(array(select id from organization))');
    expect(await searchRows()).toEqual(imported);
  });
});
