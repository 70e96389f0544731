import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toGlobalId } from '../../../../src/common/relay/global-id.js';
import { knexRows } from '../../../../src/database/sql.js';
import { startTestApi, type TestApi } from '../../../support/api.js';
import { activePartnership, organizationParty, partnershipMutation } from '../requests-support.js';

describe('partnershipTerminate', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi();
  });
  afterAll(async () => {
    await api.stop();
  });

  const terminate = (id: string, reason: string, cookie: string) =>
    partnershipMutation(api, 'partnershipTerminate', { partnershipId: toGlobalId('Partnership', id), reason }, cookie);

  it('terminates an active partnership with its reason, audited, kept in its history, and it leaves the registry', async () => {
    const lead = await organizationParty(api);
    const partner = await organizationParty(api);
    const id = await activePartnership(api, lead, partner);
    const result = await terminate(id, ' Funding stopped ', lead.cookie);
    expect(result.userErrors).toEqual([]);
    expect(result.partnership).toMatchObject({ status: 'TERMINATED', terminationReason: 'Funding stopped' });
    expect(result.partnership!.history.at(-1)).toEqual({ from: 'ACTIVE', to: 'TERMINATED', reason: 'Funding stopped' });
    const [events] = await knexRows<{ n: number }>(
      api.orm.em.getKnex(),
      `select count(*)::int as n from audit_event where subject_id = ? and action = 'PARTNERSHIP_TERMINATED'`,
      [id],
    );
    expect(events!.n).toBe(1);
    const anonymous = await api.graphql<{ partnership: unknown }>(
      'query($id: ID!) { partnership(id: $id) { status } }',
      {
        id: toGlobalId('Partnership', id),
      },
    );
    expect(anonymous.body.data!.partnership).toBeNull();
    const member = await api.graphql<{ partnership: { status: string } | null }>(
      'query($id: ID!) { partnership(id: $id) { status } }',
      { id: toGlobalId('Partnership', id) },
      { headers: { cookie: partner.cookie } },
    );
    expect(member.body.data!.partnership).toEqual({ status: 'TERMINATED' });
  });

  it('requires a reason, refuses a stranger and a second termination, changing nothing', async () => {
    const lead = await organizationParty(api);
    const partner = await organizationParty(api);
    const id = await activePartnership(api, lead, partner);
    expect((await terminate(id, '  ', lead.cookie)).userErrors).toEqual([
      { field: ['input', 'reason'], code: 'REASON_REQUIRED' },
    ]);
    const stranger = await organizationParty(api, 'OWNER');
    expect((await terminate(id, 'Because', stranger.cookie)).userErrors).toEqual([
      { field: ['input', 'partnershipId'], code: 'NOT_A_PARTNERSHIP_MEMBER' },
    ]);
    const [row] = await knexRows<{ status: string }>(
      api.orm.em.getKnex(),
      'select status from partnership where id = ?',
      [id],
    );
    expect(row!.status).toBe('ACTIVE');
    expect((await terminate(id, 'Because', partner.cookie)).userErrors).toEqual([]);
    expect((await terminate(id, 'Again', partner.cookie)).userErrors).toEqual([
      { field: ['input', 'partnershipId'], code: 'WRONG_STATUS' },
    ]);
  });
});
