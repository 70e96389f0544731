/**
 * No participant is ever double-booked, under concurrency too, over HTTP on a real PostgreSQL: 100 meeting
 * acceptances fired at once among 20 participants of a day of 6 slots compete for the same slots. Each accepted
 * meeting holds a slot in both agendas, no participant holds two meetings in one slot (counted from the meetings, not
 * from the guard's table), and every refusal is a typed NO_COMMON_SLOT. Checked to fail without the guard: with the
 * participant locks and the booking table's primary key removed, the same burst double-books (see the commit).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { knexRows } from '../../../../src/database/sql.js';
import { startTestApi, type TestApi } from '../../../support/api.js';
import {
  MEETING,
  doubleBookings,
  mutate,
  officerCookie,
  participants,
  publishedDay,
  requestMeeting,
} from '../matchmaking-support.js';

describe('matchmakingMeetingAccept under concurrency', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi({ env: { EXECUTION_TIMEOUT_MS: '120000' } });
  });
  afterAll(async () => {
    await api.stop();
  });

  it('100 concurrent acceptances competing for 6 slots book nobody twice', async () => {
    // given a day of 6 slots, 20 participants free in all of them, and 100 pending meetings between distinct pairs
    const officer = await officerCookie(api);
    const day = await publishedDay(api, officer, 30, 3);
    expect(day.slots).toHaveLength(6);
    const people = await participants(api, day, 20, { sharedEditor: true });
    const pairs: [number, number][] = [];
    for (let gap = 1; pairs.length < 100; gap += 1) {
      for (let i = 0; i < 20 && pairs.length < 100; i += 1) pairs.push([i, (i + gap) % 20]);
    }
    const meetings = [];
    for (const [a, b] of pairs) meetings.push(await requestMeeting(api, people[a]!, people[b]!));
    // when all 100 are accepted at once, each taking the first slot free in both agendas
    const answers = await Promise.all(
      meetings.map((m) =>
        mutate<{ meeting: { status: string } | null }>(
          api,
          'matchmakingMeetingAccept',
          { meetingId: m.id },
          people[0]!.cookie,
          MEETING,
        ),
      ),
    );
    // then every answer is an accepted meeting or a typed refusal
    const accepted = answers.filter((a) => a.meeting?.status === 'ACCEPTED');
    const refused = answers.filter((a) => a.meeting === null);
    expect(accepted.length + refused.length).toBe(100);
    for (const r of refused) expect(r.userErrors.map((e) => e.code)).toEqual(['NO_COMMON_SLOT']);
    // a participant meets at most once per slot: with 20 participants and 6 slots, at most 60 meetings
    expect(accepted.length).toBeGreaterThan(0);
    expect(accepted.length).toBeLessThanOrEqual(60);
    // and nobody is booked twice in one slot
    expect(await doubleBookings(api, day.uuid)).toBe(0);
    // the database agrees with the answers: two bookings per accepted meeting, in its slot
    const [state] = await knexRows<{ accepted: number; bookings: number; mismatched: number }>(
      api.orm.em.getKnex(),
      `select (select count(*)::int from matchmaking_meeting where day_id = ? and status = 'ACCEPTED') as accepted,
              (select count(*)::int from matchmaking_booking b join matchmaking_slot s on s.id = b.slot_id where s.day_id = ?) as bookings,
              (select count(*)::int from matchmaking_booking b join matchmaking_meeting m on m.id = b.meeting_id
                where b.slot_id <> m.slot_id or b.participant_id not in (m.requester_id, m.invitee_id)) as mismatched`,
      [day.uuid, day.uuid],
    );
    expect(state).toEqual({ accepted: accepted.length, bookings: 2 * accepted.length, mismatched: 0 });
    // a refused meeting is refused because one of its two agendas is full, never by a lost race
    const full = await knexRows<{ n: number }>(
      api.orm.em.getKnex(),
      `select count(*)::int as n from matchmaking_meeting m where m.day_id = ? and m.status = 'PENDING'
         and exists (select 1 from matchmaking_slot s where s.day_id = m.day_id
           and not exists (select 1 from matchmaking_booking b where b.slot_id = s.id and b.participant_id in (m.requester_id, m.invitee_id)))`,
      [day.uuid],
    );
    expect(full[0]!.n).toBe(0);
  });

  it('the database itself refuses a second booking of a participant in one slot', async () => {
    // given an accepted meeting
    const officer = await officerCookie(api);
    const day = await publishedDay(api, officer, 60, 1);
    const [a, b, c] = await participants(api, day, 3, { sharedEditor: true });
    const first = await requestMeeting(api, a!, b!);
    const accepted = await mutate<{ meeting: { uuid: string } }>(
      api,
      'matchmakingMeetingAccept',
      { meetingId: first.id },
      b!.cookie,
      MEETING,
    );
    expect(accepted.userErrors).toEqual([]);
    const second = await requestMeeting(api, c!, a!);
    // when a booking of the same participant in the same slot is written around the service
    const knex = api.orm.em.getKnex();
    const write = knex('matchmaking_booking').insert({
      participant_id: a!.uuid,
      slot_id: day.slots[0]!.id,
      meeting_id: second.uuid,
    });
    // then the primary key refuses it
    await expect(write).rejects.toThrow(/matchmaking_booking_pkey/);
  });
});
