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

const MARK = /* GraphQL */ `
  mutation ($input: TrainingAttendanceMarkInput!) {
    trainingAttendanceMark(input: $input) {
      registration {
        attendance {
          dayPosition
          present
        }
      }
      userErrors {
        field
        code
      }
    }
  }
`;

interface Marked {
  trainingAttendanceMark: {
    registration: { attendance: { dayPosition: number; present: boolean }[] } | null;
    userErrors: { field: string[]; code: string }[];
  };
}

describe('trainingAttendanceMark', () => {
  let api: TestApi;
  let officer = '';
  beforeAll(async () => {
    api = await startTestApi();
    officer = await officerCookie(api);
  });
  afterAll(async () => {
    await api.stop();
  });

  const mark = async (input: Record<string, unknown>) => {
    const response = await api.graphql<Marked>(MARK, { input }, { headers: { cookie: officer } });
    expect(response.body.errors).toBeUndefined();
    return response.body.data!.trainingAttendanceMark;
  };

  it('marks a confirmed participant per day, corrects a mark, and refuses the waitlisted and a day outside the session', async () => {
    // given a two-day, one-seat session with a participant and one waitlisted
    const session = await createSession(api, officer, await createCourse(api, officer), { seats: 1 });
    const organization = await createOrganization(api);
    const [seated, waiting] = await createParticipants(api, 2, organization.uuid);
    const input = { sessionId: session.id, organizationId: organization.id };
    const confirmed = (await register(api, seated!.headers, input)).registration!;
    const waitlisted = (await register(api, waiting!.headers, input)).registration!;
    // when an officer marks both days, then corrects the second
    await mark({ registrationId: confirmed.id, dayPosition: 1, present: true });
    await mark({ registrationId: confirmed.id, dayPosition: 2, present: true });
    const corrected = await mark({ registrationId: confirmed.id, dayPosition: 2, present: false });
    // then
    expect(corrected).toEqual({
      registration: {
        attendance: [
          { dayPosition: 1, present: true },
          { dayPosition: 2, present: false },
        ],
      },
      userErrors: [],
    });
    // someone not a confirmed participant, and a day the session does not have
    expect((await mark({ registrationId: waitlisted.id, dayPosition: 1, present: true })).userErrors).toEqual([
      { field: ['input', 'registrationId'], code: 'NOT_REGISTERED' },
    ]);
    expect((await mark({ registrationId: confirmed.id, dayPosition: 3, present: true })).userErrors).toEqual([
      { field: ['input', 'dayPosition'], code: 'DAY_OUTSIDE_SESSION' },
    ]);
  });
});
