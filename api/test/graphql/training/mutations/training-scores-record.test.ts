/**
 * Pre- and post-test scores, the learning gain per participant and per session, the pass mark in completion, and
 * the trainer's reach: their own sessions only.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../../../support/api.js';
import { createTestPerson, signIn } from '../../../support/accounts.js';
import {
  createCourse,
  createOrganization,
  createParticipants,
  createSession,
  officerCookie,
  register,
} from '../training-support.js';

const SCORES = /* GraphQL */ `
  mutation ($input: TrainingScoresRecordInput!) {
    trainingScoresRecord(input: $input) {
      registration {
        scores {
          preTest
          postTest
          learningGain
        }
        completed
      }
      userErrors {
        field
        code
      }
    }
  }
`;
const MARK = /* GraphQL */ `
  mutation ($input: TrainingAttendanceMarkInput!) {
    trainingAttendanceMark(input: $input) {
      userErrors {
        field
        code
      }
    }
  }
`;
const TRAINERS = /* GraphQL */ `
  mutation ($input: TrainingSessionTrainersSetInput!) {
    trainingSessionTrainersSet(input: $input) {
      session {
        trainerAccounts {
          email
        }
      }
      userErrors {
        field
        code
      }
    }
  }
`;

interface ScoresPayload {
  trainingScoresRecord: {
    registration: {
      scores: { preTest: number | null; postTest: number | null; learningGain: number | null };
      completed: boolean;
    } | null;
    userErrors: { field: string[]; code: string }[];
  };
}

