/**
 * The hand-counted fixture of the results tests. Training goes through the API (course, sessions, registrations),
 * then its sessions are moved into the past and attendance written; partnerships are written as rows.
 *
 *   organisations: A, B, D, E1..E4 verified; C unverified
 *   S1 (Amman, ends 2026-05-10, 2026-Q2): a1 (A) 2/2 days, b1 (B) 1/2 days (not completed), b2..b4 (B) 2/2,
 *     c1 (C) 2/2
 *   S2 (Amman, ends 2026-08-10, 2026-Q3): a1 (A) again 2/2
 *   partnerships (activated 2026-08-20, 2026-Q3): P1 CSO-CSO A+D, P3 CSO-CSO E1+E2, P4 CSO-CSO E3+E4 (active),
 *     P2 CSO-institution with B (only proposed: not counted)
 *
 *   CSOs supported: A (trained twice and in a partnership: once), B, D, E1..E4 = 7 (C unverified, b1 alone would not
 *     count); 2 in 2026-Q2 (A, B), 5 in 2026-Q3
 *   sessions held: 2; participants: a1 twice, b1..b4, c1 = 7 participations, all CSO staff in Amman, sex not stated
 *   CSO-CSO partnerships: 3; CSO-institution: 0
 */
import { randomUUID } from 'node:crypto';
import { expect } from 'vitest';
import type { TestApi } from '../../support/api.js';
import {
  createCourse,
  createOrganization,
  createParticipants,
  createSession,
  register,
  type Participant,
} from '../training/training-support.js';

const DAY = 86_400_000;

async function pastSession(api: TestApi, officer: string, course: string, lastDayEnds: string) {
  const session = await createSession(api, officer, course, { verifiedOrganizationsOnly: false });
  return { ...session, lastDayEnds };
}

async function moveIntoPast(api: TestApi, sessionUuid: string, lastDayEnds: string): Promise<string[]> {
  const knex = api.orm.em.getKnex();
  const end = new Date(lastDayEnds).getTime();
  const days: { id: string }[] = await knex('training_session_day')
    .where({ session_id: sessionUuid })
    .orderBy('starts_at')
    .select('id');
  for (const [i, day] of days.entries()) {
    const dayEnd = end - (days.length - 1 - i) * DAY;
    await knex('training_session_day')
      .where({ id: day.id })
      .update({ starts_at: new Date(dayEnd - 6 * 3_600_000), ends_at: new Date(dayEnd) });
  }
  await knex('training_session')
    .where({ id: sessionUuid })
    .update({ starts_at: new Date(end - (days.length - 1) * DAY - 6 * 3_600_000), ends_at: new Date(end) });
  return days.map((d) => d.id);
}

async function attend(api: TestApi, registrationUuid: string, days: string[], present: number): Promise<void> {
  await api.orm.em
    .getKnex()('training_attendance')
    .insert(days.map((day, i) => ({ registration_id: registrationUuid, day_id: day, present: i < present })));
}

async function partnership(
  api: TestApi,
  kind: 'CSO_CSO' | 'CSO_INSTITUTION',
  status: string,
  organizations: string[],
): Promise<string> {
  const knex = api.orm.em.getKnex();
  const id = randomUUID();
  await knex('partnership').insert({
    id,
    kind,
    status,
    purpose_en: 'Joint outreach to families',
    governorate_codes: ['JO-IR'],
    activated_at: status === 'PROPOSED' ? null : new Date('2026-08-20T09:00:00Z'),
  });
  await knex('partnership_member').insert(
    organizations.map((organization, i) => ({
      id: randomUUID(),
      partnership_id: id,
      organization_id: organization,
      role: i === 0 ? 'LEAD' : 'PARTNER',
      position: i + 1,
    })),
  );
  return id;
}

export interface ResultsFixture {
  organizations: Record<'A' | 'B' | 'C' | 'D' | 'E1' | 'E2' | 'E3' | 'E4', { id: string; uuid: string }>;
}

export async function createResultsFixture(api: TestApi, officer: string): Promise<ResultsFixture> {
  const org = () => createOrganization(api);
  const organizations = {
    A: await org(),
    B: await org(),
    C: await createOrganization(api, 'UNVERIFIED'),
    D: await org(),
    E1: await org(),
    E2: await org(),
    E3: await org(),
    E4: await org(),
  };
  const course = await createCourse(api, officer, { completionAttendancePercent: 80 });
  const s1 = await pastSession(api, officer, course, '2026-05-10T14:00:00Z');
  const s2 = await pastSession(api, officer, course, '2026-08-10T14:00:00Z');
  const [a1] = await createParticipants(api, 1, organizations.A.uuid);
  const bs = await createParticipants(api, 4, organizations.B.uuid);
  const [c1] = await createParticipants(api, 1, organizations.C.uuid);
  const enrol = async (person: Participant, session: { id: string }, organizationId: string) => {
    const done = await register(api, person.headers, { sessionId: session.id, organizationId });
    expect(done.userErrors).toEqual([]);
    return done.registration!.uuid;
  };
  const s1Registrations = [
    [await enrol(a1!, s1, organizations.A.id), 2],
    [await enrol(bs[0]!, s1, organizations.B.id), 1],
    ...(await Promise.all(bs.slice(1).map(async (b) => [await enrol(b, s1, organizations.B.id), 2]))),
    [await enrol(c1!, s1, organizations.C.id), 2],
  ] as [string, number][];
  const s2Registration = await enrol(a1!, s2, organizations.A.id);
  const s1Days = await moveIntoPast(api, s1.uuid, s1.lastDayEnds);
  const s2Days = await moveIntoPast(api, s2.uuid, s2.lastDayEnds);
  for (const [registration, present] of s1Registrations) await attend(api, registration, s1Days, present);
  await attend(api, s2Registration, s2Days, 2);
  await partnership(api, 'CSO_CSO', 'ACTIVE', [organizations.A.uuid, organizations.D.uuid]);
  await partnership(api, 'CSO_INSTITUTION', 'PROPOSED', [organizations.B.uuid]);
  await partnership(api, 'CSO_CSO', 'ACTIVE', [organizations.E1.uuid, organizations.E2.uuid]);
  await partnership(api, 'CSO_CSO', 'COMPLETED', [organizations.E3.uuid, organizations.E4.uuid]);
  return { organizations };
}

export { partnership };
