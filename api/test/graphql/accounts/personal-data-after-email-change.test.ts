/**
 * Personal data belongs to the person, not to an address: what was kept under an address they had before a change
 * of email (emails sent, invitations received, sign-in failures, the link that undoes the change) is in their export
 * and goes with their erasure.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../../support/api.js';
import { createTestPerson, lastEmailTo, SIGN_IN, signIn } from '../../support/accounts.js';
import { createOrganizations } from '../../support/factories.js';
import { sqlRows } from '../../../src/database/sql.js';
import { toGlobalId } from '../../../src/common/relay/global-id.js';

describe('export and erasure after a change of email', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi();
  });
  afterAll(async () => {
    await api.stop();
  });

  /** The tables with a row that contains `needle`. */
  async function tablesHolding(needle: string): Promise<string[]> {
    const tables = await sqlRows<{ name: string }>(
      api.orm.em.fork(),
      `select table_name as name from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE'`,
    );
    const found: string[] = [];
    for (const { name } of tables) {
      const [row] = await sqlRows<{ n: number }>(
        api.orm.em.fork(),
        `select count(*)::int as n from "${name}" t where position(lower(?) in lower(t::text)) > 0`,
        [needle],
      );
      if (row!.n > 0) found.push(name);
    }
    return found;
  }

  it('exports and erases what was kept under the previous address', async () => {
    // given a person known under a first address: an invitation, a reset email and a wrong password were kept under it
    const [organization] = await createOrganizations(api.orm, [{ nameEn: 'Address History Society' }]);
    const owner = await createTestPerson(api, { memberships: [{ organizationId: organization!.id, role: 'OWNER' }] });
    const ownerCookie = await signIn(api, owner.email, owner.password);
    const person = await createTestPerson(api, { name: 'Rami Moved', email: 'rami.first@example.org' });
    const invited = await api.graphql<{ organizationMemberInvite: { userErrors: unknown[] } }>(
      `mutation($input: OrganizationMemberInviteInput!) { organizationMemberInvite(input: $input) { userErrors { code } } }`,
      {
        input: {
          organizationId: toGlobalId('Organization', organization!.id),
          email: 'rami.first@example.org',
          role: 'VIEWER',
        },
      },
      { headers: { cookie: ownerCookie } },
    );
    expect(invited.body.data?.organizationMemberInvite.userErrors).toEqual([]);
    await api.graphql(
      `mutation { accountPasswordResetRequest(input: { email: "rami.first@example.org" }) { userErrors { code } } }`,
    );
    await lastEmailTo(api, 'rami.first@example.org', 'PASSWORD_RESET');
    await api.graphql(SIGN_IN, { input: { email: person.email, password: 'a wrong password here' } });

    // when they change their address first
    const cookie = await signIn(api, person.email, person.password);
    await api.graphql(
      `mutation($input: AccountEmailChangeInput!) { accountEmailChange(input: $input) { userErrors { code } } }`,
      { input: { newEmail: 'rami.second@example.org', currentPassword: person.password } },
      { headers: { cookie } },
    );
    const confirmation = await lastEmailTo(api, 'rami.second@example.org');
    await api.graphql(
      `mutation($input: AccountEmailVerifyInput!) { accountEmailVerify(input: $input) { userErrors { code } } }`,
      {
        input: { token: confirmation.token },
      },
    );
    await lastEmailTo(api, 'rami.first@example.org', 'EMAIL_CHANGED');

    // then their export holds what was kept under the first address too
    const exported = await api.graphql<{ viewerDataExport: Record<string, unknown> }>(
      `{ viewerDataExport }`,
      {},
      { headers: { cookie } },
    );
    const data = exported.body.data!.viewerDataExport;
    expect(data.person).toMatchObject({ email: 'rami.second@example.org' });
    expect(data.previousEmails).toEqual([expect.objectContaining({ email: 'rami.first@example.org' })]);
    expect((data.emails as { kind: string; recipient: string }[]).map((e) => [e.kind, e.recipient])).toEqual(
      expect.arrayContaining([
        ['ORGANIZATION_INVITATION', 'rami.first@example.org'],
        ['PASSWORD_RESET', 'rami.first@example.org'],
        ['EMAIL_CHANGED', 'rami.first@example.org'],
      ]),
    );
    expect(data.invitationsReceived).toHaveLength(1);
    expect(await tablesHolding('rami.first@example.org')).not.toEqual([]);

    // and when they ask for erasure, nothing under either address is left
    const erased = await api.graphql<{ accountErase: { userErrors: unknown[] } }>(
      `mutation($input: AccountEraseInput!) { accountErase(input: $input) { userErrors { code } } }`,
      { input: { password: person.password } },
      { headers: { cookie } },
    );
    expect(erased.body.data?.accountErase.userErrors).toEqual([]);
    expect(await tablesHolding('rami.first@example.org')).toEqual([]);
    expect(await tablesHolding('rami.second@example.org')).toEqual([]);
    expect(await tablesHolding('Rami Moved')).toEqual([]);
  });
});
