import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toGlobalId } from '../../../../src/common/relay/global-id.js';
import { startTestApi, type TestApi } from '../../../support/api.js';
import { activePartnership, organizationParty, partnershipMutation, proposedPartnership } from '../requests-support.js';

describe('partnershipComplete', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi();
  });
  afterAll(async () => {
    await api.stop();
  });

  const complete = (id: string, cookie: string) =>
    partnershipMutation(api, 'partnershipComplete', { partnershipId: toGlobalId('Partnership', id) }, cookie);

  it('completes an active partnership for a member, kept in its history and still public', async () => {
    const lead = await organizationParty(api);
    const partner = await organizationParty(api);
    const id = await activePartnership(api, lead, partner);
    const result = await complete(id, partner.cookie);
    expect(result.userErrors).toEqual([]);
    expect(result.partnership!.status).toBe('COMPLETED');
    expect(result.partnership!.history.at(-1)).toEqual({ from: 'ACTIVE', to: 'COMPLETED', reason: null });
    const registry = await api.graphql<{ partnership: { status: string } | null }>(
      'query($id: ID!) { partnership(id: $id) { status } }',
      { id: toGlobalId('Partnership', id) },
    );
    expect(registry.body.data!.partnership).toEqual({ status: 'COMPLETED' });
  });

  it('refuses a proposed partnership, a stranger, and completing twice', async () => {
    const lead = await organizationParty(api);
    const partner = await organizationParty(api);
    const proposed = await proposedPartnership(api, lead, partner);
    expect((await complete(proposed, lead.cookie)).userErrors).toEqual([
      { field: ['input', 'partnershipId'], code: 'WRONG_STATUS' },
    ]);
    const other = await organizationParty(api);
    const active = await activePartnership(api, lead, other);
    const stranger = await organizationParty(api, 'OWNER');
    expect((await complete(active, stranger.cookie)).userErrors).toEqual([
      { field: ['input', 'partnershipId'], code: 'NOT_A_PARTNERSHIP_MEMBER' },
    ]);
    expect((await complete(active, lead.cookie)).userErrors).toEqual([]);
    expect((await complete(active, lead.cookie)).userErrors).toEqual([
      { field: ['input', 'partnershipId'], code: 'WRONG_STATUS' },
    ]);
  });
});
