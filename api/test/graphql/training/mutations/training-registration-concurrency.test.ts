/**
 * Seats and waitlist order under concurrency, over HTTP on a real PostgreSQL: the registrations of one session are
 * decided one at a time under the session's row lock, so no burst gives more confirmed than seats, nor a waitlist
 * with a gap or a shared position. A naive read-then-insert, run the same way, is the negative control: it overshoots.
 */
import pg from 'pg';
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
  type Participant,
} from '../training-support.js';

describe('trainingRegistrationCreate and trainingRegistrationCancel under concurrency', () => {
  let api: TestApi;
  let officer = '';
  let courseId = '';
  let organization: { id: string; uuid: string };
  beforeAll(async () => {
    // a burst of 200 queues behind one row lock: far above the default 5 s on a loaded machine
    api = await startTestApi({ env: { EXECUTION_TIMEOUT_MS: '120000' } });
    officer = await officerCookie(api);
    courseId = await createCourse(api, officer);
    organization = await createOrganization(api);
  });
  afterAll(async () => {
    await api.stop();
  });

  const expectConsistent = async (sessionUuid: string) => {
    const state = await sessionState(api, sessionUuid);
    expect(state.confirmed).toBeLessThanOrEqual(state.seats);
    // gapless and without duplicates: exactly 1..n
    expect(state.waitlisted).toEqual(range(state.waitlisted.length));
    // the session's counters agree with its rows
    expect(state.counts).toEqual({ confirmed_count: state.confirmed, waitlist_count: state.waitlisted.length });
    // nobody waits while a seat is free
    if (state.waitlisted.length > 0) expect(state.confirmed).toBe(state.seats);
    return state;
  };

  let session: { id: string; uuid: string };
  let people: Participant[] = [];
  const byUser = new Map<string, { id: string; status: string; waitlistPosition: number | null }>();

  it('confirms exactly 30 of 200 concurrent registrations and waitlists 170 at positions 1..170', async () => {
    // given a 30-seat session and 200 members of a verified organisation
    session = await createSession(api, officer, courseId, { seats: 30 });
    people = await createParticipants(api, 200, organization.uuid);
    // when all 200 register at once, over HTTP
    const answers = await Promise.all(
      people.map((p) => register(api, p.headers, { sessionId: session.id, organizationId: organization.id })),
    );
    // then every one is answered with a registration
    answers.forEach((a, i) => {
      expect(a.userErrors).toEqual([]);
      byUser.set(people[i]!.userId, a.registration!);
    });
    const confirmed = answers.filter((a) => a.registration!.status === 'CONFIRMED');
    const waitlisted = answers.filter((a) => a.registration!.status === 'WAITLISTED');
    expect(confirmed).toHaveLength(30);
    expect(waitlisted).toHaveLength(170);
    expect(waitlisted.map((a) => a.registration!.waitlistPosition).sort((a, b) => a! - b!)).toEqual(range(170));
    // and the database agrees with the answers
    const state = await expectConsistent(session.uuid);
    expect(state.confirmed).toBe(30);
    expect(state.waitlisted).toHaveLength(170);
    // and each person got the email matching their answer
    const emails = await outboxOf(api, ['TRAINING_REGISTRATION_CONFIRMED', 'TRAINING_REGISTRATION_WAITLISTED']);
    expect(emails.filter((e) => e.kind === 'TRAINING_REGISTRATION_CONFIRMED')).toHaveLength(30);
    expect(emails.filter((e) => e.kind === 'TRAINING_REGISTRATION_WAITLISTED')).toHaveLength(170);
  });

  it('promotes exactly the first 5 waitlisted when 5 confirmed cancel at once, and closes the gap', async () => {
    // given the first five waitlisted
    const head = people.filter(
      (p) => (byUser.get(p.userId)!.waitlistPosition ?? 0) >= 1 && byUser.get(p.userId)!.waitlistPosition! <= 5,
    );
    expect(head).toHaveLength(5);
    const leaving = people.filter((p) => byUser.get(p.userId)!.status === 'CONFIRMED').slice(0, 5);
    // when five confirmed cancel concurrently
    const answers = await Promise.all(
      leaving.map((p) =>
        api.graphql<{ trainingRegistrationCancel: { userErrors: unknown[] } }>(
          CANCEL,
          { input: { registrationId: byUser.get(p.userId)!.id } },
          { headers: p.headers },
        ),
      ),
    );
    answers.forEach((a) => expect(a.body.data!.trainingRegistrationCancel.userErrors).toEqual([]));
    // then exactly those five are confirmed now, and the waitlist is 1..165
    const state = await expectConsistent(session.uuid);
    expect(state.confirmed).toBe(30);
    expect(state.waitlisted).toEqual(range(165));
    const status = new Map(state.rows.map((r) => [r.user_id, r]));
    for (const p of head) expect(status.get(p.userId)!.status).toBe('CONFIRMED');
    // the others moved up by five, keeping their order
    for (const p of people) {
      const before = byUser.get(p.userId)!.waitlistPosition;
      if (before !== null && before > 5) expect(status.get(p.userId)!.waitlist_position).toBe(before - 5);
    }
    // and each promoted person was emailed
    const promoted = await outboxOf(api, ['TRAINING_REGISTRATION_PROMOTED']);
    expect(promoted.map((e) => e.recipient).sort()).toEqual(head.map((p) => p.email).sort());
  });

  it('keeps confirmed <= seats and a gapless waitlist through 50 mixed concurrent cancellations and registrations', async () => {
    // given 25 newcomers, and 25 people holding a registration (seats and waitlist places mixed)
    const newcomers = await createParticipants(api, 25, organization.uuid);
    const state = await sessionState(api, session.uuid);
    const holders = state.rows.filter((r) => r.status !== 'CANCELLED');
    const cancelling = holders.filter((_, i) => i % 7 === 0).slice(0, 25);
    expect(cancelling.length).toBe(25);
    const people_ = new Map(people.map((p) => [p.userId, p]));
    // when they all act at once
    const work = [
      ...newcomers.map((p) => register(api, p.headers, { sessionId: session.id, organizationId: organization.id })),
      ...cancelling.map((r) =>
        api.graphql(
          CANCEL,
          { input: { registrationId: byUser.get(r.user_id)!.id } },
          { headers: people_.get(r.user_id)!.headers },
        ),
      ),
    ];
    await Promise.all(work);
    // then the session is consistent and full, with the same number of people as before
    const after = await expectConsistent(session.uuid);
    expect(after.confirmed).toBe(30);
    expect(after.confirmed + after.waitlisted.length).toBe(holders.length);
  });

  it('gives an organisation exactly its per-organisation limit when 20 of its members register at once', async () => {
    // given a session allowing 3 places per organisation (seats and waitlist places count alike), 20 colleagues
    const limited = await createSession(api, officer, courseId, { seats: 2, maxPerOrganization: 3 });
    const colleagues = await createOrganization(api);
    const members = await createParticipants(api, 20, colleagues.uuid);
    // when all 20 register at once
    const answers = await Promise.all(
      members.map((p) => register(api, p.headers, { sessionId: limited.id, organizationId: colleagues.id })),
    );
    // then exactly 3 hold a place (2 seats, waitlist place 1), and the 17 others are refused by the rule
    const placed = answers.filter((a) => a.registration !== null);
    expect(placed.map((a) => a.registration!.status).sort()).toEqual(['CONFIRMED', 'CONFIRMED', 'WAITLISTED']);
    const refusals = answers.filter((a) => a.registration === null).flatMap((a) => a.userErrors.map((e) => e.code));
    expect(refusals).toEqual(Array.from({ length: 17 }, () => 'ORGANIZATION_LIMIT_REACHED'));
    const state = await expectConsistent(limited.uuid);
    expect(state.rows.filter((r) => r.status !== 'CANCELLED')).toHaveLength(3);
  });

  it('the naive read-then-insert control overshoots the seats under the same burst', async () => {
    // given another 30-seat session, and 200 concurrent transactions that count the confirmed, then insert
    const naive = await createSession(api, officer, courseId, { seats: 30 });
    const takers = await createParticipants(api, 200);
    const pool = new pg.Pool({ connectionString: api.database.url, max: 20 });
    try {
      await Promise.all(
        takers.map(async (p) => {
          const client = await pool.connect();
          try {
            await client.query('begin');
            const { rows } = await client.query<{ n: number }>(
              `select count(*)::int as n from training_registration where session_id = $1 and status = 'CONFIRMED'`,
              [naive.uuid],
            );
            // a few milliseconds of work between the check and the act, as any real handler has
            await client.query('select pg_sleep(0.005)');
            if (rows[0]!.n < 30) {
              await client.query(
                `insert into training_registration (id, session_id, user_id, status, confirmed_at)
                 values (gen_random_uuid(), $1, $2, 'CONFIRMED', now())`,
                [naive.uuid, p.userId],
              );
            }
            await client.query('commit');
          } finally {
            client.release();
          }
        }),
      );
    } finally {
      await pool.end();
    }
    // then more than 30 hold a seat: the check-then-act race the row lock prevents
    const { rows } = await api.orm.em
      .getKnex()
      .raw<{ rows: { n: number }[] }>(
        `select count(*)::int as n from training_registration where session_id = ? and status = 'CONFIRMED'`,
        [naive.uuid],
      );
    console.info(`naive read-then-insert: ${rows[0]!.n} confirmed for 30 seats`);
    expect(rows[0]!.n).toBeGreaterThan(30);
  });
});
