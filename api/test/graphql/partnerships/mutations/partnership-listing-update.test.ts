import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toGlobalId } from '../../../../src/common/relay/global-id.js';
import { knexRows } from '../../../../src/database/sql.js';
import { startTestApi, type TestApi } from '../../../support/api.js';
import { inDays, insertListing, organizationWithMember } from '../partnerships-support.js';

const UPDATE = /* GraphQL */ `
  mutation Update($input: PartnershipListingUpdateInput!) {
    partnershipListingUpdate(input: $input) {
      listing {
        uuid
        status
        capability {
          code
        }
        description {
          ar
          en
        }
        governorates {
          code
        }
        expiresAt
      }
      userErrors {
        field
        code
      }
    }
  }
`;

interface Result {
  partnershipListingUpdate: {
    listing: {
      uuid: string;
      status: string;
      capability: { code: string };
      description: { ar: string | null; en: string | null };
      governorates: { code: string }[];
      expiresAt: string;
    } | null;
    userErrors: { field: string[] | null; code: string }[];
  };
}

describe('partnershipListingUpdate', () => {
  let api: TestApi;
  let org: { uuid: string; id: string; cookie: string };
  beforeAll(async () => {
    api = await startTestApi();
    org = await organizationWithMember(api, 'OWNER');
  });
  afterAll(async () => {
    await api.stop();
  });

  const row = async (id: string) =>
    (
      await knexRows<{ capability_code: string; description_en: string | null; updated: number }>(
        api.orm.em.getKnex(),
        `select capability_code, description_en,
                (select count(*)::int from audit_event where subject_id = l.id and action = 'PARTNERSHIP_LISTING_UPDATED') as updated
         from partnership_listing l where id = ?`,
        [id],
      )
    )[0]!;

  const update = async (input: Record<string, unknown>, cookie = org.cookie) => {
    const response = await api.graphql<Result>(UPDATE, { input }, { headers: { cookie } });
    expect(response.body.errors).toBeUndefined();
    return response.body.data!.partnershipListingUpdate;
  };

  it('changes the fields given, keeps the others, and audits the change', async () => {
    // given
    const id = await insertListing(api, { organizationId: org.uuid, governorates: ['JO-IR'] });
    // when
    const result = await update({
      listingId: toGlobalId('PartnershipListing', id),
      capability: 'VOLUNTEERS',
      descriptionAr: 'متطوعون',
      expiresAt: inDays(200),
    });
    // then
    expect(result.userErrors).toEqual([]);
    expect(result.listing).toMatchObject({
      uuid: id,
      status: 'ACTIVE',
      capability: { code: 'VOLUNTEERS' },
      description: { ar: 'متطوعون', en: 'A listing of the tests' },
      governorates: [{ code: 'JO-IR' }],
    });
    expect(await row(id)).toEqual({
      capability_code: 'VOLUNTEERS',
      description_en: 'A listing of the tests',
      updated: 1,
    });
  });

  it('gives an expired listing a new expiry, which shows it again', async () => {
    const id = await insertListing(api, { organizationId: org.uuid, expiresInDays: -3 });
    const result = await update({ listingId: toGlobalId('PartnershipListing', id), expiresAt: inDays(30) });
    expect(result.userErrors).toEqual([]);
    expect(result.listing!.status).toBe('ACTIVE');
  });

  const refused = async (id: string, input: Record<string, unknown>, cookie = org.cookie) => {
    const before = await row(id);
    const result = await update({ listingId: toGlobalId('PartnershipListing', id), ...input }, cookie);
    expect(result.listing).toBeNull();
    expect(await row(id)).toEqual(before);
    return result.userErrors.map((e) => [e.field?.join('.') ?? null, e.code]);
  };

  it('refuses each broken rule, changing nothing', async () => {
    const id = await insertListing(api, { organizationId: org.uuid });
    expect(await refused(id, { capability: 'NOPE' })).toEqual([['input.capability', 'UNKNOWN_CAPABILITY']]);
    expect(await refused(id, { governorates: ['JO-ZZ'] })).toEqual([['input.governorates.0', 'UNKNOWN_GOVERNORATE']]);
    expect(await refused(id, { targetGroups: ['NOPE'] })).toEqual([['input.targetGroups.0', 'UNKNOWN_TARGET_GROUP']]);
    expect(await refused(id, { expiresAt: inDays(-1) })).toEqual([['input.expiresAt', 'EXPIRY_IN_PAST']]);
    expect(await refused(id, { expiresAt: inDays(400) })).toEqual([['input.expiresAt', 'EXPIRY_TOO_FAR']]);
    expect(await refused(id, { descriptionEn: ' ' })).toEqual([['input.descriptionAr', 'DESCRIPTION_REQUIRED']]);
  });

  it("refuses someone who does not act for the listing's party, and a listing that does not exist", async () => {
    const id = await insertListing(api, { organizationId: org.uuid });
    const other = await organizationWithMember(api, 'OWNER');
    expect(await refused(id, { capability: 'VENUE' }, other.cookie)).toEqual([['input.listingId', 'NOT_A_MEMBER']]);
    const viewer = await organizationWithMember(api, 'VIEWER');
    const theirs = await insertListing(api, { organizationId: viewer.uuid });
    expect(await refused(theirs, { capability: 'VENUE' }, viewer.cookie)).toEqual([
      ['input.listingId', 'NOT_A_MEMBER'],
    ]);
    const result = await update({
      listingId: toGlobalId('PartnershipListing', '00000000-0000-4000-8000-000000000000'),
      capability: 'VENUE',
    });
    expect(result.userErrors.map((e) => e.code)).toEqual(['LISTING_NOT_FOUND']);
  });

  it('refuses to change a withdrawn listing', async () => {
    const id = await insertListing(api, { organizationId: org.uuid, status: 'WITHDRAWN' });
    expect(await refused(id, { capability: 'VENUE' })).toEqual([['input.listingId', 'LISTING_WITHDRAWN']]);
  });
});
