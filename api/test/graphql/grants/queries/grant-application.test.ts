import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../../../support/api.js';
import {
  completeApplication,
  insertCall,
  institution,
  memberOf,
  officer,
  organization,
  person,
} from '../grants-support.js';

describe('grantApplication', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi();
  });
  afterAll(async () => {
    await api.stop();
  });

  const read = async (id: string, cookie?: string) =>
    (
      await api.graphql<{
        grantApplication: { uuid: string; viewerCanEdit: boolean } | null;
        node: { uuid: string } | null;
      }>(
        `query($id: ID!) { grantApplication(id: $id) { uuid viewerCanEdit call { uuid } }
          node(id: $id) { ... on GrantApplication { uuid } } }`,
        { id },
        cookie ? { headers: { cookie } } : undefined,
      )
    ).body.data!;

  it("is seen by the consortium's members (lead, co-applicant, associate) and officers, never by the public or others", async () => {
    // given
    const call = await insertCall(api);
    const lead = await organization(api);
    const co = await organization(api);
    const associate = await institution(api);
    const application = await completeApplication(api, call, lead, {
      coApplicantIds: [co.id],
      associateIds: [associate.id],
    });
    // then
    expect((await read(application.id, lead.cookie)).grantApplication).toMatchObject({
      uuid: application.uuid,
      viewerCanEdit: true,
    });
    expect((await read(application.id, co.cookie)).grantApplication).toMatchObject({ viewerCanEdit: true });
    expect((await read(application.id, associate.cookie)).grantApplication).toMatchObject({ viewerCanEdit: false });
    expect((await read(application.id, await memberOf(api, lead.uuid, 'VIEWER'))).grantApplication).toMatchObject({
      viewerCanEdit: false,
    });
    expect((await read(application.id, await officer(api))).grantApplication).toMatchObject({ viewerCanEdit: false });
    expect(await read(application.id)).toEqual({ grantApplication: null, node: null });
    expect(await read(application.id, await person(api))).toEqual({ grantApplication: null, node: null });
    const stranger = await organization(api, 'OWNER');
    expect(await read(application.id, stranger.cookie)).toEqual({ grantApplication: null, node: null });
  });
});
