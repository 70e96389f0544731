/**
 * Who may publish, change and withdraw a need or an offer, by role: the authorisation matrix lets every signed-in
 * person call the mutations; the rule that only an editor or owner of the party acts for it is the service's, and
 * this pins it for every role of the platform, of an organisation and of an institution, and for API tokens.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toGlobalId } from '../../../src/common/relay/global-id.js';
import type { MemberRoleName, PlatformRoleName } from '../../../src/common/auth/viewer.js';
import { createApiToken } from '../../../src/modules/accounts/api-token.service.js';
import { startTestApi, type TestApi } from '../../support/api.js';
import { createTestPerson, signIn } from '../../support/accounts.js';
import { createOrganizations } from '../../support/factories.js';
import { PUBLISH, createInstitution, inDays, insertListing } from './partnerships-support.js';

interface Persona {
  name: string;
  roles?: PlatformRoleName[];
  organizationRole?: MemberRoleName;
  institutionRole?: MemberRoleName;
  token?: 'READ_ONLY' | 'READ_WRITE';
  /** Acts for the organisation / for the institution. */
  actsFor: { organization: boolean; institution: boolean };
}

const PERSONAS: Persona[] = [
  { name: 'anonymous', actsFor: { organization: false, institution: false } },
  { name: 'signed-in person', actsFor: { organization: false, institution: false } },
  { name: 'CSO owner', organizationRole: 'OWNER', actsFor: { organization: true, institution: false } },
  { name: 'CSO editor', organizationRole: 'EDITOR', actsFor: { organization: true, institution: false } },
  { name: 'CSO viewer', organizationRole: 'VIEWER', actsFor: { organization: false, institution: false } },
  { name: 'institution owner', institutionRole: 'OWNER', actsFor: { organization: false, institution: true } },
  { name: 'institution editor', institutionRole: 'EDITOR', actsFor: { organization: false, institution: true } },
  { name: 'institution viewer', institutionRole: 'VIEWER', actsFor: { organization: false, institution: false } },
  { name: 'reviewer', roles: ['REVIEWER'], actsFor: { organization: false, institution: false } },
  { name: 'programme officer', roles: ['PROGRAMME_OFFICER'], actsFor: { organization: false, institution: false } },
  { name: 'MoSD official', roles: ['MOSD_OFFICIAL'], actsFor: { organization: false, institution: false } },
  { name: 'administrator', roles: ['ADMINISTRATOR'], actsFor: { organization: false, institution: false } },
  {
    name: 'API token (read and write) of a CSO editor',
    organizationRole: 'EDITOR',
    token: 'READ_WRITE',
    actsFor: { organization: true, institution: false },
  },
  {
    name: 'API token (read only) of a CSO editor',
    organizationRole: 'EDITOR',
    token: 'READ_ONLY',
    actsFor: { organization: false, institution: false },
  },
];

const WITHDRAW = `mutation($input: PartnershipListingWithdrawInput!) { partnershipListingWithdraw(input: $input) { userErrors { code } } }`;
const UPDATE = `mutation($input: PartnershipListingUpdateInput!) { partnershipListingUpdate(input: $input) { userErrors { code } } }`;

describe('partnerships: who acts for a party, by role', () => {
  let api: TestApi;
  let orgUuid = '';
  let institution: { uuid: string; id: string };
  const headers = new Map<string, Record<string, string>>();
  beforeAll(async () => {
    api = await startTestApi();
    const [org] = await createOrganizations(api.orm, [{}]);
    orgUuid = org!.id;
    institution = await createInstitution(api);
    for (const persona of PERSONAS) {
      if (persona.name === 'anonymous') {
        headers.set(persona.name, {});
        continue;
      }
      const person = await createTestPerson(api, {
        roles: persona.roles ?? [],
        memberships: persona.organizationRole ? [{ organizationId: orgUuid, role: persona.organizationRole }] : [],
      });
      if (persona.institutionRole) {
        await api.orm.em
          .getKnex()('institution_member')
          .insert({ institution_id: institution.uuid, user_id: person.id, role: persona.institutionRole });
      }
      if (persona.token) {
        const { secret } = await createApiToken(api.orm.em.getKnex(), person.id, 'matrix', persona.token);
        headers.set(persona.name, { authorization: `Bearer ${secret}` });
      } else {
        headers.set(persona.name, { cookie: await signIn(api, person.email, person.password) });
      }
    }
  });
  afterAll(async () => {
    await api.stop();
  });

  /** What a persona gets: ok, a userError code, or a top-level error code. */
  const outcome = async (document: string, input: Record<string, unknown>, persona: Persona, field: string) => {
    const response = await api.graphql<Record<string, { userErrors: { code: string }[] }>>(
      document,
      { input },
      { headers: headers.get(persona.name)! },
    );
    const error = response.body.errors?.[0]?.extensions?.code as string | undefined;
    if (error) return error;
    return response.body.data![field]!.userErrors[0]?.code ?? 'ok';
  };

  const expected = (persona: Persona, acts: boolean) => {
    if (persona.name === 'anonymous') return 'UNAUTHENTICATED';
    if (persona.token === 'READ_ONLY') return 'FORBIDDEN';
    return acts ? 'ok' : 'NOT_A_MEMBER';
  };

  it('publishes, changes and withdraws for exactly the editors and owners of the party', async () => {
    const mismatches: string[] = [];
    const check = (persona: Persona, what: string, got: string, want: string) => {
      if (got !== want) mismatches.push(`${persona.name} × ${what}: ${got} instead of ${want}`);
    };
    for (const persona of PERSONAS) {
      for (const [party, partyId, acts] of [
        ['organisation', toGlobalId('Organization', orgUuid), persona.actsFor.organization],
        ['institution', institution.id, persona.actsFor.institution],
      ] as const) {
        const input = {
          partyId,
          kind: 'OFFER',
          capability: 'VOLUNTEERS',
          descriptionEn: 'Matrix',
          expiresAt: inDays(30),
        };
        check(
          persona,
          `publish for the ${party}`,
          await outcome(PUBLISH, input, persona, 'partnershipListingPublish'),
          expected(persona, acts),
        );
        const listing = toGlobalId(
          'PartnershipListing',
          await insertListing(
            api,
            party === 'organisation' ? { organizationId: orgUuid } : { institutionId: institution.uuid },
          ),
        );
        check(
          persona,
          `update the ${party}'s`,
          await outcome(UPDATE, { listingId: listing, capability: 'VENUE' }, persona, 'partnershipListingUpdate'),
          expected(persona, acts),
        );
        check(
          persona,
          `withdraw the ${party}'s`,
          await outcome(WITHDRAW, { listingId: listing }, persona, 'partnershipListingWithdraw'),
          expected(persona, acts),
        );
      }
    }
    expect(mismatches).toEqual([]);
  });
});
