import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemoDirectory } from '../../../src/modules/directory/seed/demo-seed.js';
import { seedDemoServices } from '../../../src/modules/services/seed/demo-seed.js';
import { startTestApi, type TestApi } from '../../support/api.js';

describe('services demo data', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi();
    await seedDemoDirectory(api.orm.em.fork());
  });
  afterAll(async () => {
    await api.stop();
  });

  it('adds bilingual services over the 12 governorates, with the home-based rehabilitation in Ajloun, once', async () => {
    // when
    const added = await seedDemoServices(api.orm.em.fork());
    // then
    expect(added).toBeGreaterThan(24);
    expect(await seedDemoServices(api.orm.em.fork())).toBe(0);
    const response = await api.graphql<{
      services: {
        totalCount: number;
        facets: { governorates: { count: number }[] };
        edges: { node: { name: { ar: string; en: string }; places: { outdated: boolean } } }[];
      };
    }>(
      `{ services(first: 100) { totalCount facets { governorates { count } } edges { node { name { ar en } places { outdated } } } } }`,
    );
    const { services } = response.body.data!;
    expect(services.totalCount).toBe(added);
    expect(services.facets.governorates.every((g) => g.count > 0)).toBe(true);
    expect(services.edges.every((e) => e.node.name.ar && e.node.name.en)).toBe(true);
    const ajloun = await api.graphql<{ services: { edges: { node: { name: { en: string } } }[] } }>(
      `{ services(search: "تاهيل منزلي", filter: { governorates: ["JO-AJ"], languages: [JORDANIAN_SIGN_LANGUAGE] }) { edges { node { name { en } } } } }`,
    );
    expect(ajloun.body.data!.services.edges.map((e) => e.node.name.en)).toEqual([
      'Home-based rehabilitation for children with disabilities, Ajloun',
    ]);
  });
});