describe('trainingScoresRecord and the trainers of a session', () => {
  let api: TestApi;
  let officer = '';
  beforeAll(async () => {
    api = await startTestApi();
    officer = await officerCookie(api);
  });
  afterAll(async () => {
    await api.stop();
  });

  const setting = async () => {
    const course = await createCourse(api, officer, { completionPassMark: 60 });
    const session = await createSession(api, officer, course);
    const other = await createSession(api, officer, course);
    const organization = await createOrganization(api);
    const [a, b, c] = await createParticipants(api, 3, organization.uuid);
    const input = (sessionId: string) => ({ sessionId, organizationId: organization.id });
    const first = (await register(api, a!.headers, input(session.id))).registration!.id;
    const second = (await register(api, b!.headers, input(session.id))).registration!.id;
    const elsewhere = (await register(api, c!.headers, input(other.id))).registration!.id;
    const trainer = await createTestPerson(api);
    const trainerCookie = await signIn(api, trainer.email, trainer.password);
    const named = await api.graphql<{ trainingSessionTrainersSet: { userErrors: unknown[] } }>(
      TRAINERS,
      { input: { sessionId: session.id, trainerEmails: [trainer.email] } },
      { headers: { cookie: officer } },
    );
    expect(named.body.data!.trainingSessionTrainersSet.userErrors).toEqual([]);
    return { session, other, first, second, elsewhere, trainerCookie };
  };

  const scores = async (cookie: string, input: Record<string, unknown>) => {
    const response = await api.graphql<ScoresPayload>(SCORES, { input }, { headers: { cookie } });
    expect(response.body.errors).toBeUndefined();
    return response.body.data!.trainingScoresRecord;
  };

  it('refuses a score outside 0 to 100 with a typed error naming the field, writing nothing', async () => {
    // given
    const { first } = await setting();
    // when / then
    expect((await scores(officer, { registrationId: first, preTest: 40, postTest: 101 })).userErrors).toEqual([
      { field: ['input', 'postTest'], code: 'SCORE_OUT_OF_RANGE' },
    ]);
    expect((await scores(officer, { registrationId: first, preTest: -1 })).userErrors).toEqual([
      { field: ['input', 'preTest'], code: 'SCORE_OUT_OF_RANGE' },
    ]);
    const unchanged = await scores(officer, { registrationId: first });
    expect(unchanged.registration!.scores).toEqual({ preTest: null, postTest: null, learningGain: null });
  });

  it("gives the learning gain per participant and per session, and uses the course's pass mark for completion", async () => {
    // given two participants present both days
    const { session, first, second, trainerCookie } = await setting();
    for (const registrationId of [first, second]) {
      for (const dayPosition of [1, 2]) {
        const marked = await api.graphql<{ trainingAttendanceMark: { userErrors: unknown[] } }>(
          MARK,
          { input: { registrationId, dayPosition, present: true } },
          { headers: { cookie: trainerCookie } },
        );
        expect(marked.body.data!.trainingAttendanceMark.userErrors).toEqual([]);
      }
    }
    // when the trainer records their scores (pass mark 60)
    const passed = await scores(trainerCookie, { registrationId: first, preTest: 40, postTest: 70 });
    const failed = await scores(trainerCookie, { registrationId: second, preTest: 45, postTest: 55 });
    // then
    expect(passed).toEqual({
      registration: { scores: { preTest: 40, postTest: 70, learningGain: 30 }, completed: true },
      userErrors: [],
    });
    expect(failed.registration).toEqual({ scores: { preTest: 45, postTest: 55, learningGain: 10 }, completed: false });
    const gain = await api.graphql<{ trainingSession: { learningGain: { mean: number; n: number } } }>(
      `query($id: ID!) { trainingSession(id: $id) { learningGain { mean n } } }`,
      { id: session.id },
      { headers: { cookie: trainerCookie } },
    );
    expect(gain.body.data!.trainingSession.learningGain).toEqual({ mean: 20, n: 2 });
  });

  it("limits a trainer to their own sessions: another session's registrations are out of reach", async () => {
    // given
    const { other, elsewhere, trainerCookie } = await setting();
    // when the trainer marks or scores someone of another session
    const marked = await api.graphql<{ trainingAttendanceMark: { userErrors: unknown[] } }>(
      MARK,
      { input: { registrationId: elsewhere, dayPosition: 1, present: true } },
      { headers: { cookie: trainerCookie } },
    );
    // (the trainer's own list holds their session only)
    const mine = await api.graphql<{
      viewer: { trainingSessionsAsTrainer: { totalCount: number; edges: { node: { id: string } }[] } };
    }>(`{ viewer { trainingSessionsAsTrainer(first: 10) { totalCount edges { node { id } } } } }`, undefined, {
      headers: { cookie: trainerCookie },
    });
    expect(mine.body.data!.viewer.trainingSessionsAsTrainer.totalCount).toBe(1);
    expect(mine.body.data!.viewer.trainingSessionsAsTrainer.edges[0]!.node.id).not.toBe(other.id);
    // then it is as if the registration did not exist
    expect(marked.body.data!.trainingAttendanceMark.userErrors).toEqual([
      { field: ['input', 'registrationId'], code: 'REGISTRATION_NOT_FOUND' },
    ]);
    expect((await scores(trainerCookie, { registrationId: elsewhere, postTest: 90 })).userErrors).toEqual([
      { field: ['input', 'registrationId'], code: 'REGISTRATION_NOT_FOUND' },
    ]);
    // and its registrants are refused
    const registrants = await api.graphql(
      `query($id: ID!) { trainingSession(id: $id) { registrations(first: 5) { totalCount } } }`,
      { id: other.id },
      { headers: { cookie: trainerCookie } },
    );
    expect(registrants.body.errors?.map((e) => e.extensions?.code)).toEqual(['FORBIDDEN']);
    // a person who trains no session is refused the mutations outright
    const someone = await createTestPerson(api);
    const cookie = await signIn(api, someone.email, someone.password);
    const refused = await api.graphql(
      SCORES,
      { input: { registrationId: elsewhere, postTest: 90 } },
      { headers: { cookie } },
    );
    expect(refused.body.errors?.map((e) => e.extensions?.code)).toEqual(['FORBIDDEN']);
  });

  it('refuses an email that is no account when naming trainers', async () => {
    const { session } = await setting();
    const named = await api.graphql<{ trainingSessionTrainersSet: { userErrors: unknown[] } }>(
      TRAINERS,
      { input: { sessionId: session.id, trainerEmails: ['nobody-here@example.org'] } },
      { headers: { cookie: officer } },
    );
    expect(named.body.data!.trainingSessionTrainersSet.userErrors).toEqual([
      { field: ['input', 'trainerEmails', '0'], code: 'UNKNOWN_ACCOUNT' },
    ]);
  });
});
