import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../../../src/modules/accounts/index.js';
import { seedDemoDirectory } from '../../../src/modules/directory/seed/demo-seed.js';
import { seedDemoPartnerships } from '../../../src/modules/partnerships/seed/demo-seed.js';
import { DEMO_MAFRAQ_ACCOUNT } from '../../../src/modules/partnerships/seed/demo-requests.js';
import { DEMO_INSTITUTIONS, DEMO_INSTITUTION_ACCOUNT } from '../../../src/modules/partnerships/seed/institutions.js';
import { startTestApi, type TestApi } from '../../support/api.js';
import { signIn } from '../../support/accounts.js';
import { PUBLISH, inDays } from './partnerships-support.js';

describe('partnerships demo data', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi();
    await seedDemoDirectory(api.orm.em.fork());
  });
  afterAll(async () => {
    await api.stop();
  });

  it('adds MoSD, its 12 directorates, ministries and municipalities, with needs and offers over the governorates, once', async () => {
    expect(await seedDemoPartnerships(api.orm.em.fork())).toBe(DEMO_INSTITUTIONS.length);
    expect(await seedDemoPartnerships(api.orm.em.fork())).toBe(0);
    const institutions = await api.graphql<{
      institutions: { totalCount: number; edges: { node: { type: string; governorate: { code: string } | null } }[] };
    }>(`{ institutions(first: 100) { totalCount edges { node { type governorate { code } } } } }`);
    const nodes = institutions.body.data!.institutions.edges.map((e) => e.node);
    const directorates = nodes.filter((n) => n.type === 'MOSD_DIRECTORATE');
    expect(new Set(directorates.map((d) => d.governorate!.code)).size).toBe(12);
    expect(nodes.filter((n) => n.type === 'MINISTRY').length).toBeGreaterThanOrEqual(3);
    expect(nodes.filter((n) => n.type === 'MUNICIPALITY').length).toBeGreaterThanOrEqual(3);
    const listings = await api.graphql<{
      partnershipListings: {
        totalCount: number;
        edges: { node: { kind: string; description: { ar: string; en: string }; governorates: { code: string }[] } }[];
      };
    }>(
      `{ partnershipListings(first: 100) { totalCount edges { node { kind description { ar en } governorates { code } } } } }`,
    );
    const all = listings.body.data!.partnershipListings.edges.map((e) => e.node);
    expect(new Set(all.flatMap((l) => l.governorates.map((g) => g.code))).size).toBe(12);
    expect(new Set(all.map((l) => l.kind))).toEqual(new Set(['NEED', 'OFFER']));
    expect(all.every((l) => l.description.ar && l.description.en)).toBe(true);
  });

  it('fills the public registry: a small Mafraq CSO with a large Amman one, a Mafraq CSO with the MoSD directorate', async () => {
    // the first test seeded (seeding twice adds nothing)
    expect(await seedDemoPartnerships(api.orm.em.fork())).toBe(0);
    const registry = await api.graphql<{
      partnerships: {
        totalCount: number;
        edges: {
          node: {
            kind: string;
            status: string;
            mouSignedOn: string | null;
            purpose: { ar: string; en: string };
            governorates: { code: string }[];
            members: {
              role: string;
              confirmed: boolean;
              party: { __typename: string; slug: string; governorate?: { code: string } };
            }[];
          };
        }[];
      };
    }>(
      `{ partnerships(first: 10) { totalCount edges { node { kind status mouSignedOn purpose { ar en } governorates { code }
         members { role confirmed party { __typename ... on Organization { slug governorate { code } } ... on Institution { slug } } } } } } }`,
    );
    expect(registry.body.errors).toBeUndefined();
    const all = registry.body.data!.partnerships.edges.map((e) => e.node);
    // active and completed ones are public (a proposed and a terminated one are not)
    expect(all.map((n) => n.status).sort()).toEqual(['ACTIVE', 'ACTIVE', 'COMPLETED']);
    const nodes = all.filter((n) => n.status === 'ACTIVE');
    expect(nodes).toHaveLength(2);
    expect(nodes.every((n) => n.status === 'ACTIVE' && n.mouSignedOn && n.purpose.ar && n.purpose.en)).toBe(true);
    expect(nodes.every((n) => n.members.every((m) => m.confirmed))).toBe(true);
    const csos = nodes.find((n) => n.kind === 'CSO_CSO')!;
    expect(csos.members.map((m) => m.party.governorate?.code)).toEqual(['JO-MA', 'JO-AM']);
    const withMosd = nodes.find((n) => n.kind === 'CSO_INSTITUTION')!;
    expect(withMosd.members.map((m) => [m.role, m.party.slug])).toEqual([
      ['LEAD', expect.any(String)],
      ['PUBLIC_PARTNER', 'mosd-directorate-mafraq'],
    ]);
    // the directorate's account sees its requests: one declined in its inbox
    const cookie = await signIn(api, DEMO_INSTITUTION_ACCOUNT.email, DEMO_PASSWORD);
    const directorate = await api.graphql<{ institution: { id: string } }>(
      `query($slug: String!) { institution(slug: $slug) { id } }`,
      { slug: DEMO_INSTITUTION_ACCOUNT.institution },
    );
    const inbox = await api.graphql<{ partnershipRequests: { edges: { node: { status: string } }[] } }>(
      `query($id: ID!) { partnershipRequests(partyId: $id, box: INBOX) { edges { node { status } } } }`,
      { id: directorate.body.data!.institution.id },
      { headers: { cookie } },
    );
    expect(inbox.body.data!.partnershipRequests.edges.map((e) => e.node.status).sort()).toEqual([
      'ACCEPTED',
      'DECLINED',
    ]);
  });

  it('gives the small Mafraq CSO its owner account (mafraq@demo), with requests received and sent', async () => {
    const cookie = await signIn(api, DEMO_MAFRAQ_ACCOUNT.email, DEMO_PASSWORD);
    const viewer = await api.graphql<{
      viewer: { memberships: { role: string; organization: { id: string; governorate: { code: string } } }[] };
    }>(`{ viewer { memberships { role organization { id governorate { code } } } } }`, undefined, {
      headers: { cookie },
    });
    const [membership] = viewer.body.data!.viewer.memberships;
    expect(membership).toMatchObject({ role: 'OWNER', organization: { governorate: { code: 'JO-MA' } } });
    const boxes = await api.graphql<{
      inbox: { edges: { node: { status: string } }[] };
      outbox: { edges: { node: { status: string } }[] };
    }>(
      `query($id: ID!) { inbox: partnershipRequests(partyId: $id, box: INBOX) { edges { node { status } } }
         outbox: partnershipRequests(partyId: $id, box: OUTBOX) { edges { node { status } } } }`,
      { id: membership!.organization.id },
      { headers: { cookie } },
    );
    expect(boxes.body.errors).toBeUndefined();
    expect(boxes.body.data!.inbox.edges.map((e) => e.node.status)).toContain('PENDING');
    expect(boxes.body.data!.outbox.edges.map((e) => e.node.status)).toEqual(
      expect.arrayContaining(['ACCEPTED', 'PENDING']),
    );
  });

  it("gives the demo institution account its directorate: it publishes the directorate's needs", async () => {
    const cookie = await signIn(api, DEMO_INSTITUTION_ACCOUNT.email, DEMO_PASSWORD);
    const viewer = await api.graphql<{
      viewer: { institutionMemberships: { role: string; institution: { slug: string } }[] };
    }>(`{ viewer { institutionMemberships { role institution { slug } } } }`, undefined, { headers: { cookie } });
    expect(viewer.body.data!.viewer.institutionMemberships).toEqual([
      { role: 'OWNER', institution: { slug: DEMO_INSTITUTION_ACCOUNT.institution } },
    ]);
    const directorate = await api.graphql<{ institution: { id: string } }>(
      `query($slug: String!) { institution(slug: $slug) { id } }`,
      { slug: DEMO_INSTITUTION_ACCOUNT.institution },
    );
    const response = await api.graphql<{ partnershipListingPublish: { userErrors: unknown[] } }>(
      PUBLISH,
      {
        input: {
          partyId: directorate.body.data!.institution.id,
          kind: 'NEED',
          capability: 'OUTREACH',
          descriptionEn: 'Reaching families in the Badia',
          expiresAt: inDays(60),
        },
      },
      { headers: { cookie } },
    );
    expect(response.body.data!.partnershipListingPublish.userErrors).toEqual([]);
  });
});
