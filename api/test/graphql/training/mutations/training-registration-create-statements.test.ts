/**
 * What one registration costs the database, over HTTP: the token and its person (one statement), the rate-limit
 * counter (one), what the rules need (one read) and the registration itself (one guarded statement that writes the
 * seat or waitlist place, the registration, its audit event and its email). A burst of registrations for one
 * session queues behind its row lock, so each statement here is paid 200 times in a row.
 */
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
  type Participant,
} from '../training-support.js';

describe('trainingRegistrationCreate: SQL statements per registration', () => {
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

  const registering = (person: Participant, input: Record<string, unknown>) =>
    api.statements(() => register(api, person.headers, input));

  /** The statements of the request, after the token's (one) and the rate-limit counter's (one). */
  const own = (sql: string[]) => {
    expect(sql[0]).toMatch(/from api_token .* join auth_user/s);
    expect(sql[1]).toMatch(/^insert into rate_limit_window/);
    return sql.slice(2);
  };

  it('confirms a seat in 4 statements and waitlists in 4, the writes in one statement without a transaction', async () => {
    // given a one-seat session for a verified organisation's members (the verification is read, not written)
    const session = await createSession(api, officer, courseId, { seats: 1, verifiedOrganizationsOnly: true });
    const [first, second] = await createParticipants(api, 2, organization.uuid);
    const input = { sessionId: session.id, organizationId: organization.id };
    // when the first takes the seat and the second the waitlist's first place, with accommodations
    const seat = await registering(first!, { ...input, accommodations: { signLanguage: true, note: 'Carer' } });
    const place = await registering(second!, { ...input, idempotencyKey: 'burst-1' });
    // then
    expect(seat.result.registration).toMatchObject({ status: 'CONFIRMED', waitlistPosition: null });
    expect(place.result.registration).toMatchObject({ status: 'WAITLISTED', waitlistPosition: 1 });
    for (const { sql } of [seat, place]) {
      expect(sql).toHaveLength(4);
      const [read, write] = own(sql);
      expect(read).toMatch(/^select/);
      // the lock, the seat, the registration, its audit event and its email: one statement, no BEGIN nor COMMIT
      expect(write).toMatch(/for update/);
      expect(write).toMatch(/update training_session/);
      expect(write).toMatch(/insert into training_registration/);
      expect(write).toMatch(/insert into audit_event/);
      expect(write).toMatch(/insert into email_outbox/);
    }
    // and what the one statement wrote is whole: the counts, the audit events, the emails with the position
    const knex = api.orm.em.getKnex();
    const [counts] = await knexRows<{ confirmed_count: number; waitlist_count: number }>(
      knex,
      'select confirmed_count, waitlist_count from training_session where id = ?',
      [session.uuid],
    );
    expect(counts).toEqual({ confirmed_count: 1, waitlist_count: 1 });
    const events = await knexRows<{ subject_id: string; to_state: string }>(
      knex,
      `select subject_id, to_state from audit_event where action = 'TRAINING_REGISTERED' and subject_id = any(?)
       order by id`,
      [[seat.result.registration!.uuid, place.result.registration!.uuid]],
    );
    expect(events.map((e) => e.to_state)).toEqual(['CONFIRMED', 'WAITLISTED']);
    const emails = await knexRows<{ recipient: string; kind: string; body_text: string }>(
      knex,
      'select recipient, kind, body_text from email_outbox where recipient = any(?) order by created_at',
      [[first!.email, second!.email]],
    );
    expect(emails.map((e) => [e.recipient, e.kind])).toEqual([
      [first!.email, 'TRAINING_REGISTRATION_CONFIRMED'],
      [second!.email, 'TRAINING_REGISTRATION_WAITLISTED'],
    ]);
    expect(emails[1]!.body_text).toContain('you are number 1 on the waitlist');
    expect(emails[1]!.body_text).toContain('أنت في المرتبة 1 على قائمة الانتظار');
    const [accommodations] = await knexRows<{ needs_sign_language: boolean; accommodations_note: string }>(
      knex,
      'select needs_sign_language, accommodations_note from training_registration where id = ?',
      [seat.result.registration!.uuid],
    );
    expect(accommodations).toEqual({ needs_sign_language: true, accommodations_note: 'Carer' });
  });

  it('answers a replay, a duplicate and a refusal in 3 statements, writing nothing', async () => {
    // given a registration made with a key, and a session whose deadline has passed
    const session = await createSession(api, officer, courseId);
    const closed = await createSession(api, officer, courseId, {
      registrationOpensAt: new Date(Date.now() - 5 * 86_400_000).toISOString(),
      registrationDeadline: new Date(Date.now() - 3_600_000).toISOString(),
    });
    const [person] = await createParticipants(api, 1, organization.uuid);
    const input = { sessionId: session.id, organizationId: organization.id, idempotencyKey: 'tap-1' };
    const first = await register(api, person!.headers, input);
    // when the same request comes again, then without its key, then for the closed session
    const replay = await registering(person!, input);
    const duplicate = await registering(person!, { sessionId: session.id, organizationId: organization.id });
    const refused = await registering(person!, { sessionId: closed.id, organizationId: organization.id });
    // then each is answered from the one read
    expect(replay.result).toEqual(first);
    expect(duplicate.result.userErrors.map((e) => e.code)).toEqual(['ALREADY_REGISTERED']);
    expect(refused.result.userErrors.map((e) => e.code)).toEqual(['REGISTRATION_CLOSED']);
    for (const { sql } of [replay, duplicate, refused]) {
      expect(sql).toHaveLength(3);
      expect(own(sql)[0]).toMatch(/^select/);
    }
  });

  it('locks first, in a transaction of 4 statements, where a per-organisation limit is counted', async () => {
    // given a session allowing one place per organisation
    const session = await createSession(api, officer, courseId, { maxPerOrganization: 1 });
    const [first, second] = await createParticipants(api, 2, organization.uuid);
    const input = { sessionId: session.id, organizationId: organization.id };
    // when two colleagues register one after the other
    const taken = await registering(first!, input);
    const refused = await registering(second!, input);
    // then the second is refused by the count made under the lock
    expect(taken.result.registration).toMatchObject({ status: 'CONFIRMED' });
    expect(refused.result.userErrors.map((e) => e.code)).toEqual(['ORGANIZATION_LIMIT_REACHED']);
    for (const { sql } of [taken, refused]) {
      const [read, begin, lock, write, commit] = own(sql);
      expect(sql).toHaveLength(7);
      expect(read).toMatch(/^select/);
      expect(begin).toMatch(/^begin/i);
      expect(lock).toMatch(/^select 1 from training_session .* for update$/);
      expect(write).toMatch(/insert into training_registration/);
      expect(commit).toMatch(/^commit/i);
    }
  });
});
