import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toGlobalId } from '../../../../src/common/relay/global-id.js';
import { startTestApi, type TestApi } from '../../../support/api.js';
import { createTestPerson, signIn } from '../../../support/accounts.js';
import { createOrganizations } from '../../../support/factories.js';
import { createInstitution, insertListing } from '../partnerships-support.js';

const SUGGESTIONS = /* GraphQL */ `
  query Suggestions($partyId: ID!, $first: Int) {
    partnerSuggestions(partyId: $partyId, first: $first) {
      totalCount
      edges {
        score
        reasons {
          ar
          en
        }
        breakdown {
          criterion
          points
          reasons {
            en
          }
        }
        node {
          __typename
          ... on Organization {
            slug
            name {
              en
            }
            governorate {
              code
            }
          }
          ... on Institution {
            slug
            name {
              en
            }
          }
        }
      }
    }
  }
`;

describe('partnerSuggestions: SQL statements per request', () => {
  let api: TestApi;
  let partyId: string;
  let cookie: string;
  beforeAll(async () => {
    api = await startTestApi();
    const [me, ...others] = await createOrganizations(
      api.orm,
      Array.from({ length: 41 }, () => ({
        governorateCode: 'JO-MA',
        targetGroups: ['REFUGEES'],
        verificationState: 'VERIFIED' as const,
        status: 'ACTIVE' as const,
      })),
    );
    await insertListing(api, { organizationId: me!.id, kind: 'NEED', capability: 'VOLUNTEERS' });
    await insertListing(api, { organizationId: me!.id, kind: 'NEED', capability: 'VENUE' });
    for (const other of others) {
      await insertListing(api, { organizationId: other.id, kind: 'OFFER', capability: 'VOLUNTEERS' });
    }
    for (let i = 0; i < 10; i++) {
      const institution = await createInstitution(api, { governorate: 'JO-IR' });
      // the institutions meet both needs: they come first, and any page of more than 10 mixes both kinds
      await insertListing(api, { institutionId: institution.uuid, kind: 'OFFER', capability: 'VOLUNTEERS' });
      await insertListing(api, { institutionId: institution.uuid, kind: 'OFFER', capability: 'VENUE' });
    }
    const person = await createTestPerson(api, { memberships: [{ organizationId: me!.id, role: 'VIEWER' }] });
    cookie = await signIn(api, person.email, person.password);
    partyId = toGlobalId('Organization', me!.id);
  });
  afterAll(async () => {
    await api.stop();
  });

  it('costs a fixed number of statements, whatever the page size and the mix of organisations and institutions', async () => {
    const run = (first: number) =>
      api.statements(() =>
        api.graphql<{ partnerSuggestions: { edges: { node: { __typename: string } }[] } }>(
          SUGGESTIONS,
          { partyId, first },
          { headers: { cookie } },
        ),
      );
    // the code lists and the capabilities are read once per process and database, then cached
    await run(1);
    const twelve = await run(12);
    const fifty = await run(50);
    expect(twelve.result.body.errors).toBeUndefined();
    expect(fifty.result.body.errors).toBeUndefined();
    expect(twelve.result.body.data!.partnerSuggestions.edges).toHaveLength(12);
    const kinds = new Set(fifty.result.body.data!.partnerSuggestions.edges.map((e) => e.node.__typename));
    expect(fifty.result.body.data!.partnerSuggestions.edges).toHaveLength(50);
    expect([...kinds].sort()).toEqual(['Institution', 'Organization']);
    expect(fifty.sql).toHaveLength(twelve.sql.length);
    // the viewer's session, the rate-limit counter, the party's profile, the pool, the pool's profiles, the page's
    // organisations, the page's institutions
    expect(twelve.sql.length).toBe(7);
  });
});
