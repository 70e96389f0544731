import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { knexRows } from '../../../src/database/sql.js';
import { startTestApi, type TestApi } from '../../support/api.js';
import { createTestPerson, signIn } from '../../support/accounts.js';
import { PUBLISH, createInstitution, inDays } from './partnerships-support.js';

describe('partnerships in the personal data export and erasure', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi();
  });
  afterAll(async () => {
    await api.stop();
  });

  it("exports the person's institution memberships and listings; erasure ends the membership and keeps the listing", async () => {
    // given a person acting for an institution who published a need
    const institution = await createInstitution(api);
    const person = await createTestPerson(api);
    await api.orm.em
      .getKnex()('institution_member')
      .insert({ institution_id: institution.uuid, user_id: person.id, role: 'EDITOR' });
    const cookie = await signIn(api, person.email, person.password);
    const published = await api.graphql<{ partnershipListingPublish: { listing: { uuid: string } } }>(
      PUBLISH,
      {
        input: {
          partyId: institution.id,
          kind: 'NEED',
          capability: 'LEGAL_SUPPORT',
          descriptionAr: 'استشارات قانونية',
          expiresAt: inDays(20),
        },
      },
      { headers: { cookie } },
    );
    const listing = published.body.data!.partnershipListingPublish.listing.uuid;

    // when the person downloads their data
    const exported = await api.graphql<{ viewerDataExport: Record<string, Record<string, unknown>[]> }>(
      `{ viewerDataExport }`,
      undefined,
      { headers: { cookie } },
    );
    // then both are in it
    expect(exported.body.data!.viewerDataExport.institutionMemberships).toEqual([
      expect.objectContaining({ institution_id: institution.uuid, role: 'EDITOR' }),
    ]);
    expect(exported.body.data!.viewerDataExport.partnershipListingsPublished).toEqual([
      expect.objectContaining({ id: listing, kind: 'NEED', institution_id: institution.uuid }),
    ]);

    // when the person erases their account
    const erased = await api.graphql<{ accountErase: { userErrors: unknown[] } }>(
      `mutation($input: AccountEraseInput!) { accountErase(input: $input) { userErrors { code } } }`,
      { input: { password: person.password } },
      { headers: { cookie } },
    );
    expect(erased.body.data!.accountErase.userErrors).toEqual([]);
    // then they no longer act for the institution, and the institution's listing stays without naming them
    const rows = await knexRows<{ members: number; created_by: string | null; status: string }>(
      api.orm.em.getKnex(),
      `select (select count(*)::int from institution_member where user_id = ?) as members, created_by, status
       from partnership_listing where id = ?`,
      [person.id, listing],
    );
    expect(rows).toEqual([{ members: 0, created_by: null, status: 'ACTIVE' }]);
  });
});
