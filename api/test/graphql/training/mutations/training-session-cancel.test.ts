import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { knexRows } from '../../../../src/database/sql.js';
import { startTestApi, type TestApi } from '../../../support/api.js';
import {
  createCourse,
  createOrganization,
  createParticipants,
  createSession,
  officerCookie,
  register,
  sessionState,
} from '../training-support.js';

const CANCEL_SESSION = /* GraphQL */ `
  mutation ($input: TrainingSessionCancelInput!) {
    trainingSessionCancel(input: $input) {
      session {
        status
        cancellationReason
        confirmedCount
        waitlistCount
      }
      userErrors {
        field
        code
      }
    }
  }
`;

interface CancelResult {
  trainingSessionCancel: {
    session: { status: string; cancellationReason: string; confirmedCount: number; waitlistCount: number } | null;
    userErrors: { field: string[] | null; code: string }[];
  };
}

describe('trainingSessionCancel', () => {
  let api: TestApi;
  let officer = '';
  let courseId = '';
  beforeAll(async () => {
    api = await startTestApi();
    officer = await officerCookie(api);
    courseId = await createCourse(api, officer);
  });
  afterAll(async () => {
    await api.stop();
  });

  const cancel = async (sessionId: string, reason: string, headers: Record<string, string> = { cookie: officer }) =>
    api.graphql<CancelResult>(CANCEL_SESSION, { input: { sessionId, reason } }, { headers });

  it('cancels every registration, emails each person in Arabic and English with the reason, and audits it', async () => {
    // given a session with 2 confirmed and 1 waitlisted
    const organization = await createOrganization(api);
    const session = await createSession(api, officer, courseId, { seats: 2 });
    const people = await createParticipants(api, 3, organization.uuid);
    for (const person of people) {
      await register(api, person.headers, { sessionId: session.id, organizationId: organization.id });
    }
    // when an officer cancels it
    const response = await cancel(session.id, 'The trainer fell ill');
    // then the session is cancelled, nobody holds a seat or a place
    expect(response.body.errors).toBeUndefined();
    expect(response.body.data!.trainingSessionCancel).toEqual({
      session: { status: 'CANCELLED', cancellationReason: 'The trainer fell ill', confirmedCount: 0, waitlistCount: 0 },
      userErrors: [],
    });
    const state = await sessionState(api, session.uuid);
    expect(state.rows.map((r) => r.status)).toEqual(['CANCELLED', 'CANCELLED', 'CANCELLED']);
    expect(state.rows.every((r) => r.waitlist_position === null)).toBe(true);
    // each person is emailed once, in both languages, with the reason
    const emails = await knexRows<{ recipient: string; subject: string; body_text: string }>(
      api.orm.em.getKnex(),
      `select recipient, subject, body_text from email_outbox where kind = 'TRAINING_SESSION_CANCELLED' and recipient = any(?)`,
      [people.map((p) => p.email)],
    );
    expect(emails.map((e) => e.recipient).sort()).toEqual(people.map((p) => p.email).sort());
    for (const email of emails) {
      expect(email.subject).toContain('إلغاء الدورة');
      expect(email.subject).toContain('Session cancelled');
      expect(email.body_text).toContain('The trainer fell ill');
      expect(email.body_text).toContain('أُلغيت دورة');
    }
    const audit = await knexRows<{ to_state: string; reason: string }>(
      api.orm.em.getKnex(),
      `select to_state, reason from audit_event where action = 'TRAINING_SESSION_CANCELLED' and subject_id = ?`,
      [session.uuid],
    );
    expect(audit).toEqual([{ to_state: 'CANCELLED', reason: 'The trainer fell ill' }]);
  });

  it('refuses a second cancellation (nobody emailed again) and a cancellation without a reason', async () => {
    const organization = await createOrganization(api);
    const session = await createSession(api, officer, courseId);
    const [person] = await createParticipants(api, 1, organization.uuid);
    await register(api, person!.headers, { sessionId: session.id, organizationId: organization.id });
    const blank = await cancel(session.id, '   ');
    expect(blank.body.data!.trainingSessionCancel.userErrors).toEqual([
      { field: ['input', 'reason'], code: 'INVALID_VALUE' },
    ]);
    expect((await sessionState(api, session.uuid)).confirmed).toBe(1);
    await cancel(session.id, 'Venue closed');
    const again = await cancel(session.id, 'Venue closed');
    expect(again.body.data!.trainingSessionCancel.userErrors).toEqual([
      { field: ['input', 'sessionId'], code: 'ALREADY_CANCELLED' },
    ]);
    const emails = await knexRows(
      api.orm.em.getKnex(),
      `select 1 from email_outbox where kind = 'TRAINING_SESSION_CANCELLED' and recipient = ?`,
      [person!.email],
    );
    expect(emails).toHaveLength(1);
  });

  it('is for officers only', async () => {
    const session = await createSession(api, officer, courseId);
    const [person] = await createParticipants(api, 1);
    const response = await cancel(session.id, 'no', person!.headers);
    expect(response.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const [row] = await knexRows<{ cancelled_at: Date | null }>(
      api.orm.em.getKnex(),
      'select cancelled_at from training_session where id = ?',
      [session.uuid],
    );
    expect(row!.cancelled_at).toBeNull();
  });
});
