import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toGlobalId } from '../../../../src/common/relay/global-id.js';
import type { NewOrganization } from '../../../../src/modules/directory/index.js';
import { startTestApi, type TestApi } from '../../../support/api.js';
import { createTestPerson, signIn } from '../../../support/accounts.js';
import { createOrganizations } from '../../../support/factories.js';
import { createInstitution, insertListing } from '../partnerships-support.js';
import { insertPartnership, requestMutation, sendRequest, type Party } from '../requests-support.js';

const SUGGESTIONS = /* GraphQL */ `
  query Suggestions($partyId: ID!, $first: Int, $after: String, $last: Int, $before: String) {
    partnerSuggestions(partyId: $partyId, first: $first, after: $after, last: $last, before: $before) {
      totalCount
      edges {
        cursor
        score
        reasons {
          ar
          en
        }
        breakdown {
          criterion
          weight
          points
          reasons {
            ar
            en
          }
        }
        node {
          __typename
          ... on Organization {
            uuid
          }
          ... on Institution {
            uuid
          }
        }
      }
      pageInfo {
        hasNextPage
        hasPreviousPage
        startCursor
        endCursor
      }
    }
  }
`;

interface Edge {
  cursor: string;
  score: number;
  reasons: { ar: string; en: string }[];
  breakdown: { criterion: string; weight: number; points: number; reasons: { ar: string; en: string }[] }[];
  node: { __typename: string; uuid: string };
}
interface Suggestions {
  partnerSuggestions: {
    totalCount: number;
    edges: Edge[];
    pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null };
  };
}

