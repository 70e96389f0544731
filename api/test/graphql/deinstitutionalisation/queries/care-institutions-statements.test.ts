import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemoDeinstitutionalisation } from '../../../../src/modules/deinstitutionalisation/seed/demo-seed.js';
import { startTestApi, type TestApi } from '../../../support/api.js';
import { createInstitution, officerCookie, record } from '../deinstitutionalisation-support.js';

const LIST = /* GraphQL */ `
  query List($first: Int!) {
    careInstitutions(first: $first) {
      totalCount
      edges {
        node {
          name {
            en
          }
          governorate {
            code
          }
          quarters {
            period
            residents
          }
        }
      }
    }
  }
`;

describe('query careInstitutions: SQL statements per request', () => {
  let api: TestApi;
  let cookie = '';
  beforeAll(async () => {
    api = await startTestApi();
    await seedDemoDeinstitutionalisation(api.orm.em.fork());
    cookie = await officerCookie(api);
    for (let i = 0; i < 5; i += 1) {
      const institution = await createInstitution(api, cookie, { nameEn: `Statements home ${i}` });
      await record(api, cookie, institution.id, { year: 2025, quarter: 1 });
    }
  });
  afterAll(async () => {
    await api.stop();
  });

  it('costs the same fixed number of statements for 2 institutions with their quarters as for 12', async () => {
    const run = (first: number) =>
      api.statements(() =>
        api.graphql<{ careInstitutions: { edges: unknown[] } }>(LIST, { first }, { headers: { cookie } }),
      );
    // the code lists are read once per process and database, then cached
    await run(1);
    const two = await run(2);
    const twelve = await run(12);
    expect(two.result.body.data!.careInstitutions.edges).toHaveLength(2);
    expect(twelve.result.body.data!.careInstitutions.edges).toHaveLength(12);
    expect(twelve.sql).toHaveLength(two.sql.length);
  });
});
