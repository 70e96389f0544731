import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../../../../src/modules/accounts/index.js';
import { seedDemoAccounts } from '../../../../src/modules/accounts/seed/demo-accounts.js';
import { seedDemoDirectory } from '../../../../src/modules/directory/seed/demo-seed.js';
import { seedDemoReview } from '../../../../src/modules/grants/review/grant-review.demo-seed.js';
import { seedDemoGrants } from '../../../../src/modules/grants/seed/demo-seed.js';
import { seedDemoPartnerships } from '../../../../src/modules/partnerships/seed/demo-seed.js';
import { startTestApi, type TestApi } from '../../../support/api.js';
import { signIn } from '../../../support/accounts.js';

describe('grants review demo data', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi();
    await seedDemoDirectory(api.orm.em.fork());
    await seedDemoAccounts(api.orm.em.getKnex());
    await seedDemoPartnerships(api.orm.em.fork());
    await seedDemoGrants(api.orm.em.fork());
  });
  afterAll(async () => {
    await api.stop();
  });

  it('puts a rubric on the demo call and the submitted application under review by the two demo reviewers', async () => {
    expect(await seedDemoReview(api.orm.em.fork())).toBe(1);
    const assignments = async (email: string) => {
      const cookie = await signIn(api, email, DEMO_PASSWORD);
      const response = await api.graphql<{
        viewer: {
          reviewAssignments: {
            edges: {
              node: { status: string; rubric: { criteria: unknown[] }; grantApplication: { status: string } };
            }[];
          };
        };
      }>(
        `{ viewer { reviewAssignments(first: 5) { edges { node { status rubric { criteria { code } } grantApplication { status } } } } } }`,
        {},
        { headers: { cookie } },
      );
      return response.body.data!.viewer.reviewAssignments.edges.map((e) => e.node);
    };
    const first = await assignments('reviewer@demo.shabaka.example');
    expect(first).toEqual([
      {
        status: 'ASSIGNED',
        rubric: { criteria: expect.any(Array) as unknown },
        grantApplication: { status: 'UNDER_REVIEW' },
      },
    ]);
    expect(first[0]!.rubric.criteria).toHaveLength(5);
    expect((await assignments('reviewer2@demo.shabaka.example')).map((a) => a.status)).toEqual(['SUBMITTED']);
  });
});
