import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toGlobalId } from '../../../../src/common/relay/global-id.js';
import { createTestPerson, signIn } from '../../../support/accounts.js';
import { startTestApi, type TestApi } from '../../../support/api.js';
import { createOrganizations } from '../../../support/factories.js';
import { mutate, rows } from '../participation-support.js';
import { insertChallenge } from './challenge-support.js';

describe('challenges in the personal data export and erasure', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi();
  });
  afterAll(async () => {
    await api.stop();
  });

  it('exports the ideas the person sent; erasure keeps them for the organisation, no longer naming them', async () => {
    // given an editor who sent an idea for their organisation
    const challenge = await insertChallenge(api);
    const [organization] = await createOrganizations(api.orm, [{ verificationState: 'VERIFIED' }]);
    const person = await createTestPerson(api, { memberships: [{ organizationId: organization!.id, role: 'EDITOR' }] });
    const cookie = await signIn(api, person.email, person.password);
    const sent = await mutate(
      api,
      'innovationIdeaSubmit',
      {
        challengeId: challenge.id,
        organizationId: toGlobalId('Organization', organization!.id),
        titleEn: 'Mobile therapy vans',
        summaryEn: 'Weekly visits.',
      },
      cookie,
      'idea { uuid }',
    );
    const idea = (sent.idea as { uuid: string }).uuid;
    // when the person downloads their data
    const exported = await api.graphql<{ viewerDataExport: Record<string, Record<string, unknown>[]> }>(
      `{ viewerDataExport }`,
      undefined,
      { headers: { cookie } },
    );
    // then the idea is in it
    expect(exported.body.data!.viewerDataExport.innovationIdeasSubmitted).toEqual([
      expect.objectContaining({ id: idea, organization_id: organization!.id, stage: 'SUBMITTED' }),
    ]);
    // when the person erases their account
    const erased = await api.graphql<{ accountErase: { userErrors: unknown[] } }>(
      `mutation($input: AccountEraseInput!) { accountErase(input: $input) { userErrors { code } } }`,
      { input: { password: person.password } },
      { headers: { cookie } },
    );
    expect(erased.body.data!.accountErase.userErrors).toEqual([]);
    // then the organisation's idea stays without naming them
    expect(await rows(api, 'select submitted_by, stage from innovation_idea where id = ?', [idea])).toEqual([
      { submitted_by: null, stage: 'SUBMITTED' },
    ]);
  });
});
