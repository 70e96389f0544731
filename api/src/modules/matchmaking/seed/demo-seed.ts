/**
 * A demo matchmaking day, so that the pages are not empty after `pnpm start`: "Partners for Mafraq", three weeks
 * ahead in Mafraq, 09:00 to 13:00 Amman time in 30-minute slots; six demo CSOs and the MoSD directorate in Mafraq
 * take part, free in every slot but the first hour for two of them; two meetings accepted, one pending, one declined.
 * Fictional and bilingual; written on a platform that has no matchmaking day yet.
 */
import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { knexRows } from '../../../database/sql.js';
import { slotTimes } from '../matchmaking.service.js';

const DAY = 24 * 3_600_000;

/** Adds the demo day; the number of meetings added (0 when there was a day already, or too few organisations). */
export async function seedDemoMatchmaking(em: EntityManager): Promise<number> {
  const knex = em.getKnex();
  const [existing] = await knexRows<{ n: number }>(knex, 'select count(*)::int as n from matchmaking_day');
  if (existing!.n > 0) return 0;
  const organizations = await knexRows<{ id: string }>(
    knex,
    `(select id from organization where governorate_code = 'JO-MA' order by staff_count asc nulls last, id limit 4)
     union all
     (select id from organization where governorate_code = 'JO-AM' order by staff_count desc nulls last, id limit 2)`,
  );
  if (organizations.length < 4) return 0;
  const institutions = await knexRows<{ id: string }>(
    knex,
    "select id from institution where slug = 'mosd-directorate-mafraq'",
  );
  // 09:00 Amman (UTC+3 all year) three weeks ahead
  const date = new Date(Date.now() + 21 * DAY);
  const startsAt = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate(), 6, 0));
  const endsAt = new Date(startsAt.getTime() + 4 * 3_600_000);
  const dayId = randomUUID();
  const times = slotTimes(startsAt, endsAt, 30);
  const slots = times.map((t, i) => ({
    id: randomUUID(),
    day_id: dayId,
    position: i + 1,
    starts_at: t.startsAt,
    ends_at: t.endsAt,
  }));
  const parties = [
    ...organizations.map((o) => ({ organization_id: o.id, institution_id: null })),
    ...institutions.map((i) => ({ organization_id: null, institution_id: i.id })),
  ];
  const participants = parties.map((p, i) => ({
    id: randomUUID(),
    day_id: dayId,
    ...p,
    note_ar: i % 2 === 0 ? 'نبحث عن شركاء في الإرشاد المالي والتوعية في البادية الشمالية.' : null,
    note_en: 'Looking for partners in financial mentoring and outreach in the northern Badia.',
  }));
  const availability = participants.flatMap((p, i) =>
    slots.filter((s) => !(i < 2 && s.position <= 2)).map((s) => ({ participant_id: p.id, slot_id: s.id })),
  );
  const now = new Date();
  const meeting = (from: number, to: number, status: 'PENDING' | 'ACCEPTED' | 'DECLINED', slot: number | null) => ({
    id: randomUUID(),
    day_id: dayId,
    requester_id: participants[from]!.id,
    invitee_id: participants[to]!.id,
    message:
      'نودّ التعرف على برامجكم في المفرق وبحث عمل مشترك. | We would like to learn about your programmes in Mafraq and explore working together.',
    status,
    slot_id: slot === null ? null : slots[slot]!.id,
    decline_reason: status === 'DECLINED' ? 'Our team is fully booked that morning.' : null,
    answered_at: status === 'PENDING' ? null : now,
  });
  const meetings = [
    meeting(0, 4, 'ACCEPTED', 2),
    meeting(1, 5, 'ACCEPTED', 3),
    meeting(2, 4, 'PENDING', null),
    meeting(3, 5, 'DECLINED', null),
  ];
  if (participants.length > 6) meetings.push(meeting(6, 0, 'ACCEPTED', 4));
  const bookings = meetings
    .filter((m) => m.status === 'ACCEPTED')
    .flatMap((m) => [
      { participant_id: m.requester_id, slot_id: m.slot_id, meeting_id: m.id },
      { participant_id: m.invitee_id, slot_id: m.slot_id, meeting_id: m.id },
    ]);
  await knex.transaction(async (trx) => {
    await trx('matchmaking_day').insert({
      id: dayId,
      title_ar: 'شركاء من أجل المفرق: يوم التشبيك',
      title_en: 'Partners for Mafraq: matchmaking day',
      starts_at: startsAt,
      ends_at: endsAt,
      slot_minutes: 30,
      governorate_code: 'JO-MA',
      venue_ar: 'مركز المفرق الثقافي، قاعة الاجتماعات',
      venue_en: 'Mafraq Cultural Centre, meeting hall',
      status: 'PUBLISHED',
      published_at: now,
    });
    await trx('matchmaking_slot').insert(slots);
    await trx('matchmaking_participant').insert(participants);
    await trx('matchmaking_availability').insert(availability);
    await trx('matchmaking_meeting').insert(meetings);
    await trx('matchmaking_booking').insert(bookings);
  });
  return meetings.length;
}