describe('partnerSuggestions (ranked partners that explain themselves)', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi();
  });
  afterAll(async () => {
    await api.stop();
  });

  const ask = (variables: Record<string, unknown>, cookie?: string) =>
    api.graphql<Suggestions>(SUGGESTIONS, variables, cookie ? { headers: { cookie } } : {});

  async function organization(fields: Partial<NewOrganization>, role?: 'VIEWER' | 'EDITOR'): Promise<Party> {
    const [org] = await createOrganizations(api.orm, [
      { verificationState: 'VERIFIED', status: 'ACTIVE', sectors: [], targetGroups: [], ...fields },
    ]);
    const party = { uuid: org!.id, id: toGlobalId('Organization', org!.id), cookie: '', email: '', userId: '' };
    if (!role) return party;
    const person = await createTestPerson(api, { memberships: [{ organizationId: org!.id, role }] });
    return {
      ...party,
      cookie: await signIn(api, person.email, person.password),
      email: person.email,
      userId: person.id,
    };
  }

  const uuids = (edges: Edge[]) => edges.map((e) => e.node.uuid);

  it('ranks a large partner offering what a small Mafraq CSO needs first, with its reasons in both languages', async () => {
    // given
    const small = await organization(
      { governorateCode: 'JO-MA', budgetBand: 'UNDER_10K', targetGroups: ['REFUGEES'], sectors: ['HEALTH'] },
      'VIEWER',
    );
    await insertListing(api, { organizationId: small.uuid, kind: 'NEED', capability: 'MONITORING_EVALUATION' });
    const large = await organization({
      governorateCode: 'JO-IR',
      budgetBand: 'OVER_1M',
      targetGroups: ['REFUGEES', 'WOMEN'],
      sectors: ['HEALTH'],
    });
    await insertListing(api, { organizationId: large.uuid, kind: 'OFFER', capability: 'MONITORING_EVALUATION' });
    const neighbourOnly = await organization({ governorateCode: 'JO-MA', targetGroups: ['REFUGEES'] });
    // when
    const response = await ask({ partyId: small.id, first: 100 }, small.cookie);
    // then
    expect(response.body.errors).toBeUndefined();
    const edges = response.body.data!.partnerSuggestions.edges;
    const top = edges.find((e) => e.node.uuid === large.uuid)!;
    expect(top).toBeDefined();
    expect(uuids(edges).indexOf(large.uuid)).toBeLessThan(uuids(edges).indexOf(neighbourOnly.uuid));
    expect(top.score).toBe(top.breakdown.reduce((sum, c) => sum + c.points, 0));
    expect(top.breakdown.map((c) => c.criterion)).toEqual([
      'COMPLEMENT',
      'TARGET_GROUPS',
      'SECTORS',
      'GEOGRAPHY',
      'SIZE',
      'VERIFICATION',
      'ACTIVITY',
    ]);
    expect(top.breakdown.reduce((sum, c) => sum + c.weight, 0)).toBe(100);
    const english = top.reasons.map((r) => r.en);
    expect(english).toContain('offers monitoring and evaluation, which you need');
    expect(english).toContain('works in Irbid, next to Mafraq');
    expect(english).toContain('you both serve refugees');
    expect(top.reasons.map((r) => r.ar)).toContain('تعمل في إربد المجاورة لـالمفرق');
    expect(top.breakdown.find((c) => c.criterion === 'SIZE')!.points).toBe(10);
    // scores never rise down the list
    const scores = edges.map((e) => e.score);
    expect([...scores].sort((a, b) => b - a)).toEqual(scores);
  });

  it('leaves out the party itself, its partners, pending and declined requests, unverified and rejected organisations', async () => {
    // given
    const me = await organization({ governorateCode: 'JO-KA', targetGroups: ['ORPHANS'] }, 'EDITOR');
    await insertListing(api, { organizationId: me.uuid, kind: 'NEED', capability: 'LEGAL_SUPPORT' });
    const offering = async (fields: Partial<NewOrganization>, role?: 'EDITOR') => {
      const party = await organization({ governorateCode: 'JO-KA', targetGroups: ['ORPHANS'], ...fields }, role);
      await insertListing(api, { organizationId: party.uuid, kind: 'OFFER', capability: 'LEGAL_SUPPORT' });
      return party;
    };
    const suggested = await offering({});
    const underVerification = await offering({ verificationState: 'PENDING' });
    const unverified = await offering({ verificationState: 'UNVERIFIED' });
    const rejected = await offering({ verificationState: 'REJECTED' });
    const dissolved = await offering({ status: 'DISSOLVED' });
    const partner = await offering({});
    await insertPartnership(api, { organizations: [me.uuid, partner.uuid], status: 'ACTIVE' });
    const formerPartner = await offering({});
    await insertPartnership(api, { organizations: [formerPartner.uuid, me.uuid], status: 'COMPLETED' });
    const asked = await offering({}, 'EDITOR');
    await sendRequest(api, me, asked);
    const asking = await offering({}, 'EDITOR');
    await sendRequest(api, asking, me);
    const declined = await offering({}, 'EDITOR');
    const declinedRequest = await sendRequest(api, me, declined);
    await requestMutation(
      api,
      'partnershipRequestDecline',
      { requestId: toGlobalId('PartnershipRequest', declinedRequest), reason: 'Not now' },
      declined.cookie,
    );
    // when
    const response = await ask({ partyId: me.id, first: 100 }, me.cookie);
    // then
    expect(response.body.errors).toBeUndefined();
    const found = uuids(response.body.data!.partnerSuggestions.edges);
    expect(found).toEqual(expect.arrayContaining([suggested.uuid, underVerification.uuid, formerPartner.uuid]));
    for (const excluded of [me, unverified, rejected, dissolved, partner, asked, asking, declined]) {
      expect(found).not.toContain(excluded.uuid);
    }
    const verification = (uuid: string) =>
      response.body
        .data!.partnerSuggestions.edges.find((e) => e.node.uuid === uuid)!
        .breakdown.find((c) => c.criterion === 'VERIFICATION')!.points;
    expect(verification(suggested.uuid)).toBe(5);
    expect(verification(underVerification.uuid)).toBe(0);
  });

  it('suggests CSOs to an institution, for its members', async () => {
    // given
    const institution = await createInstitution(api, { governorate: 'JO-AT' });
    const person = await createTestPerson(api);
    await api.orm.em
      .getKnex()('institution_member')
      .insert({ institution_id: institution.uuid, user_id: person.id, role: 'VIEWER' });
    const cookie = await signIn(api, person.email, person.password);
    await insertListing(api, { institutionId: institution.uuid, kind: 'NEED', capability: 'SERVICE_DELIVERY' });
    const cso = await organization({ governorateCode: 'JO-AQ' });
    await insertListing(api, { organizationId: cso.uuid, kind: 'OFFER', capability: 'SERVICE_DELIVERY' });
    // when
    const response = await ask({ partyId: institution.id, first: 100 }, cookie);
    // then
    expect(response.body.errors).toBeUndefined();
    const edge = response.body.data!.partnerSuggestions.edges.find((e) => e.node.uuid === cso.uuid)!;
    expect(edge.node.__typename).toBe('Organization');
    expect(edge.reasons.map((r) => r.en)).toContain('works in Aqaba, next to Tafilah');
  });

  it('pages forward and backward by cursor without skipping or repeating a suggestion', async () => {
    // given
    const me = await organization({ governorateCode: 'JO-AJ', targetGroups: ['ELDERLY'] }, 'VIEWER');
    await insertListing(api, { organizationId: me.uuid, kind: 'NEED', capability: 'VENUE' });
    for (let i = 0; i < 5; i++) {
      const other = await organization({ governorateCode: 'JO-AJ', targetGroups: ['ELDERLY'] });
      await insertListing(api, { organizationId: other.uuid, kind: 'OFFER', capability: 'VENUE' });
    }
    const all = (await ask({ partyId: me.id, first: 100 }, me.cookie)).body.data!.partnerSuggestions;
    // when
    const paged: string[] = [];
    let after: string | null = null;
    for (;;) {
      const page: Suggestions['partnerSuggestions'] = (await ask({ partyId: me.id, first: 2, after }, me.cookie)).body
        .data!.partnerSuggestions;
      paged.push(...uuids(page.edges));
      expect(page.pageInfo.hasPreviousPage).toBe(after !== null);
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    const backward: string[] = [];
    let before: string | null = null;
    for (;;) {
      const page: Suggestions['partnerSuggestions'] = (await ask({ partyId: me.id, last: 2, before }, me.cookie)).body
        .data!.partnerSuggestions;
      backward.unshift(...uuids(page.edges));
      expect(page.pageInfo.hasNextPage).toBe(before !== null);
      if (!page.pageInfo.hasPreviousPage) break;
      before = page.pageInfo.startCursor;
    }
    // then
    expect(all.totalCount).toBeGreaterThanOrEqual(5);
    expect(paged).toEqual(uuids(all.edges));
    expect(backward).toEqual(uuids(all.edges));
  });

  it('is for the members of the party and officers only, and refuses a foreign cursor', async () => {
    // given
    const me = await organization({ governorateCode: 'JO-MN' }, 'VIEWER');
    const stranger = await organization({ governorateCode: 'JO-MN' }, 'EDITOR');
    const officer = await createTestPerson(api, { roles: ['PROGRAMME_OFFICER'] });
    const officerCookie = await signIn(api, officer.email, officer.password);
    // when / then
    expect((await ask({ partyId: me.id })).body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect((await ask({ partyId: me.id }, stranger.cookie)).body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await ask({ partyId: me.id }, officerCookie)).body.errors).toBeUndefined();
    expect((await ask({ partyId: me.id }, me.cookie)).body.errors).toBeUndefined();
    const foreign = Buffer.from(JSON.stringify({ k: 'partnerships', v: ['x'] })).toString('base64url');
    expect((await ask({ partyId: me.id, after: foreign }, me.cookie)).body.errors?.[0]?.extensions?.code).toBe(
      'BAD_USER_INPUT',
    );
    expect(
      (await ask({ partyId: toGlobalId('TrainingCourse', me.uuid) }, me.cookie)).body.errors?.[0]?.extensions?.code,
    ).toBe('BAD_USER_INPUT');
  });
});
