import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../../../support/api.js';
import { createTestPerson, lastEmailTo, signIn } from '../../../support/accounts.js';
import { createOrganizations } from '../../../support/factories.js';
import { toGlobalId } from '../../../../src/common/relay/global-id.js';
import { sqlRows } from '../../../../src/database/sql.js';

const INVITATION = `query I($token: String!) {
  organizationInvitation(token: $token) { role inviterName expiresAt organization { id name { ar en } } }
}`;

interface Invitation {
  organizationInvitation: {
    role: string;
    inviterName: string | null;
    expiresAt: string;
    organization: { id: string; name: { ar: string | null; en: string | null } };
  } | null;
}

describe('organizationInvitation', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi();
  });
  afterAll(async () => {
    await api.stop();
  });

  it('shows the holder of the link the organisation, role, inviter and expiry, until it is used', async () => {
    // given an owner who invites a colleague
    const [organization] = await createOrganizations(api.orm, [
      { nameAr: 'جمعية الدعوة', nameEn: 'Invitation Society' },
    ]);
    const organizationId = toGlobalId('Organization', organization!.id);
    const owner = await createTestPerson(api, {
      name: 'Rana Owner',
      memberships: [{ organizationId: organization!.id, role: 'OWNER' }],
    });
    const ownerCookie = await signIn(api, owner.email, owner.password);
    const colleague = await createTestPerson(api);
    await api.graphql(
      `mutation($input: OrganizationMemberInviteInput!) { organizationMemberInvite(input: $input) { userErrors { code } } }`,
      { input: { organizationId, email: colleague.email, role: 'EDITOR' } },
      { headers: { cookie: ownerCookie } },
    );
    const { token } = await lastEmailTo(api, colleague.email);

    // when the link's holder reads it (signed in or not)
    const read = await api.graphql<Invitation>(INVITATION, { token });

    // then it names the organisation, the role, the inviter and the expiry (14 days)
    expect(read.body.errors).toBeUndefined();
    const invitation = read.body.data!.organizationInvitation!;
    expect(invitation).toMatchObject({
      role: 'EDITOR',
      inviterName: 'Rana Owner',
      organization: { id: organizationId, name: { ar: 'جمعية الدعوة', en: 'Invitation Society' } },
    });
    const days = (Date.parse(invitation.expiresAt) - Date.now()) / 86_400_000;
    expect(days).toBeGreaterThan(13.9);
    expect(days).toBeLessThanOrEqual(14);

    // a wrong token shows nothing
    expect(
      (await api.graphql<Invitation>(INVITATION, { token: `${token}x` })).body.data!.organizationInvitation,
    ).toBeNull();

    // and once accepted, the link shows nothing either
    const colleagueCookie = await signIn(api, colleague.email, colleague.password);
    await api.graphql(
      `mutation($input: OrganizationInvitationAcceptInput!) { organizationInvitationAccept(input: $input) { userErrors { code } } }`,
      { input: { token } },
      { headers: { cookie: colleagueCookie } },
    );
    expect((await api.graphql<Invitation>(INVITATION, { token })).body.data!.organizationInvitation).toBeNull();
  });

  it('shows nothing for an expired invitation', async () => {
    const [organization] = await createOrganizations(api.orm, [{ nameEn: 'Expired Invitation Society' }]);
    const owner = await createTestPerson(api, { memberships: [{ organizationId: organization!.id, role: 'OWNER' }] });
    const ownerCookie = await signIn(api, owner.email, owner.password);
    const email = `late-${Date.now()}@example.org`;
    await api.graphql(
      `mutation($input: OrganizationMemberInviteInput!) { organizationMemberInvite(input: $input) { userErrors { code } } }`,
      { input: { organizationId: toGlobalId('Organization', organization!.id), email, role: 'VIEWER' } },
      { headers: { cookie: ownerCookie } },
    );
    const { token } = await lastEmailTo(api, email);
    await sqlRows(
      api.orm.em.fork(),
      `update organization_invitation set expires_at = now() - interval '1 minute' where email = ?`,
      [email],
    );
    expect((await api.graphql<Invitation>(INVITATION, { token })).body.data!.organizationInvitation).toBeNull();
  });
});
