import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../../../support/api.js';
import {
  createCourse,
  createOrganization,
  createParticipants,
  createSession,
  officerCookie,
  register,
} from '../training-support.js';

const QUERY = /* GraphQL */ `
  query ($id: ID!, $includeCancelled: Boolean) {
    organization(id: $id) {
      trainingRegistrations(first: 10, includeCancelled: $includeCancelled) {
        totalCount
        edges {
          node {
            id
            status
            participantName
            session {
              id
            }
          }
        }
      }
    }
  }
`;

interface Result {
  organization: {
    trainingRegistrations: {
      totalCount: number;
      edges: { node: { id: string; status: string; participantName: string | null; session: { id: string } } }[];
    };
  } | null;
}

describe('Organization.trainingRegistrations', () => {
  let api: TestApi;
  let officer = '';
  let organization: { id: string; uuid: string };
  let session: { id: string; uuid: string };
  let members: Awaited<ReturnType<typeof createParticipants>>;
  beforeAll(async () => {
    api = await startTestApi();
    officer = await officerCookie(api);
    const course = await createCourse(api, officer);
    session = await createSession(api, officer, course, { seats: 1 });
    organization = await createOrganization(api);
    const other = await createOrganization(api);
    members = await createParticipants(api, 2, organization.uuid);
    const [outsider] = await createParticipants(api, 1, other.uuid);
    for (const member of members) {
      await register(api, member.headers, { sessionId: session.id, organizationId: organization.id });
    }
    await register(api, outsider!.headers, { sessionId: session.id, organizationId: other.id });
  });
  afterAll(async () => {
    await api.stop();
  });

  it("lists the organisation's registrations (only its own) to a member, newest first", async () => {
    const response = await api.graphql<Result>(QUERY, { id: organization.id }, { headers: members[0]!.headers });
    expect(response.body.errors).toBeUndefined();
    const list = response.body.data!.organization!.trainingRegistrations;
    expect(list.totalCount).toBe(2);
    expect(list.edges.map((e) => [e.node.status, e.node.participantName])).toEqual([
      ['WAITLISTED', 'Participant 2'],
      ['CONFIRMED', 'Participant 1'],
    ]);
    expect(list.edges[0]!.node.session.id).toBe(session.id);
  });

  it('shows it to officers, and refuses people outside the organisation', async () => {
    const asOfficer = await api.graphql<Result>(QUERY, { id: organization.id }, { headers: { cookie: officer } });
    expect(asOfficer.body.data!.organization!.trainingRegistrations.totalCount).toBe(2);
    const [stranger] = await createParticipants(api, 1);
    const refused = await api.graphql<Result>(QUERY, { id: organization.id }, { headers: stranger!.headers });
    expect(refused.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const anonymous = await api.graphql<Result>(QUERY, { id: organization.id });
    expect(anonymous.body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it("gives a registration by node(id) to the organisation's members only", async () => {
    const listed = await api.graphql<Result>(QUERY, { id: organization.id }, { headers: members[0]!.headers });
    const id = listed.body.data!.organization!.trainingRegistrations.edges[0]!.node.id;
    const NODE = `query($id: ID!) { node(id: $id) { ... on TrainingOrganizationRegistration { status participantName } } }`;
    const member = await api.graphql<{ node: unknown }>(NODE, { id }, { headers: members[1]!.headers });
    expect(member.body.data!.node).toEqual({ status: 'WAITLISTED', participantName: 'Participant 2' });
    const [stranger] = await createParticipants(api, 1);
    const refused = await api.graphql<{ node: unknown }>(NODE, { id }, { headers: stranger!.headers });
    expect(refused.body.data!.node).toBeNull();
  });

  it('reads a page at a time', async () => {
    const PAGE = `query($id: ID!, $after: String) { organization(id: $id) { trainingRegistrations(first: 1, after: $after) {
      pageInfo { hasNextPage endCursor } edges { node { participantName } } } } }`;
    type Page = {
      organization: {
        trainingRegistrations: {
          pageInfo: { hasNextPage: boolean; endCursor: string };
          edges: { node: { participantName: string } }[];
        };
      };
    };
    const first = await api.graphql<Page>(PAGE, { id: organization.id }, { headers: { cookie: officer } });
    const one = first.body.data!.organization.trainingRegistrations;
    expect(one.pageInfo.hasNextPage).toBe(true);
    const second = await api.graphql<Page>(
      PAGE,
      { id: organization.id, after: one.pageInfo.endCursor },
      { headers: { cookie: officer } },
    );
    const two = second.body.data!.organization.trainingRegistrations;
    expect([...one.edges, ...two.edges].map((e) => e.node.participantName)).toEqual(['Participant 2', 'Participant 1']);
    expect(two.pageInfo.hasNextPage).toBe(false);
  });
});
