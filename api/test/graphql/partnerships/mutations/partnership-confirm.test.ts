import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toGlobalId } from '../../../../src/common/relay/global-id.js';
import { knexRows } from '../../../../src/database/sql.js';
import { startTestApi, type TestApi } from '../../../support/api.js';
import { institutionParty, organizationParty, partnershipMutation, proposedPartnership } from '../requests-support.js';

describe('partnershipConfirm', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi();
  });
  afterAll(async () => {
    await api.stop();
  });

  const confirm = (id: string, partyId: string, cookie: string) =>
    partnershipMutation(api, 'partnershipConfirm', { partnershipId: toGlobalId('Partnership', id), partyId }, cookie);
  const status = async (id: string) =>
    (await knexRows<{ status: string }>(api.orm.em.getKnex(), 'select status from partnership where id = ?', [id]))[0]!
      .status;

  it('stays proposed after the first confirmation and becomes active (and public) after the last, its history kept', async () => {
    // given
    const lead = await organizationParty(api);
    const directorate = await institutionParty(api);
    const id = await proposedPartnership(api, lead, directorate);
    // when
    const first = await confirm(id, lead.id, lead.cookie);
    // then
    expect(first.userErrors).toEqual([]);
    expect(first.partnership).toMatchObject({
      status: 'PROPOSED',
      activatedAt: null,
      members: [
        { role: 'LEAD', confirmed: true },
        { role: 'PUBLIC_PARTNER', confirmed: false },
      ],
    });
    const public1 = await api.graphql<{ partnership: { status: string } | null }>(
      'query($id: ID!) { partnership(id: $id) { status } }',
      { id: toGlobalId('Partnership', id) },
    );
    expect(public1.body.data!.partnership).toBeNull();
    // when
    const last = await confirm(id, directorate.id, directorate.cookie);
    // then
    expect(last.userErrors).toEqual([]);
    expect(last.partnership!.status).toBe('ACTIVE');
    expect(last.partnership!.activatedAt).not.toBeNull();
    expect(last.partnership!.history).toEqual([
      { from: null, to: 'PROPOSED', reason: null },
      { from: 'PROPOSED', to: 'ACTIVE', reason: null },
    ]);
    const public2 = await api.graphql<{ partnership: { status: string } | null }>(
      'query($id: ID!) { partnership(id: $id) { status } }',
      { id: toGlobalId('Partnership', id) },
    );
    expect(public2.body.data!.partnership).toEqual({ status: 'ACTIVE' });
  });

  it('refuses a non-member, a member for the other party, and confirming twice', async () => {
    const lead = await organizationParty(api);
    const partner = await organizationParty(api);
    const id = await proposedPartnership(api, lead, partner);
    const stranger = await organizationParty(api, 'OWNER');
    expect((await confirm(id, stranger.id, stranger.cookie)).userErrors).toEqual([
      { field: ['input', 'partnershipId'], code: 'NOT_A_PARTNERSHIP_MEMBER' },
    ]);
    expect((await confirm(id, partner.id, lead.cookie)).userErrors).toEqual([
      { field: ['input', 'partyId'], code: 'NOT_A_PARTNERSHIP_MEMBER' },
    ]);
    expect((await confirm(id, lead.id, lead.cookie)).userErrors).toEqual([]);
    expect((await confirm(id, lead.id, lead.cookie)).userErrors).toEqual([
      { field: ['input', 'partyId'], code: 'ALREADY_CONFIRMED' },
    ]);
    expect(await status(id)).toBe('PROPOSED');
  });

  it('refuses confirming a partnership that is no longer proposed', async () => {
    const lead = await organizationParty(api);
    const partner = await organizationParty(api);
    const id = await proposedPartnership(api, lead, partner);
    await partnershipMutation(
      api,
      'partnershipTerminate',
      { partnershipId: toGlobalId('Partnership', id), reason: 'Funding stopped' },
      lead.cookie,
    );
    expect((await confirm(id, partner.id, partner.cookie)).userErrors).toEqual([
      { field: ['input', 'partnershipId'], code: 'WRONG_STATUS' },
    ]);
    expect(await status(id)).toBe('TERMINATED');
  });
});
