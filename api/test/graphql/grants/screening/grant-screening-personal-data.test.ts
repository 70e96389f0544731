import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fromGlobalId } from '../../../../src/common/relay/global-id.js';
import { knexRows } from '../../../../src/database/sql.js';
import { startTestApi, type TestApi } from '../../../support/api.js';
import { createTestPerson, signIn } from '../../../support/accounts.js';
import { mutate, organization } from '../grants-support.js';
import { csvOf, importList, screen, submittedApplication } from './screening-support.js';

describe('screening in the personal data export and erasure', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi();
  });
  afterAll(async () => {
    await api.stop();
  });

  it("exports an officer's screening decisions; erasure keeps them without naming the officer", async () => {
    const officer = await createTestPerson(api, { roles: ['PROGRAMME_OFFICER'] });
    const cookie = await signIn(api, officer.email, officer.password);
    await importList(api, cookie, csvOf([{ id: 'P01', names: ['Khaled Abu Zeid'] }]));
    const { application } = await submittedApplication(api, {}, ['خالد أبو زيد']);
    const [hit] = await screen(api, cookie, application.id);
    await mutate(
      api,
      'grantScreeningHitDecide',
      { hitId: hit!.id, decision: 'DISMISS', reason: 'Other person' },
      cookie,
      'userErrors { code }',
    );
    const hitUuid = fromGlobalId(hit!.id)!.key;
    const exported = await api.graphql<{ viewerDataExport: Record<string, Record<string, unknown>[]> }>(
      `{ viewerDataExport }`,
      undefined,
      { headers: { cookie } },
    );
    expect(exported.body.data!.viewerDataExport.grantScreeningDecisions).toEqual([
      expect.objectContaining({ id: hitUuid, status: 'DISMISSED', reason: 'Other person' }),
    ]);
    // the applicant's own members never see hits naming their people in their export
    const member = await organization(api);
    const theirs = await api.graphql<{ viewerDataExport: Record<string, unknown[]> }>(
      `{ viewerDataExport }`,
      undefined,
      {
        headers: { cookie: member.cookie },
      },
    );
    expect(theirs.body.data!.viewerDataExport.grantScreeningDecisions).toEqual([]);
    const erased = await api.graphql<{ accountErase: { userErrors: unknown[] } }>(
      `mutation($input: AccountEraseInput!) { accountErase(input: $input) { userErrors { code } } }`,
      { input: { password: officer.password } },
      { headers: { cookie } },
    );
    expect(erased.body.data!.accountErase.userErrors).toEqual([]);
    const knex = api.orm.em.getKnex();
    expect(await knexRows(knex, 'select status, decided_by from grant_screening_hit where id = ?', [hitUuid])).toEqual([
      { status: 'DISMISSED', decided_by: null },
    ]);
    expect(
      await knexRows(knex, "select dismissed_by from grant_screening_dismissal where entry_logical_id = 'P01'"),
    ).toEqual([{ dismissed_by: null }]);
    expect(await knexRows(knex, 'select imported_by from grant_screening_list')).toEqual([{ imported_by: null }]);
  });
});
