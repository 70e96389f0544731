import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../../../support/api.js';
import { insertCall, institution, mutate, organization, person, startApplication } from '../grants-support.js';

const MINE = /* GraphQL */ `
  query Mine($first: Int, $after: String) {
    viewer {
      grantApplications(first: $first, after: $after) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        edges {
          node {
            uuid
          }
        }
      }
    }
  }
`;

interface Mine {
  viewer: {
    grantApplications: {
      totalCount: number;
      pageInfo: { hasNextPage: boolean; endCursor: string | null };
      edges: { node: { uuid: string } }[];
    };
  };
}

describe('Viewer.grantApplications', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi();
  });
  afterAll(async () => {
    await api.stop();
  });

  it("lists the applications of the person's organisations and institutions, as lead, co-applicant or associate, newest first", async () => {
    // given
    const me = await organization(api);
    const associate = await institution(api);
    const led: string[] = [];
    for (let n = 0; n < 3; n++) led.push((await startApplication(api, await insertCall(api), me)).uuid);
    const other = await organization(api);
    const withMe = await startApplication(api, await insertCall(api), other);
    await mutate(
      api,
      'grantApplicationUpdate',
      { applicationId: withMe.id, version: 1, coApplicantIds: [me.id], associateIds: [associate.id] },
      other.cookie,
    );
    await startApplication(api, await insertCall(api), await organization(api));
    // when
    const walked: string[] = [];
    let after: string | null = null;
    for (;;) {
      const page: Mine = (await api.graphql<Mine>(MINE, { first: 2, after }, { headers: { cookie: me.cookie } })).body
        .data!;
      walked.push(...page.viewer.grantApplications.edges.map((e) => e.node.uuid));
      if (!page.viewer.grantApplications.pageInfo.hasNextPage) break;
      after = page.viewer.grantApplications.pageInfo.endCursor;
    }
    // then
    expect(walked).toEqual([withMe.uuid, ...led.reverse()]);
    const theirs = await api.graphql<Mine>(MINE, { first: 10 }, { headers: { cookie: associate.cookie } });
    expect(theirs.body.data!.viewer.grantApplications.edges.map((e) => e.node.uuid)).toEqual([withMe.uuid]);
    const nobody = await api.graphql<Mine>(MINE, { first: 10 }, { headers: { cookie: await person(api) } });
    expect(nobody.body.data!.viewer.grantApplications.totalCount).toBe(0);
  });
});
