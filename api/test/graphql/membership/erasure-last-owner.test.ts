import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../../support/api.js';
import { createTestPerson, signIn } from '../../support/accounts.js';
import { createOrganizations } from '../../support/factories.js';
import { sqlRows } from '../../../src/database/sql.js';
import { toGlobalId } from '../../../src/common/relay/global-id.js';

const ERASE = `mutation($input: AccountEraseInput!) {
  accountErase(input: $input) { userErrors { field code message organizationNames { ar en } } }
}`;
const MEMBER_UPDATE = `mutation($input: OrganizationMemberUpdateInput!) {
  organizationMemberUpdate(input: $input) { userErrors { code organizationNames { ar en } } }
}`;

interface Erased {
  accountErase: {
    userErrors: {
      field: string[] | null;
      code: string;
      message: string;
      organizationNames: { ar: string | null; en: string | null }[] | null;
    }[];
  };
}

describe('erasure of an organisation owner (the last-owner rule)', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi();
  });
  afterAll(async () => {
    await api.stop();
  });

  const members = (organizationId: string) =>
    sqlRows<{ user_id: string; role: string }>(
      api.orm.em.fork(),
      'select user_id, role from organization_member where organization_id = ? order by role, user_id',
      [organizationId],
    );
  const exists = async (userId: string) =>
    (await sqlRows(api.orm.em.fork(), 'select 1 from auth_user where id = ? and name <> ?', [userId, 'Erased person']))
      .length > 0;

  const erase = async (person: { email: string; password: string }) => {
    const cookie = await signIn(api, person.email, person.password);
    return () => api.graphql<Erased>(ERASE, { input: { password: person.password } }, { headers: { cookie } });
  };

  it('refuses to erase the only owner of an organisation that has other members, naming it', async () => {
    // given an organisation whose only owner works with an editor
    const [organization] = await createOrganizations(api.orm, [{ nameAr: null, nameEn: 'Lonely Owner Society' }]);
    const owner = await createTestPerson(api, { memberships: [{ organizationId: organization!.id, role: 'OWNER' }] });
    const editor = await createTestPerson(api, { memberships: [{ organizationId: organization!.id, role: 'EDITOR' }] });

    // when the owner asks for erasure
    const response = await (await erase(owner))();

    // then nothing is erased: the error names the organisation and says what to do
    expect(response.body.errors).toBeUndefined();
    expect(response.body.data!.accountErase.userErrors).toEqual([
      {
        field: null,
        code: 'LAST_OWNER',
        message: expect.stringContaining('Lonely Owner Society') as string,
        // named as fields too, for a client to name it in its reader's language (issue 13 item 29)
        organizationNames: [{ ar: null, en: 'Lonely Owner Society' }],
      },
    ]);
    expect(await exists(owner.id)).toBe(true);
    expect(await members(organization!.id)).toEqual([
      { user_id: editor.id, role: 'EDITOR' },
      { user_id: owner.id, role: 'OWNER' },
    ]);
  });

  it('names the organisation in both languages when its only owner would step down', async () => {
    // given an organisation with one owner and an editor
    const [organization] = await createOrganizations(api.orm, [
      { nameAr: 'جمعية المالك الوحيد', nameEn: 'Sole Owner' },
    ]);
    const owner = await createTestPerson(api, { memberships: [{ organizationId: organization!.id, role: 'OWNER' }] });
    await createTestPerson(api, { memberships: [{ organizationId: organization!.id, role: 'EDITOR' }] });
    const cookie = await signIn(api, owner.email, owner.password);

    // when the owner makes themselves an editor
    const response = await api.graphql<{
      organizationMemberUpdate: { userErrors: { code: string; organizationNames: unknown }[] };
    }>(
      MEMBER_UPDATE,
      { input: { organizationId: toGlobalId('Organization', organization!.id), userId: owner.id, role: 'EDITOR' } },
      { headers: { cookie } },
    );

    // then the refusal carries the organisation's names
    expect(response.body.data!.organizationMemberUpdate.userErrors).toEqual([
      { code: 'LAST_OWNER', organizationNames: [{ ar: 'جمعية المالك الوحيد', en: 'Sole Owner' }] },
    ]);
  });

  it('erases one of two owners, and hands an organisation with no other member to the programme', async () => {
    const [shared, solo] = await createOrganizations(api.orm, [{ nameEn: 'Two Owners' }, { nameEn: 'Solo Owner' }]);
    const first = await createTestPerson(api, {
      memberships: [
        { organizationId: shared!.id, role: 'OWNER' },
        { organizationId: solo!.id, role: 'OWNER' },
      ],
    });
    const second = await createTestPerson(api, { memberships: [{ organizationId: shared!.id, role: 'OWNER' }] });

    const response = await (await erase(first))();

    expect(response.body.data!.accountErase.userErrors).toEqual([]);
    expect(await exists(first.id)).toBe(false);
    expect(await members(shared!.id)).toEqual([{ user_id: second.id, role: 'OWNER' }]);
    expect(await members(solo!.id)).toEqual([]);
    const handed = await sqlRows<{ action: string; subject_id: string }>(
      api.orm.em.fork(),
      `select action, subject_id from audit_event where action = 'ORGANIZATION_HANDED_TO_PROGRAMME'`,
      [],
    );
    expect(handed).toEqual([{ action: 'ORGANIZATION_HANDED_TO_PROGRAMME', subject_id: solo!.id }]);
  });

  it('lets only one of two owners erasing at the same moment go, so the organisation keeps an owner', async () => {
    // given two owners and an editor
    const [organization] = await createOrganizations(api.orm, [{ nameEn: 'Racing Owners' }]);
    const owners = [
      await createTestPerson(api, { memberships: [{ organizationId: organization!.id, role: 'OWNER' }] }),
      await createTestPerson(api, { memberships: [{ organizationId: organization!.id, role: 'OWNER' }] }),
    ];
    await createTestPerson(api, { memberships: [{ organizationId: organization!.id, role: 'EDITOR' }] });
    const requests = await Promise.all(owners.map((owner) => erase(owner)));

    // when both ask for erasure at once, over HTTP
    const responses = await Promise.all(requests.map((send) => send()));

    // then one is erased and the other is refused: an owner remains
    const codes = responses.map((r) => r.body.data!.accountErase.userErrors.map((e) => e.code)).sort();
    expect(codes).toEqual([[], ['LAST_OWNER']]);
    expect((await members(organization!.id)).filter((m) => m.role === 'OWNER')).toHaveLength(1);
  });
});
