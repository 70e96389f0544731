import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toGlobalId } from '../../../../src/common/relay/global-id.js';
import { startTestApi, type TestApi } from '../../../support/api.js';
import { createTestPerson, signIn } from '../../../support/accounts.js';
import { insertPartnership, organizationParty, type Party } from '../requests-support.js';

const ONE = /* GraphQL */ `
  query One($id: ID!) {
    partnership(id: $id) {
      uuid
      status
      history {
        from
        to
      }
    }
    node(id: $id) {
      ... on Partnership {
        uuid
      }
    }
  }
`;

interface One {
  partnership: { uuid: string; status: string; history: { from: string | null; to: string }[] } | null;
  node: { uuid: string } | null;
}

describe('partnership (one, and as a node)', () => {
  let api: TestApi;
  let lead: Party;
  let partner: Party;
  beforeAll(async () => {
    api = await startTestApi();
    lead = await organizationParty(api);
    partner = await organizationParty(api, 'VIEWER');
  });
  afterAll(async () => {
    await api.stop();
  });

  const read = async (uuid: string, cookie?: string) => {
    const response = await api.graphql<One>(
      ONE,
      { id: toGlobalId('Partnership', uuid) },
      cookie ? { headers: { cookie } } : {},
    );
    expect(response.body.errors).toBeUndefined();
    return response.body.data!;
  };

  it('shows an active one to everyone, with its history', async () => {
    const id = await insertPartnership(api, { organizations: [lead.uuid, partner.uuid] });
    expect(await read(id)).toEqual({
      partnership: { uuid: id, status: 'ACTIVE', history: [{ from: null, to: 'PROPOSED' }] },
      node: { uuid: id },
    });
  });

  it("shows a proposed one to its members' editors and to programme officers only", async () => {
    const id = await insertPartnership(api, { organizations: [lead.uuid, partner.uuid], status: 'PROPOSED' });
    expect(await read(id)).toEqual({ partnership: null, node: null });
    const stranger = await organizationParty(api, 'OWNER');
    expect((await read(id, stranger.cookie)).partnership).toBeNull();
    // a viewer of a member organisation does not act for it
    expect((await read(id, partner.cookie)).partnership).toBeNull();
    expect((await read(id, lead.cookie)).partnership?.status).toBe('PROPOSED');
    const person = await createTestPerson(api, { roles: ['PROGRAMME_OFFICER'] });
    const officer = await signIn(api, person.email, person.password);
    expect((await read(id, officer)).node).toEqual({ uuid: id });
  });

  it('answers null for an unknown id', async () => {
    expect((await read('00000000-0000-4000-8000-000000000000')).partnership).toBeNull();
  });
});
