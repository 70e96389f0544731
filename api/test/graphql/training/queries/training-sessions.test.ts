import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../../../support/api.js';
import {
  createCourse,
  createOrganization,
  createParticipants,
  createSession,
  officerCookie,
  register,
  type Participant,
} from '../training-support.js';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const at = (offset: number) => new Date(Date.now() + offset).toISOString();

const CATALOGUE = /* GraphQL */ `
  query Catalogue($first: Int, $filter: TrainingSessionFilter) {
    trainingSessions(first: $first, filter: $filter) {
      totalCount
      edges {
        node {
          id
          status
          seatsLeft
          online
          onlineUrl
          language
          course {
            title {
              en
            }
            topic {
              code
              name {
                ar
                en
              }
            }
          }
          days {
            startsAt
            endsAt
          }
          venue {
            governorate {
              code
              name {
                en
              }
            }
            stepFreeAccess
          }
          viewerRegistration {
            status
          }
        }
      }
    }
  }
`;

interface Catalogue {
  trainingSessions: {
    totalCount: number;
    edges: {
      node: {
        id: string;
        status: string;
        seatsLeft: number;
        online: boolean;
        onlineUrl: string | null;
        course: { topic: { code: string } };
        venue: { governorate: { code: string } } | null;
        viewerRegistration: { status: string } | null;
      };
    }[];
  };
}

describe('query trainingSessions (the catalogue)', () => {
  let api: TestApi;
  let officer = '';
  let onlineId = '';
  let fullId = '';
  let confirmed: Participant;
  let waitlisted: Participant;
  beforeAll(async () => {
    api = await startTestApi();
    officer = await officerCookie(api);
    const finance = await createCourse(api, officer);
    const inclusion = await createCourse(api, officer, { topic: 'DISABILITY_INCLUSION', titleEn: 'Inclusion' });
    const governorates = ['JO-AM', 'JO-IR', 'JO-AZ', 'JO-MA', 'JO-KA', 'JO-AQ'];
    for (let i = 0; i < 24; i += 1) {
      await createSession(api, officer, i % 2 ? finance : inclusion, {
        governorate: governorates[i % governorates.length],
        days: [{ startsAt: at((10 + i) * DAY), endsAt: at((10 + i) * DAY + 6 * HOUR) }],
      });
    }
    onlineId = (
      await createSession(api, officer, inclusion, {
        governorate: null,
        onlineUrl: 'https://meet.example.org/inclusion',
        seats: 1,
      })
    ).id;
    fullId = onlineId;
    // a session that has ended is not in the catalogue unless asked for
    await createSession(api, officer, finance, {
      days: [{ startsAt: at(-3 * DAY), endsAt: at(-3 * DAY + HOUR) }],
      registrationOpensAt: at(-10 * DAY),
      registrationDeadline: at(-4 * DAY),
    });
    const organization = await createOrganization(api);
    const people = await createParticipants(api, 2, organization.uuid);
    confirmed = people[0]!;
    waitlisted = people[1]!;
    await register(api, confirmed!.headers, { sessionId: onlineId, organizationId: organization.id });
    await register(api, waitlisted!.headers, { sessionId: onlineId, organizationId: organization.id });
  });
  afterAll(async () => {
    await api.stop();
  });

  const catalogue = async (variables: Record<string, unknown>, headers: Record<string, string> = {}) => {
    const response = await api.graphql<Catalogue>(CATALOGUE, variables, { headers });
    expect(response.body.errors).toBeUndefined();
    return response.body.data!.trainingSessions;
  };

  it('lists sessions still to come, soonest first, and filters them', async () => {
    expect((await catalogue({ first: 5 })).totalCount).toBe(25);
    expect((await catalogue({ filter: { includePast: true } })).totalCount).toBe(26);
    const inclusion = await catalogue({ first: 50, filter: { topics: ['DISABILITY_INCLUSION'] } });
    expect(inclusion.totalCount).toBe(13);
    expect(inclusion.edges.every((e) => e.node.course.topic.code === 'DISABILITY_INCLUSION')).toBe(true);
    const irbid = await catalogue({ first: 50, filter: { governorates: ['JO-IR'] } });
    expect(irbid.edges.map((e) => e.node.venue!.governorate.code)).toEqual(['JO-IR', 'JO-IR', 'JO-IR', 'JO-IR']);
    expect((await catalogue({ filter: { online: true } })).edges.map((e) => e.node.id)).toEqual([onlineId]);
    // seats left: the full online session drops out
    const open = await catalogue({ first: 50, filter: { seatsLeft: true } });
    expect(open.totalCount).toBe(24);
    expect(open.edges.some((e) => e.node.id === fullId)).toBe(false);
    // a month: sessions starting within it
    const window = await catalogue({ first: 50, filter: { startsFrom: at(9.5 * DAY), startsBefore: at(14.5 * DAY) } });
    // days 10 to 14, and the online session (day 10)
    expect(window.totalCount).toBe(6);
  });

  it('shows the online link to confirmed participants only', async () => {
    const online = (headers: Record<string, string>) =>
      catalogue({ filter: { online: true } }, headers).then((c) => c.edges[0]!.node);
    expect(await online({})).toMatchObject({ status: 'FULL', onlineUrl: null, viewerRegistration: null, seatsLeft: 0 });
    expect(await online(waitlisted.headers)).toMatchObject({
      onlineUrl: null,
      viewerRegistration: { status: 'WAITLISTED' },
    });
    expect(await online(confirmed.headers)).toMatchObject({
      onlineUrl: 'https://meet.example.org/inclusion',
      viewerRegistration: { status: 'CONFIRMED' },
    });
    expect(await online({ cookie: officer })).toMatchObject({ onlineUrl: 'https://meet.example.org/inclusion' });
  });

  it('keeps registrants away from the public', async () => {
    const response = await api.graphql(
      `query($id: ID!) { trainingSession(id: $id) { registrations(first: 5) { totalCount } } }`,
      { id: onlineId },
    );
    expect(response.body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const person = await api.graphql(
      `query($id: ID!) { trainingSession(id: $id) { registrations(first: 5) { totalCount } } }`,
      { id: onlineId },
      { headers: confirmed.headers },
    );
    expect(person.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('costs the same fixed number of SQL statements for a page of 5 sessions as for 20', async () => {
    const run = (first: number, headers: Record<string, string> = {}) =>
      api.statements(() => api.graphql<Catalogue>(CATALOGUE, { first }, { headers }));
    // the code lists and topics are read once per process and database, then cached
    await run(1);
    const five = await run(5);
    const twenty = await run(20);
    expect(five.result.body.data!.trainingSessions.edges).toHaveLength(5);
    expect(twenty.result.body.data!.trainingSessions.edges).toHaveLength(20);
    // the rate-limit counter, the page and its total, the courses, the days
    expect(five.sql).toHaveLength(5);
    expect(twenty.sql).toHaveLength(five.sql.length);
    // signed in: one more, the person's own registrations of the page (for viewerRegistration and onlineUrl)
    const signedFive = await run(5, confirmed.headers);
    const signedTwenty = await run(20, confirmed.headers);
    expect(signedTwenty.sql).toHaveLength(signedFive.sql.length);
  });
});
