import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { knexRows } from '../../../../src/database/sql.js';
import { startTestApi, type TestApi } from '../../../support/api.js';
import {
  createCourse,
  createOrganization,
  createParticipants,
  createSession,
  officerCookie,
  outboxOf,
  register,
  type Participant,
} from '../training-support.js';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const iso = (offset: number) => new Date(Date.now() + offset).toISOString();

describe('trainingRegistrationCreate', () => {
  let api: TestApi;
  let officer = '';
  let courseId = '';
  let verified: { id: string; uuid: string };
  let member: Participant;
  beforeAll(async () => {
    api = await startTestApi();
    officer = await officerCookie(api);
    courseId = await createCourse(api, officer);
    verified = await createOrganization(api);
    member = (await createParticipants(api, 1, verified.uuid))[0]!;
  });
  afterAll(async () => {
    await api.stop();
  });

  /** Registrations, audit events and emails of the training module: what a refused request must not write. */
  const written = async () => {
    const [row] = await knexRows<{ registrations: number; audit: number; emails: number }>(
      api.orm.em.getKnex(),
      `select (select count(*)::int from training_registration) as registrations,
              (select count(*)::int from audit_event where action like 'TRAINING_REGISTR%') as audit,
              (select count(*)::int from email_outbox where kind like 'TRAINING_%') as emails`,
    );
    return row!;
  };

  const refused = async (
    who: Participant,
    input: Record<string, unknown>,
    code: string,
    field: string[] = ['input', 'sessionId'],
  ) => {
    const before = await written();
    const result = await register(api, who.headers, input);
    expect(result.registration).toBeNull();
    expect(result.userErrors).toEqual([expect.objectContaining({ code, field })]);
    // nothing half-written
    expect(await written()).toEqual(before);
    return result.userErrors[0]!;
  };

  it('confirms a seat, writes the audit event and emails in Arabic and English', async () => {
    // given an open session
    const session = await createSession(api, officer, courseId);
    // when a member of a verified organisation registers with accommodations
    const result = await register(api, member.headers, {
      sessionId: session.id,
      organizationId: verified.id,
      accommodations: { signLanguage: true, carerSeat: true, note: 'Wheelchair user' },
    });
    // then
    expect(result.userErrors).toEqual([]);
    expect(result.registration).toMatchObject({ status: 'CONFIRMED', waitlistPosition: null });
    const [email] = await knexRows<{ recipient: string; subject: string; body_text: string }>(
      api.orm.em.getKnex(),
      `select recipient, subject, body_text from email_outbox where kind = 'TRAINING_REGISTRATION_CONFIRMED'`,
    );
    expect(email!.recipient).toBe(member.email);
    expect(email!.body_text).toContain('تم تأكيد مقعدك');
    expect(email!.body_text).toContain('Your seat in "Financial management for CSOs" is confirmed');
    const [event] = await knexRows<{ to_state: string }>(
      api.orm.em.getKnex(),
      `select to_state from audit_event where action = 'TRAINING_REGISTERED' and subject_id = ?`,
      [result.registration!.uuid],
    );
    expect(event!.to_state).toBe('CONFIRMED');
    // a carer's seat does not take a participant's seat
    const seats = await api.graphql<{ trainingSession: { confirmedCount: number; seatsLeft: number } }>(
      `query($id: ID!) { trainingSession(id: $id) { confirmedCount seatsLeft } }`,
      { id: session.id },
    );
    expect(seats.body.data!.trainingSession).toEqual({ confirmedCount: 1, seatsLeft: 29 });
  });

  it('refuses the same person twice', async () => {
    const session = await createSession(api, officer, courseId);
    await register(api, member.headers, { sessionId: session.id, organizationId: verified.id });
    await refused(member, { sessionId: session.id, organizationId: verified.id }, 'ALREADY_REGISTERED');
  });

  it('returns the first answer to a repeated request with the same idempotency key', async () => {
    // given a session with one seat
    const session = await createSession(api, officer, courseId, { seats: 1 });
    const [person] = await createParticipants(api, 1, verified.uuid);
    const input = { sessionId: session.id, organizationId: verified.id, idempotencyKey: 'tap-1' };
    // when the same request arrives three times, twice at once
    const first = await register(api, person!.headers, input);
    const [second, third] = await Promise.all([
      register(api, person!.headers, input),
      register(api, person!.headers, input),
    ]);
    // then each is the first answer, and one registration, one email exist
    expect(second).toEqual(first);
    expect(third).toEqual(first);
    const emails = (await outboxOf(api, ['TRAINING_REGISTRATION_CONFIRMED'])).filter(
      (e) => e.recipient === person!.email,
    );
    expect(emails).toHaveLength(1);
    // and the key cannot be spent on another session
    const other = await createSession(api, officer, courseId);
    await refused(person!, { ...input, sessionId: other.id }, 'IDEMPOTENCY_KEY_REUSED', ['input', 'idempotencyKey']);
  });

  it('refuses registration before it opens', async () => {
    const session = await createSession(api, officer, courseId, {
      registrationOpensAt: iso(DAY),
      registrationDeadline: iso(5 * DAY),
    });
    const error = await refused(
      member,
      { sessionId: session.id, organizationId: verified.id },
      'REGISTRATION_NOT_OPEN',
    );
    expect(error.message).toMatch(/^registration opens /);
  });

  it('refuses registration after the deadline', async () => {
    const session = await createSession(api, officer, courseId, {
      registrationOpensAt: iso(-5 * DAY),
      registrationDeadline: iso(-HOUR),
    });
    await refused(member, { sessionId: session.id, organizationId: verified.id }, 'REGISTRATION_CLOSED');
  });

  it('refuses a cancelled session', async () => {
    const session = await createSession(api, officer, courseId);
    const cancelled = await api.graphql<{ trainingSessionCancel: { userErrors: unknown[] } }>(
      `mutation($input: TrainingSessionCancelInput!) { trainingSessionCancel(input: $input) { userErrors { code } } }`,
      { input: { sessionId: session.id, reason: 'Trainer unavailable' } },
      { headers: { cookie: officer } },
    );
    expect(cancelled.body.data!.trainingSessionCancel.userErrors).toEqual([]);
    await refused(member, { sessionId: session.id, organizationId: verified.id }, 'SESSION_CANCELLED');
  });

  it('refuses a session that has ended', async () => {
    const session = await createSession(api, officer, courseId, {
      days: [{ startsAt: iso(-3 * DAY), endsAt: iso(-3 * DAY + 6 * HOUR) }],
      registrationOpensAt: iso(-10 * DAY),
      registrationDeadline: iso(DAY),
    });
    await refused(member, { sessionId: session.id, organizationId: verified.id }, 'SESSION_COMPLETED');
  });

  it('refuses an organisation that is not verified when the session is for verified ones only', async () => {
    const session = await createSession(api, officer, courseId, { verifiedOrganizationsOnly: true });
    const pending = await createOrganization(api, 'PENDING');
    const [person] = await createParticipants(api, 1, pending.uuid);
    await refused(person!, { sessionId: session.id, organizationId: pending.id }, 'ORGANIZATION_NOT_VERIFIED', [
      'input',
      'organizationId',
    ]);
    // the verified organisation's member gets through
    const ok = await register(api, member.headers, { sessionId: session.id, organizationId: verified.id });
    expect(ok.userErrors).toEqual([]);
  });

  it('refuses beyond the per-organisation limit, counting waitlisted places too', async () => {
    // given a session of 1 seat allowing 2 registrations per organisation
    const session = await createSession(api, officer, courseId, { seats: 1, maxPerOrganization: 2 });
    const organization = await createOrganization(api);
    const people = await createParticipants(api, 3, organization.uuid);
    const input = { sessionId: session.id, organizationId: organization.id };
    expect((await register(api, people[0]!.headers, input)).registration!.status).toBe('CONFIRMED');
    expect((await register(api, people[1]!.headers, input)).registration!.status).toBe('WAITLISTED');
    // when a third colleague registers
    const error = await refused(people[2]!, input, 'ORGANIZATION_LIMIT_REACHED', ['input', 'organizationId']);
    expect(error.message).toBe('at most 2 registrations per organisation for this session');
  });

  it('refuses someone who is not a member of the organisation named', async () => {
    const session = await createSession(api, officer, courseId);
    const [stranger] = await createParticipants(api, 1);
    await refused(stranger!, { sessionId: session.id, organizationId: verified.id }, 'NOT_A_MEMBER', [
      'input',
      'organizationId',
    ]);
  });

  it('keeps sessions for public officials and for CSO staff to their audience', async () => {
    const forCso = await createSession(api, officer, courseId, { audience: 'CSO_STAFF' });
    const forOfficials = await createSession(api, officer, courseId, { audience: 'PUBLIC_OFFICIALS' });
    const [official] = await createParticipants(api, 1);
    await refused(official!, { sessionId: forCso.id }, 'AUDIENCE_MISMATCH', ['input', 'organizationId']);
    await refused(member, { sessionId: forOfficials.id, organizationId: verified.id }, 'AUDIENCE_MISMATCH', [
      'input',
      'organizationId',
    ]);
    const ok = await register(api, official!.headers, { sessionId: forOfficials.id });
    expect(ok.registration).toMatchObject({ status: 'CONFIRMED' });
  });

  it('asks anonymous callers to sign in', async () => {
    const session = await createSession(api, officer, courseId);
    const response = await api.graphql(
      `mutation($input: TrainingRegistrationCreateInput!) { trainingRegistrationCreate(input: $input) { userErrors { code } } }`,
      { input: { sessionId: session.id } },
    );
    expect(response.body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });
});
