/** Viewer.trainingCertificates: the signed-in person's own certificates, newest first, a page at a time. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../../../support/api.js';
import { createTestPerson, signIn } from '../../../support/accounts.js';
import {
  ISSUE_CERTIFICATE,
  type IssuedCertificate,
  createCourse,
  createOrganization,
  createSession,
  markAttended,
  officerCookie,
  register,
  sessionWithParticipants,
} from '../training-support.js';

const MINE = /* GraphQL */ `
  query ($after: String) {
    viewer {
      trainingCertificates(first: 1, after: $after) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        edges {
          node {
            id
            code
            session {
              uuid
            }
          }
        }
      }
    }
  }
`;

interface Mine {
  viewer: {
    trainingCertificates: {
      totalCount: number;
      pageInfo: { hasNextPage: boolean; endCursor: string | null };
      edges: { node: { id: string; code: string; session: { uuid: string } } }[];
    };
  };
}

describe('Viewer.trainingCertificates', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi();
  });
  afterAll(async () => {
    await api.stop();
  });

  it("lists the person's own certificates newest first, a page at a time, and nobody else's (node(id) neither)", async () => {
    // given a person certified in two sessions, and someone else certified in one of them
    const officer = await officerCookie(api);
    const organization = await createOrganization(api);
    const person = await createTestPerson(api, {
      memberships: [{ organizationId: organization.uuid, role: 'VIEWER' }],
    });
    const cookie = await signIn(api, person.email, person.password);
    const issue = async (registrationId: string): Promise<IssuedCertificate> => {
      await markAttended(api, officer, registrationId, [1, 2]);
      const response = await api.graphql<{ trainingCertificateIssue: { certificate: IssuedCertificate } }>(
        ISSUE_CERTIFICATE,
        { input: { registrationId } },
        { headers: { cookie: officer } },
      );
      return response.body.data!.trainingCertificateIssue.certificate;
    };
    const issued: IssuedCertificate[] = [];
    for (let i = 0; i < 2; i++) {
      const session = await createSession(api, officer, await createCourse(api, officer));
      const mine = await register(api, { cookie }, { sessionId: session.id, organizationId: organization.id });
      issued.push(await issue(mine.registration!.id));
    }
    const { participants } = await sessionWithParticipants(api, officer, ['Someone Else']);
    await issue(participants[0]!.registrationId);

    // when the person reads their certificates one per page
    const first = await api.graphql<Mine>(MINE, {}, { headers: { cookie } });
    const page1 = first.body.data!.viewer.trainingCertificates;
    const second = await api.graphql<Mine>(MINE, { after: page1.pageInfo.endCursor }, { headers: { cookie } });
    const page2 = second.body.data!.viewer.trainingCertificates;

    // then both of theirs, newest first, and no other
    expect(page1.totalCount).toBe(2);
    expect(page1.pageInfo.hasNextPage).toBe(true);
    expect(page2.pageInfo.hasNextPage).toBe(false);
    expect([...page1.edges, ...page2.edges].map((e) => e.node.code)).toEqual([issued[1]!.code, issued[0]!.code]);

    // and node(id) gives a certificate to its holder, nothing to another participant
    const NODE = `query($id: ID!) { node(id: $id) { ... on TrainingCertificate { code } } }`;
    const byHolder = await api.graphql<{ node: { code: string } | null }>(
      NODE,
      { id: issued[0]!.id },
      { headers: { cookie } },
    );
    const byOther = await api.graphql<{ node: unknown }>(
      NODE,
      { id: issued[0]!.id },
      { headers: participants[0]!.headers },
    );
    expect(byHolder.body.data!.node).toEqual({ code: issued[0]!.code });
    expect(byOther.body.data!.node).toBeNull();
  });
});
