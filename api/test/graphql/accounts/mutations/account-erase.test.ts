import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../../../support/api.js';
import { createTestPerson, lastEmailTo, SIGN_IN, signIn, VIEWER } from '../../../support/accounts.js';
import { createOrganizations } from '../../../support/factories.js';
import { sqlRows } from '../../../../src/database/sql.js';
import { toGlobalId } from '../../../../src/common/relay/global-id.js';

describe('personal data: viewerDataExport and accountErase', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi();
  });
  afterAll(async () => {
    await api.stop();
  });

  /** Every row of every table, as text, that contains `needle`. */
  async function tablesHolding(needle: string): Promise<string[]> {
    const tables = await sqlRows<{ name: string }>(
      api.orm.em.fork(),
      `select table_name as name from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE'`,
      [],
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

  it('exports what the platform holds about a person, then erases it while keeping pseudonymous records', async () => {
    // given a person with an organisation, a session, a token, an invitation and emails
    const [organization] = await createOrganizations(api.orm, [{ nameEn: 'Erasure Test Society' }]);
    const person = await createTestPerson(api, {
      name: 'Zaid Qasem Erasable',
      email: 'zaid.erasable@example.org',
      memberships: [{ organizationId: organization!.id, role: 'OWNER' }],
    });
    const cookie = await signIn(api, person.email, person.password);
    await api.graphql(
      `mutation { apiTokenCreate(input: { name: "scripts" }) { secret } }`,
      {},
      { headers: { cookie } },
    );
    await api.graphql(
      `mutation($input: OrganizationMemberInviteInput!) { organizationMemberInvite(input: $input) { userErrors { code } } }`,
      {
        input: {
          organizationId: toGlobalId('Organization', organization!.id),
          email: 'colleague.x@example.org',
          role: 'EDITOR',
        },
      },
      { headers: { cookie } },
    );
    await api.graphql(
      `mutation { accountPasswordResetRequest(input: { email: "zaid.erasable@example.org" }) { userErrors { code } } }`,
    );
    await lastEmailTo(api, person.email, 'PASSWORD_RESET');
    await api.graphql(SIGN_IN, { input: { email: person.email, password: 'a wrong password here' } });

    // when they download their data
    const exported = await api.graphql<{ viewerDataExport: Record<string, unknown[] | Record<string, unknown>> }>(
      `{ viewerDataExport }`,
      {},
      { headers: { cookie } },
    );
    const data = exported.body.data!.viewerDataExport;
    // then it holds their account, sessions, memberships, tokens, emails and actions, and no secret
    expect(data.person).toMatchObject({ name: 'Zaid Qasem Erasable', email: 'zaid.erasable@example.org' });
    expect(data.sessions).toHaveLength(1);
    expect(data.memberships).toEqual([
      expect.objectContaining({ role: 'OWNER', organization: organization!.nameAr ?? 'Erasure Test Society' }),
    ]);
    expect(data.apiTokens).toHaveLength(1);
    expect((data.emails as { kind: string }[]).map((e) => e.kind)).toEqual(['PASSWORD_RESET']);
    expect((data.auditEventsAsActor as { action: string }[]).map((e) => e.action)).toEqual(['MEMBER_INVITED']);
    // the token appears by its prefix only
    expect(JSON.stringify(data)).not.toMatch(/argon2|secret_hash|shbk_[A-Za-z0-9_-]{20,}/);
    expect(await tablesHolding('zaid.erasable@example.org')).not.toEqual([]);

    // a wrong password erases nothing
    const refused = await api.graphql<{ accountErase: { userErrors: { code: string }[] } }>(
      `mutation { accountErase(input: { password: "not my password at all" }) { userErrors { code } } }`,
      {},
      { headers: { cookie } },
    );
    expect(refused.body.data?.accountErase.userErrors).toEqual([{ code: 'INVALID_CREDENTIALS' }]);

    // when they ask for erasure
    const erased = await api.graphql<{ accountErase: { userErrors: unknown[] } }>(
      `mutation($input: AccountEraseInput!) { accountErase(input: $input) { userErrors { code } } }`,
      { input: { password: person.password } },
      { headers: { cookie } },
    );
    expect(erased.body.data?.accountErase.userErrors).toEqual([]);

    // then no table holds their name or email, and no log line either
    expect(await tablesHolding('zaid.erasable@example.org')).toEqual([]);
    expect(await tablesHolding('Zaid Qasem Erasable')).toEqual([]);
    expect(JSON.stringify(api.logs)).not.toContain('zaid.erasable');
    expect(JSON.stringify(api.logs)).not.toContain('Zaid Qasem');
    // they are signed out and cannot sign in again
    expect((await api.graphql<{ viewer: unknown }>(VIEWER, {}, { headers: { cookie } })).body.data?.viewer).toBeNull();
    const again = await api.graphql<{ sessionCreate: { userErrors: { code: string }[] } }>(SIGN_IN, {
      input: { email: person.email, password: person.password },
    });
    expect(again.body.data?.sessionCreate.userErrors[0]?.code).toBe('INVALID_CREDENTIALS');
    // the audit log keeps their actions under the pseudonymous id, with both requests recorded
    const audit = await sqlRows<{ action: string }>(
      api.orm.em.fork(),
      'select action from audit_event where actor_id = ? order by id',
      [person.id],
    );
    expect(audit.map((a) => a.action)).toEqual(['MEMBER_INVITED', 'PERSONAL_DATA_EXPORTED', 'PERSON_ERASED']);
  });
});
