import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../../../support/api.js';
import { createOrganizations } from '../../../support/factories.js';
import { createTestPerson, signIn } from '../../../support/accounts.js';

const NESTED = /* GraphQL */ `
  query Nested($first: Int!) {
    organizations(first: $first) {
      edges {
        node {
          slug
          legalForm {
            code
          }
          governorate {
            code
          }
          identifiers {
            identifier
          }
          sectors {
            code
          }
          targetGroups {
            code
          }
          publicContacts {
            email
          }
          capacityAssessments {
            governance
          }
        }
      }
    }
  }
`;

describe('query organizations: SQL statements per request', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi();
    await createOrganizations(
      api.orm,
      Array.from({ length: 60 }, () => ({})),
    );
  });
  afterAll(async () => {
    await api.stop();
  });

  it('costs the same fixed number of statements for 5 organisations with nested lists as for 50', async () => {
    const run = (first: number) =>
      api.statements(() => api.graphql<{ organizations: { edges: unknown[] } }>(NESTED, { first }));
    // the code lists are read once per process and database, then cached
    await run(1);
    const five = await run(5);
    const fifty = await run(50);
    expect(five.result.body.data!.organizations.edges).toHaveLength(5);
    expect(fifty.result.body.data!.organizations.edges).toHaveLength(50);
    // the rate-limit counter, the page, and one statement per nested list (identifiers, sectors, target groups,
    // contacts, assessments)
    expect(five.sql).toHaveLength(7);
    expect(fifty.sql).toHaveLength(five.sql.length);
  });

  it("keeps the count fixed for an officer who also reads members' fields", async () => {
    const officer = await createTestPerson(api, { roles: ['PROGRAMME_OFFICER'] });
    const cookie = await signIn(api, officer.email, officer.password);
    const query = NESTED.replace(
      'publicContacts {',
      'privateContacts { email } members { role } verificationNote publicContacts {',
    );
    const run = (first: number) =>
      api.statements(() =>
        api.graphql<{ organizations: { edges: unknown[] } }>(query, { first }, { headers: { cookie } }),
      );
    await run(1);
    const five = await run(5);
    const fifty = await run(50);
    expect(fifty.result.body.errors).toBeUndefined();
    expect(fifty.result.body.data!.organizations.edges).toHaveLength(50);
    // the viewer and the rate-limit counter (2), the page and five nested lists (6), private contacts, members,
    // verification notes (3)
    expect(five.sql).toHaveLength(11);
    expect(fifty.sql).toHaveLength(five.sql.length);
  });
});
