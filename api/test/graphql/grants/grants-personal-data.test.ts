import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toGlobalId } from '../../../src/common/relay/global-id.js';
import { knexRows } from '../../../src/database/sql.js';
import { startTestApi, type TestApi } from '../../support/api.js';
import { createTestPerson, signIn } from '../../support/accounts.js';
import { createOrganizations } from '../../support/factories.js';
import { insertCall, mutate } from './grants-support.js';

describe('grants in the personal data export and erasure', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi();
  });
  afterAll(async () => {
    await api.stop();
  });

  it('exports the applications the person started; erasure keeps them for the organisation, no longer naming them', async () => {
    // given an editor who started an application for their organisation
    const call = await insertCall(api);
    const [organization] = await createOrganizations(api.orm, [{ verificationState: 'VERIFIED' }]);
    const person = await createTestPerson(api, { memberships: [{ organizationId: organization!.id, role: 'EDITOR' }] });
    const cookie = await signIn(api, person.email, person.password);
    const started = await mutate(
      api,
      'grantApplicationCreate',
      { callId: call.id, leadOrganizationId: toGlobalId('Organization', organization!.id) },
      cookie,
    );
    const application = started.application!.uuid;
    // when the person downloads their data
    const exported = await api.graphql<{ viewerDataExport: Record<string, Record<string, unknown>[]> }>(
      `{ viewerDataExport }`,
      undefined,
      { headers: { cookie } },
    );
    // then the application is in it
    expect(exported.body.data!.viewerDataExport.grantApplicationsStarted).toEqual([
      expect.objectContaining({ id: application, lead_organization_id: organization!.id, status: 'DRAFT' }),
    ]);
    // when the person erases their account
    const erased = await api.graphql<{ accountErase: { userErrors: unknown[] } }>(
      `mutation($input: AccountEraseInput!) { accountErase(input: $input) { userErrors { code } } }`,
      { input: { password: person.password } },
      { headers: { cookie } },
    );
    expect(erased.body.data!.accountErase.userErrors).toEqual([]);
    // then the organisation's application stays without naming them
    const rows = await knexRows<{ created_by: string | null; status: string }>(
      api.orm.em.getKnex(),
      'select created_by, status from grant_application where id = ?',
      [application],
    );
    expect(rows).toEqual([{ created_by: null, status: 'DRAFT' }]);
  });
});
