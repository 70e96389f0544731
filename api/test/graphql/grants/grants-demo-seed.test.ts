import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../../../src/modules/accounts/index.js';
import { seedDemoAccounts } from '../../../src/modules/accounts/seed/demo-accounts.js';
import { seedDemoDirectory } from '../../../src/modules/directory/seed/demo-seed.js';
import { seedDemoGrants } from '../../../src/modules/grants/seed/demo-seed.js';
import { seedDemoPartnerships } from '../../../src/modules/partnerships/seed/demo-seed.js';
import { startTestApi, type TestApi } from '../../support/api.js';
import { signIn } from '../../support/accounts.js';

describe('grants demo data', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi();
    await seedDemoDirectory(api.orm.em.fork());
    await seedDemoAccounts(api.orm.em.getKnex());
    await seedDemoPartnerships(api.orm.em.fork());
  });
  afterAll(async () => {
    await api.stop();
  });

  it('publishes a call with two lots, and gives the demo editor a draft and a submitted application of the consortium, once', async () => {
    expect(await seedDemoGrants(api.orm.em.fork())).toBe(1);
    expect(await seedDemoGrants(api.orm.em.fork())).toBe(0);
    const calls = await api.graphql<{
      grantCalls: {
        edges: {
          node: { isOpen: boolean; title: { ar: string; en: string }; lots: { theme: string }[]; questions: unknown[] };
        }[];
      };
    }>(
      `{ grantCalls(first: 5) { edges { node { isOpen title { ar en } lots { theme } questions { answer { ar en } } } } } }`,
    );
    const [call] = calls.body.data!.grantCalls.edges.map((e) => e.node);
    expect(call).toMatchObject({
      isOpen: true,
      lots: [{ theme: 'SOCIAL_INNOVATION' }, { theme: 'DEINSTITUTIONALISATION' }],
    });
    expect(call!.title.ar && call!.title.en).toBeTruthy();
    expect(call!.questions).toHaveLength(1);
    const cookie = await signIn(api, 'editor@demo.shabaka.example', DEMO_PASSWORD);
    const mine = await api.graphql<{
      viewer: {
        grantApplications: {
          edges: {
            node: {
              status: string;
              receiptNumber: string | null;
              viewerCanEdit: boolean;
              partners: { role: string; confirmed: boolean }[];
            };
          }[];
        };
      };
    }>(
      `{ viewer { grantApplications(first: 5) { edges { node { status receiptNumber viewerCanEdit partners { role confirmed } } } } } }`,
      {},
      { headers: { cookie } },
    );
    const statuses = mine.body.data!.viewer.grantApplications.edges.map((e) => e.node);
    expect(statuses.map((s) => s.status).sort()).toEqual(['DRAFT', 'SUBMITTED']);
    const submitted = statuses.find((s) => s.status === 'SUBMITTED')!;
    expect(submitted.receiptNumber).toMatch(/^G-\d{4}-\d{6}$/);
    expect(submitted.partners).toEqual([
      { role: 'CO_APPLICANT', confirmed: true },
      { role: 'ASSOCIATE', confirmed: true },
    ]);
    expect(statuses.find((s) => s.status === 'DRAFT')!.viewerCanEdit).toBe(true);
  });
});
