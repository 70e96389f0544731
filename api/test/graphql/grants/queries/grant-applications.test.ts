import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../../../support/api.js';
import { completeApplication, insertCall, mutate, officer, organization } from '../grants-support.js';

const PAGE = /* GraphQL */ `
  query Page($callId: ID!, $first: Int, $after: String, $includeDrafts: Boolean) {
    grantApplications(callId: $callId, first: $first, after: $after, includeDrafts: $includeDrafts) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          uuid
          status
          receiptNumber
          lead {
            uuid
          }
        }
      }
    }
  }
`;

interface Page {
  grantApplications: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    edges: { node: { uuid: string; status: string } }[];
  };
}

describe('grantApplications', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi();
  });
  afterAll(async () => {
    await api.stop();
  });

  it("lists a call's submitted applications to officers, oldest first, page by page; drafts only when asked", async () => {
    // given: five submitted applications and one draft
    const call = await insertCall(api);
    const submitted: string[] = [];
    for (let n = 0; n < 5; n++) {
      const lead = await organization(api);
      const draft = await completeApplication(api, call, lead);
      await mutate(
        api,
        'grantApplicationSubmit',
        { applicationId: draft.id, idempotencyKey: `list-${n}` },
        lead.cookie,
      );
      submitted.push(draft.uuid);
    }
    const drafter = await organization(api);
    await completeApplication(api, call, drafter);
    const cookie = await officer(api);
    // when
    const walked: string[] = [];
    let after: string | null = null;
    for (;;) {
      const page: Page = (await api.graphql<Page>(PAGE, { callId: call.id, first: 2, after }, { headers: { cookie } }))
        .body.data!;
      walked.push(...page.grantApplications.edges.map((e) => e.node.uuid));
      if (!page.grantApplications.pageInfo.hasNextPage) break;
      after = page.grantApplications.pageInfo.endCursor;
    }
    // then
    expect(walked).toEqual(submitted);
    const all = await api.graphql<Page>(
      PAGE,
      { callId: call.id, first: 10, includeDrafts: true },
      { headers: { cookie } },
    );
    expect(all.body.data!.grantApplications.totalCount).toBe(6);
  });

  it('is refused to a CSO', async () => {
    const call = await insertCall(api);
    const lead = await organization(api, 'OWNER');
    const response = await api.graphql(PAGE, { callId: call.id }, { headers: { cookie: lead.cookie } });
    expect(response.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});
