import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toGlobalId } from '../../../../src/common/relay/global-id.js';
import { knexRows } from '../../../../src/database/sql.js';
import { startTestApi, type TestApi } from '../../../support/api.js';
import { createTestPerson, signIn } from '../../../support/accounts.js';
import {
  PUBLISH,
  createInstitution,
  inDays,
  institutionMember,
  organizationWithMember,
} from '../partnerships-support.js';

interface Result {
  partnershipListingPublish: {
    listing: {
      uuid: string;
      kind: string;
      status: string;
      description: { ar: string | null; en: string | null };
      capability: { code: string };
      governorates: { code: string }[];
      targetGroups: { code: string }[];
      party: { __typename: string; uuid: string };
    } | null;
    userErrors: { field: string[] | null; code: string; message: string }[];
  };
}

describe('partnershipListingPublish', () => {
  let api: TestApi;
  let org: { uuid: string; id: string; cookie: string };
  beforeAll(async () => {
    api = await startTestApi();
    org = await organizationWithMember(api, 'EDITOR', { governorateCode: 'JO-MA' });
  });
  afterAll(async () => {
    await api.stop();
  });

  const counts = async () =>
    (
      await knexRows<{ listings: number; events: number }>(
        api.orm.em.getKnex(),
        `select (select count(*)::int from partnership_listing) as listings,
                (select count(*)::int from audit_event where subject_type = 'PartnershipListing') as events`,
      )
    )[0]!;

  const valid = (partyId: string, overrides: Record<string, unknown> = {}) => ({
    partyId,
    kind: 'NEED',
    capability: 'FINANCIAL_MANAGEMENT',
    descriptionAr: 'نحتاج إلى مساعدة في التقارير المالية.',
    governorates: ['JO-MA'],
    targetGroups: ['PERSONS_WITH_DISABILITIES'],
    expiresAt: inDays(90),
    ...overrides,
  });

  const publish = async (input: Record<string, unknown>, cookie: string) => {
    const response = await api.graphql<Result>(PUBLISH, { input }, { headers: { cookie } });
    expect(response.body.errors).toBeUndefined();
    return response.body.data!.partnershipListingPublish;
  };

  const refused = async (input: Record<string, unknown>, cookie = org.cookie) => {
    const before = await counts();
    const result = await publish(input, cookie);
    expect(result.listing).toBeNull();
    expect(await counts()).toEqual(before);
    return result.userErrors.map((e) => [e.field?.join('.') ?? null, e.code]);
  };

  it("publishes an organisation's need, with its audit event", async () => {
    // given
    const before = await counts();
    // when
    const result = await publish(valid(org.id), org.cookie);
    // then
    expect(result.userErrors).toEqual([]);
    expect(result.listing).toMatchObject({
      kind: 'NEED',
      status: 'ACTIVE',
      description: { ar: 'نحتاج إلى مساعدة في التقارير المالية.', en: null },
      capability: { code: 'FINANCIAL_MANAGEMENT' },
      governorates: [{ code: 'JO-MA' }],
      targetGroups: [{ code: 'PERSONS_WITH_DISABILITIES' }],
      party: { __typename: 'Organization', uuid: org.uuid },
    });
    expect(await counts()).toEqual({ listings: before.listings + 1, events: before.events + 1 });
    const [event] = await knexRows<{ action: string; to_state: string }>(
      api.orm.em.getKnex(),
      'select action, to_state from audit_event where subject_id = ?',
      [result.listing!.uuid],
    );
    expect(event).toEqual({ action: 'PARTNERSHIP_LISTING_PUBLISHED', to_state: 'ACTIVE' });
  });

  it("publishes an institution's offer for one of its members", async () => {
    const institution = await createInstitution(api, { type: 'MOSD_DIRECTORATE', governorate: 'JO-KA' });
    const cookie = await institutionMember(api, institution.uuid, 'EDITOR');
    const result = await publish(valid(institution.id, { kind: 'OFFER', capability: 'VENUE' }), cookie);
    expect(result.userErrors).toEqual([]);
    expect(result.listing?.party).toEqual({ __typename: 'Institution', uuid: institution.uuid });
  });

  it('refuses a person who is not an editor or owner of the party', async () => {
    const viewer = await organizationWithMember(api, 'VIEWER');
    expect(await refused(valid(viewer.id), viewer.cookie)).toEqual([['input.partyId', 'NOT_A_MEMBER']]);
    // an editor of one organisation does not act for another
    expect(await refused(valid(viewer.id))).toEqual([['input.partyId', 'NOT_A_MEMBER']]);
    const institution = await createInstitution(api);
    const stranger = await createTestPerson(api);
    const strangerCookie = await signIn(api, stranger.email, stranger.password);
    expect(await refused(valid(institution.id), strangerCookie)).toEqual([['input.partyId', 'NOT_A_MEMBER']]);
    const institutionViewer = await institutionMember(api, institution.uuid, 'VIEWER');
    expect(await refused(valid(institution.id), institutionViewer)).toEqual([['input.partyId', 'NOT_A_MEMBER']]);
  });

  it('refuses a party that is neither an organisation nor an institution', async () => {
    expect(await refused(valid(toGlobalId('TrainingCourse', org.uuid)))).toEqual([['input.partyId', 'UNKNOWN_PARTY']]);
    expect(await refused(valid(toGlobalId('Institution', '00000000-0000-4000-8000-000000000000')))).toEqual([
      ['input.partyId', 'UNKNOWN_PARTY'],
    ]);
  });

  it('refuses an unknown capability', async () => {
    expect(await refused(valid(org.id, { capability: 'JUGGLING' }))).toEqual([
      ['input.capability', 'UNKNOWN_CAPABILITY'],
    ]);
    expect(await refused(valid(org.id, { capability: null }))).toEqual([['input.capability', 'UNKNOWN_CAPABILITY']]);
  });

  it('refuses an unknown governorate or target group, naming the item', async () => {
    expect(await refused(valid(org.id, { governorates: ['JO-MA', 'JO-XX'] }))).toEqual([
      ['input.governorates.1', 'UNKNOWN_GOVERNORATE'],
    ]);
    expect(await refused(valid(org.id, { targetGroups: ['ALIENS'] }))).toEqual([
      ['input.targetGroups.0', 'UNKNOWN_TARGET_GROUP'],
    ]);
  });

  it('refuses an expiry in the past, missing, or more than a year ahead', async () => {
    expect(await refused(valid(org.id, { expiresAt: inDays(-1) }))).toEqual([['input.expiresAt', 'EXPIRY_IN_PAST']]);
    expect(await refused(valid(org.id, { expiresAt: null }))).toEqual([['input.expiresAt', 'EXPIRY_IN_PAST']]);
    expect(await refused(valid(org.id, { expiresAt: inDays(370) }))).toEqual([['input.expiresAt', 'EXPIRY_TOO_FAR']]);
  });

  it('refuses a listing without text in either language (blank counts as missing)', async () => {
    expect(await refused(valid(org.id, { descriptionAr: '  ', descriptionEn: null }))).toEqual([
      ['input.descriptionAr', 'DESCRIPTION_REQUIRED'],
    ]);
  });

  it('names every broken rule at once', async () => {
    expect(
      await refused(
        valid(org.id, { capability: 'X', expiresAt: inDays(-2), descriptionAr: null, governorates: ['Y'] }),
      ),
    ).toEqual([
      ['input.capability', 'UNKNOWN_CAPABILITY'],
      ['input.governorates.0', 'UNKNOWN_GOVERNORATE'],
      ['input.expiresAt', 'EXPIRY_IN_PAST'],
      ['input.descriptionAr', 'DESCRIPTION_REQUIRED'],
    ]);
  });

  it('asks an anonymous caller to sign in', async () => {
    const response = await api.graphql<Result>(PUBLISH, { input: valid(org.id) });
    expect(response.body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });
});
