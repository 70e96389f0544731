import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../../../support/api.js';
import { completeApplication, insertCall, mutate, officer, organization } from '../grants-support.js';

const CALLS = /* GraphQL */ `
  query Calls($filter: GrantCallFilter) {
    grantCalls(first: 20, filter: $filter) {
      totalCount
      edges {
        node {
          uuid
          status
          title {
            en
          }
          lots {
            position
            applicationsReceived
          }
        }
      }
    }
  }
`;

interface Calls {
  grantCalls: {
    totalCount: number;
    edges: {
      node: { uuid: string; status: string; lots: { position: number; applicationsReceived: number | null }[] };
    }[];
  };
}

describe('grantCalls', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi({ empty: false });
  });
  afterAll(async () => {
    await api.stop();
  });

  it('lists published and closed calls to everyone, latest deadline first, drafts to officers only', async () => {
    // given
    const soon = await insertCall(api, { deadlineInDays: 5 });
    const later = await insertCall(api, { deadlineInDays: 50 });
    const closed = await insertCall(api, { status: 'CLOSED', deadlineInDays: -3, opensInDays: -30 });
    const draft = await insertCall(api, { status: 'DRAFT', deadlineInDays: 60 });
    // when
    const anonymous = await api.graphql<Calls>(CALLS);
    const asOfficer = await api.graphql<Calls>(CALLS, {}, { headers: { cookie: await officer(api) } });
    // then
    const mine = (r: typeof anonymous) =>
      r.body
        .data!.grantCalls.edges.map((e) => e.node.uuid)
        .filter((id) => [soon, later, closed, draft].some((c) => c.uuid === id));
    expect(mine(anonymous)).toEqual([later.uuid, soon.uuid, closed.uuid]);
    expect(mine(asOfficer)).toEqual([draft.uuid, later.uuid, soon.uuid, closed.uuid]);
    const drafts = await api.graphql<Calls>(CALLS, { filter: { status: 'DRAFT' } });
    expect(drafts.body.data!.grantCalls.edges.filter((e) => e.node.uuid === draft.uuid)).toEqual([]);
  });

  it('counts the applications received per lot only once the deadline has passed', async () => {
    const call = await insertCall(api);
    const lead = await organization(api);
    const draft = await completeApplication(api, call, lead);
    await mutate(api, 'grantApplicationSubmit', { applicationId: draft.id, idempotencyKey: 'count-1' }, lead.cookie);
    const before = await api.graphql<{ grantCall: { lots: { applicationsReceived: number | null }[] } }>(
      `query($id: ID!) { grantCall(id: $id) { lots { applicationsReceived } } }`,
      { id: call.id },
    );
    expect(before.body.data!.grantCall.lots).toEqual([{ applicationsReceived: null }, { applicationsReceived: null }]);
    await api.orm.em
      .getKnex()('grant_call')
      .where({ id: call.uuid })
      .update({ deadline_at: new Date(Date.now() - 1000) });
    const after = await api.graphql<{ grantCall: { lots: { applicationsReceived: number | null }[] } }>(
      `query($id: ID!) { grantCall(id: $id) { lots { applicationsReceived } } }`,
      { id: call.id },
    );
    expect(after.body.data!.grantCall.lots).toEqual([{ applicationsReceived: 1 }, { applicationsReceived: 0 }]);
  });
});
