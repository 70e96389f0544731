import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toGlobalId } from '../../../../src/common/relay/global-id.js';
import { knexRows } from '../../../../src/database/sql.js';
import { startTestApi, type TestApi } from '../../../support/api.js';
import {
  createInstitution,
  insertListing,
  institutionMember,
  organizationWithMember,
} from '../partnerships-support.js';

const WITHDRAW = /* GraphQL */ `
  mutation Withdraw($input: PartnershipListingWithdrawInput!) {
    partnershipListingWithdraw(input: $input) {
      listing {
        uuid
        status
      }
      userErrors {
        field
        code
      }
    }
  }
`;

interface Result {
  partnershipListingWithdraw: {
    listing: { uuid: string; status: string } | null;
    userErrors: { field: string[] | null; code: string }[];
  };
}

describe('partnershipListingWithdraw', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi();
  });
  afterAll(async () => {
    await api.stop();
  });

  const state = async (id: string) =>
    (
      await knexRows<{ status: string; withdrawn: boolean; events: number }>(
        api.orm.em.getKnex(),
        `select status, withdrawn_at is not null as withdrawn,
                (select count(*)::int from audit_event where subject_id = l.id and action = 'PARTNERSHIP_LISTING_WITHDRAWN') as events
         from partnership_listing l where id = ?`,
        [id],
      )
    )[0]!;

  const withdraw = async (id: string, cookie: string) => {
    const response = await api.graphql<Result>(
      WITHDRAW,
      { input: { listingId: toGlobalId('PartnershipListing', id) } },
      { headers: { cookie } },
    );
    expect(response.body.errors).toBeUndefined();
    return response.body.data!.partnershipListingWithdraw;
  };

  it('withdraws a listing of an organisation (editor), audited, and it leaves the public list', async () => {
    // given
    const org = await organizationWithMember(api, 'EDITOR');
    const id = await insertListing(api, { organizationId: org.uuid });
    const listed = async () =>
      (
        await api.graphql<{ partnershipListings: { totalCount: number } }>(
          `query($party: ID!) { partnershipListings(filter: { party: $party }) { totalCount } }`,
          { party: org.id },
        )
      ).body.data!.partnershipListings.totalCount;
    expect(await listed()).toBe(1);
    // when
    const result = await withdraw(id, org.cookie);
    // then
    expect(result).toEqual({ listing: { uuid: id, status: 'WITHDRAWN' }, userErrors: [] });
    expect(await state(id)).toEqual({ status: 'WITHDRAWN', withdrawn: true, events: 1 });
    expect(await listed()).toBe(0);
  });

  it('withdraws a listing of an institution for its owner', async () => {
    const institution = await createInstitution(api);
    const cookie = await institutionMember(api, institution.uuid, 'OWNER');
    const id = await insertListing(api, { institutionId: institution.uuid });
    expect((await withdraw(id, cookie)).userErrors).toEqual([]);
  });

  it('refuses a second withdrawal, someone else, and an unknown listing, changing nothing', async () => {
    const org = await organizationWithMember(api, 'OWNER');
    const gone = await insertListing(api, { organizationId: org.uuid, status: 'WITHDRAWN' });
    expect((await withdraw(gone, org.cookie)).userErrors).toEqual([
      { field: ['input', 'listingId'], code: 'LISTING_WITHDRAWN' },
    ]);
    const id = await insertListing(api, { organizationId: org.uuid });
    const other = await organizationWithMember(api, 'OWNER');
    expect((await withdraw(id, other.cookie)).userErrors).toEqual([
      { field: ['input', 'listingId'], code: 'NOT_A_MEMBER' },
    ]);
    const institution = await createInstitution(api);
    const viewer = await institutionMember(api, institution.uuid, 'VIEWER');
    const theirs = await insertListing(api, { institutionId: institution.uuid });
    expect((await withdraw(theirs, viewer)).userErrors).toEqual([
      { field: ['input', 'listingId'], code: 'NOT_A_MEMBER' },
    ]);
    expect(await state(id)).toEqual({ status: 'ACTIVE', withdrawn: false, events: 0 });
    expect(await state(theirs)).toEqual({ status: 'ACTIVE', withdrawn: false, events: 0 });
    expect((await withdraw('00000000-0000-4000-8000-000000000000', org.cookie)).userErrors).toEqual([
      { field: ['input', 'listingId'], code: 'LISTING_NOT_FOUND' },
    ]);
  });
});
