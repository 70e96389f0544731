import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../../../support/api.js';
import {
  CANCEL,
  createCourse,
  createOrganization,
  createParticipants,
  createSession,
  officerCookie,
  outboxOf,
  range,
  register,
  sessionState,
} from '../training-support.js';

const HOUR = 3_600_000;
const iso = (offset: number) => new Date(Date.now() + offset).toISOString();

interface CancelResult {
  trainingRegistrationCancel: {
    registration: { id: string; status: string } | null;
    userErrors: { field: string[] | null; code: string }[];
  };
}

describe('trainingRegistrationCancel, trainingRegistrationMove, trainingSessionUpdate and accommodations', () => {
  let api: TestApi;
  let officer = '';
  let courseId = '';
  let organization: { id: string; uuid: string };
  beforeAll(async () => {
    api = await startTestApi();
    officer = await officerCookie(api);
    courseId = await createCourse(api, officer);
    organization = await createOrganization(api);
  });
  afterAll(async () => {
    await api.stop();
  });

  const cancel = async (headers: Record<string, string>, registrationId: string) => {
    const response = await api.graphql<CancelResult>(CANCEL, { input: { registrationId } }, { headers });
    expect(response.body.errors).toBeUndefined();
    return response.body.data!.trainingRegistrationCancel;
  };

  it('lets a waitlisted person leave: the places after them move up', async () => {
    const session = await createSession(api, officer, courseId, { seats: 1 });
    const people = await createParticipants(api, 4, organization.uuid);
    const ids: string[] = [];
    for (const p of people) {
      ids.push(
        (await register(api, p.headers, { sessionId: session.id, organizationId: organization.id })).registration!.id,
      );
    }
    // when the second waitlisted leaves
    expect((await cancel(people[2]!.headers, ids[2]!)).userErrors).toEqual([]);
    // then the third is second now, nobody was promoted
    const state = await sessionState(api, session.uuid);
    expect(state.waitlisted).toEqual(range(2));
    expect(state.rows.find((r) => r.user_id === people[3]!.userId)!.waitlist_position).toBe(2);
    expect(state.confirmed).toBe(1);
  });

  it("refuses someone else's registration, a second cancellation, and the person's own after the deadline (not an officer's)", async () => {
    const session = await createSession(api, officer, courseId, { cancellationDeadline: iso(-HOUR) });
    const [owner, other] = await createParticipants(api, 2, organization.uuid);
    const id = (await register(api, owner!.headers, { sessionId: session.id, organizationId: organization.id }))
      .registration!.id;
    expect((await cancel(other!.headers, id)).userErrors.map((e) => e.code)).toEqual(['REGISTRATION_NOT_FOUND']);
    expect((await cancel(owner!.headers, id)).userErrors).toEqual([
      expect.objectContaining({ field: ['input', 'registrationId'], code: 'CANCELLATION_DEADLINE_PASSED' }),
    ]);
    // an officer may, and the person is emailed
    expect((await cancel({ cookie: officer }, id)).registration!.status).toBe('CANCELLED');
    expect((await outboxOf(api, ['TRAINING_REGISTRATION_CANCELLED'])).map((e) => e.recipient)).toContain(owner!.email);
    expect((await cancel({ cookie: officer }, id)).userErrors.map((e) => e.code)).toEqual(['ALREADY_CANCELLED']);
  });

  it('promotes the head of the waitlist when an officer adds seats, and refuses fewer seats than confirmed', async () => {
    const session = await createSession(api, officer, courseId, { seats: 2 });
    const people = await createParticipants(api, 5, organization.uuid);
    for (const p of people) await register(api, p.headers, { sessionId: session.id, organizationId: organization.id });
    const update = (input: Record<string, unknown>) =>
      api.graphql<{
        trainingSessionUpdate: {
          session: { seatsLeft: number; waitlistCount: number } | null;
          userErrors: { code: string }[];
        };
      }>(
        `mutation($input: TrainingSessionUpdateInput!) { trainingSessionUpdate(input: $input) { session { seatsLeft waitlistCount } userErrors { code } } }`,
        { input: { sessionId: session.id, ...input } },
        { headers: { cookie: officer } },
      );
    expect((await update({ seats: 1 })).body.data!.trainingSessionUpdate.userErrors.map((e) => e.code)).toEqual([
      'SEATS_BELOW_CONFIRMED',
    ]);
    const grown = (await update({ seats: 4 })).body.data!.trainingSessionUpdate;
    expect(grown.session).toEqual({ seatsLeft: 0, waitlistCount: 1 });
    const state = await sessionState(api, session.uuid);
    expect(state.confirmed).toBe(4);
    expect(state.waitlisted).toEqual([1]);
    expect(state.rows.find((r) => r.user_id === people[4]!.userId)!.waitlist_position).toBe(1);
  });

  it('moves a registration to another session: the first moves up, the second seats or waitlists it', async () => {
    const from = await createSession(api, officer, courseId, { seats: 1 });
    const to = await createSession(api, officer, courseId, { seats: 1 });
    const [a, b, c] = await createParticipants(api, 3, organization.uuid);
    const input = (sessionId: string) => ({ sessionId, organizationId: organization.id });
    const ra = (await register(api, a!.headers, input(from.id))).registration!;
    await register(api, b!.headers, input(from.id));
    await register(api, c!.headers, input(to.id));
    const move = await api.graphql<{
      trainingRegistrationMove: {
        registration: { status: string; waitlistPosition: number } | null;
        userErrors: unknown[];
      };
    }>(
      `mutation($input: TrainingRegistrationMoveInput!) { trainingRegistrationMove(input: $input) { registration { status waitlistPosition } userErrors { code } } }`,
      { input: { registrationId: ra.id, sessionId: to.id } },
      { headers: { cookie: officer } },
    );
    expect(move.body.data!.trainingRegistrationMove).toEqual({
      registration: { status: 'WAITLISTED', waitlistPosition: 1 },
      userErrors: [],
    });
    const left = await sessionState(api, from.uuid);
    expect(left.rows.find((r) => r.user_id === b!.userId)!.status).toBe('CONFIRMED');
    expect(left.counts).toEqual({ confirmed_count: 1, waitlist_count: 0 });
    expect((await sessionState(api, to.uuid)).counts).toEqual({ confirmed_count: 1, waitlist_count: 1 });
  });

  it('lets officers see registrants with their accommodations and confirm them; the person sees their own', async () => {
    const session = await createSession(api, officer, courseId);
    const [person] = await createParticipants(api, 1, organization.uuid);
    const registration = (
      await register(api, person!.headers, {
        sessionId: session.id,
        organizationId: organization.id,
        accommodations: { transport: true, accessibleMaterials: true },
      })
    ).registration!;
    const confirm = await api.graphql<{
      trainingRegistrationAccommodationsConfirm: { registration: { accommodations: { confirmedAt: string | null } } };
    }>(
      `mutation($input: TrainingRegistrationAccommodationsConfirmInput!) { trainingRegistrationAccommodationsConfirm(input: $input) { registration { accommodations { confirmedAt } } } }`,
      { input: { registrationId: registration.id } },
      { headers: { cookie: officer } },
    );
    expect(
      confirm.body.data!.trainingRegistrationAccommodationsConfirm.registration.accommodations.confirmedAt,
    ).not.toBeNull();
    const list = await api.graphql<{
      trainingSession: {
        registrations: {
          totalCount: number;
          edges: {
            node: {
              participant: { email: string };
              accommodations: { transport: boolean };
              organization: { id: string };
            };
          }[];
        };
      };
    }>(
      `query($id: ID!) { trainingSession(id: $id) { registrations(first: 10) { totalCount edges { node { participant { email } accommodations { transport } organization { id } } } } } }`,
      { id: session.id },
      { headers: { cookie: officer } },
    );
    expect(list.body.data!.trainingSession.registrations.edges[0]!.node).toEqual({
      participant: { email: person!.email },
      accommodations: { transport: true },
      organization: { id: organization.id },
    });
    // the person sees their own through node(id) and viewer; another person does not
    const own = await api.graphql<{ node: { status: string } | null }>(
      `query($id: ID!) { node(id: $id) { ... on TrainingRegistration { status } } }`,
      { id: registration.id },
      { headers: person!.headers },
    );
    expect(own.body.data!.node).toEqual({ status: 'CONFIRMED' });
    const [stranger] = await createParticipants(api, 1);
    const hidden = await api.graphql<{ node: unknown }>(
      `query($id: ID!) { node(id: $id) { ... on TrainingRegistration { status } } }`,
      { id: registration.id },
      { headers: stranger!.headers },
    );
    expect(hidden.body.data!.node).toBeNull();
    const mine = await api.graphql<{ viewer: { trainingRegistrations: { totalCount: number } } }>(
      `{ viewer { trainingRegistrations(first: 5) { totalCount } } }`,
      undefined,
      { headers: person!.headers },
    );
    expect(mine.body.data!.viewer.trainingRegistrations.totalCount).toBe(1);
  });
});
