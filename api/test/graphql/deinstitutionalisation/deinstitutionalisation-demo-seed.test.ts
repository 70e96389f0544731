import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemoDeinstitutionalisation } from '../../../src/modules/deinstitutionalisation/seed/demo-seed.js';
import { startTestApi, type TestApi } from '../../support/api.js';
import { officerCookie } from './deinstitutionalisation-support.js';

describe('deinstitutionalisation demo data', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi();
  });
  afterAll(async () => {
    await api.stop();
  });

  it('adds bilingual institutions in several governorates with four quarters of figures, a cell of 3 suppressed, once', async () => {
    // given an empty platform
    // when the demo data is added twice
    const added = await seedDemoDeinstitutionalisation(api.orm.em.fork());
    expect(await seedDemoDeinstitutionalisation(api.orm.em.fork())).toBe(0);
    // then officers see the institutions with Arabic and English names over several governorates
    const officer = await officerCookie(api);
    const list = await api.graphql<{
      careInstitutions: {
        totalCount: number;
        edges: { node: { name: { ar: string; en: string }; governorate: { code: string }; quarters: unknown[] } }[];
      };
    }>(
      `{ careInstitutions(first: 100) { totalCount edges { node { name { ar en } governorate { code } quarters { period } } } } }`,
      {},
      { headers: { cookie: officer } },
    );
    const nodes = list.body.data!.careInstitutions.edges.map((e) => e.node);
    expect(nodes).toHaveLength(added);
    expect(nodes.every((n) => n.name.ar && n.name.en && n.quarters.length === 4)).toBe(true);
    expect(new Set(nodes.map((n) => n.governorate.code)).size).toBeGreaterThanOrEqual(5);
    // and the public figures cover four quarters and suppress Karak's 3 transitions to family care
    const figures = await api.graphql<{
      deinstitutionalisationFigures: {
        quarters: string[];
        tables: {
          measure: string;
          rows: { governorate: { code: string }; cells: { value: number | null; suppressed: boolean }[] }[];
        }[];
      };
    }>(
      `{ deinstitutionalisationFigures { quarters tables { measure rows { governorate { code } cells { value suppressed } } } } }`,
    );
    const data = figures.body.data!.deinstitutionalisationFigures;
    expect(data.quarters).toHaveLength(4);
    const karak = data.tables
      .find((t) => t.measure === 'TRANSITIONS_TO_FAMILY')!
      .rows.find((r) => r.governorate.code === 'JO-KA')!;
    expect(karak.cells[3]).toEqual({ value: null, suppressed: true });
  });
});
