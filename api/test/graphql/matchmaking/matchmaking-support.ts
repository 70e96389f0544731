/** What the matchmaking tests share: a published day made over the API, parties taking part, meetings requested. */
import { expect } from 'vitest';
import { toGlobalId } from '../../../src/common/relay/global-id.js';
import { knexRows } from '../../../src/database/sql.js';
import type { TestApi } from '../../support/api.js';
import { createTestPerson, signIn } from '../../support/accounts.js';
import { createOrganizations } from '../../support/factories.js';

export async function officerCookie(api: TestApi): Promise<string> {
  const officer = await createTestPerson(api, { roles: ['PROGRAMME_OFFICER'] });
  return signIn(api, officer.email, officer.password);
}

/** Runs a matchmaking mutation and returns its payload (no top-level errors expected). */
export async function mutate<T = Record<string, unknown>>(
  api: TestApi,
  name: string,
  input: Record<string, unknown>,
  cookie: string,
  selection: string,
): Promise<T & { userErrors: { field: string[] | null; code: string; message: string }[] }> {
  const type = name[0]!.toUpperCase() + name.slice(1);
  const response = await api.graphql<
    Record<string, T & { userErrors: { field: string[] | null; code: string; message: string }[] }>
  >(
    `mutation($input: ${type}Input!) { ${name}(input: $input) { ${selection} userErrors { field code message } } }`,
    { input },
    { headers: { cookie } },
  );
  expect(response.body.errors).toBeUndefined();
  return response.body.data![name]!;
}

/** 09:00-12:00 Amman time (UTC+3), `daysAhead` days from now. */
export function dayTimes(daysAhead = 10, hours = 3): { startsAt: string; endsAt: string } {
  const d = new Date(Date.now() + daysAhead * 86_400_000);
  const start = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate(), 6, 0));
  return { startsAt: start.toISOString(), endsAt: new Date(start.getTime() + hours * 3_600_000).toISOString() };
}

export interface Day {
  id: string;
  uuid: string;
  slots: { id: string; position: number; startsAt: string; endsAt: string }[];
}

/** A published day with `slotMinutes` slots from 09:00 to 12:00 in Mafraq. */
export async function publishedDay(api: TestApi, officer: string, slotMinutes = 30, hours = 3): Promise<Day> {
  const created = await mutate<{ day: Day }>(
    api,
    'matchmakingDayCreate',
    {
      titleAr: 'يوم التشبيك',
      titleEn: 'Matchmaking day',
      ...dayTimes(10, hours),
      slotMinutes,
      governorate: 'JO-MA',
      venueAr: 'مركز المفرق الثقافي',
      venueEn: 'Mafraq Cultural Centre',
    },
    officer,
    'day { id uuid slots { id position startsAt endsAt } }',
  );
  expect(created.userErrors).toEqual([]);
  const published = await mutate(api, 'matchmakingDayPublish', { dayId: created.day.id }, officer, 'day { status }');
  expect(published.userErrors).toEqual([]);
  return created.day;
}

export interface Participant {
  /** MatchmakingParticipant global id and uuid. */
  id: string;
  uuid: string;
  organizationUuid: string;
  cookie: string;
  email: string;
}

/** `count` organisations registered in the day by one signed-in editor of them all (or one editor each). */
export async function participants(
  api: TestApi,
  day: Day,
  count: number,
  options: { sharedEditor?: boolean } = {},
): Promise<Participant[]> {
  const organizations = await createOrganizations(
    api.orm,
    Array.from({ length: count }, () => ({})),
  );
  let shared: { cookie: string; email: string } | null = null;
  if (options.sharedEditor) {
    const person = await createTestPerson(api, {
      memberships: organizations.map((o) => ({ organizationId: o.id, role: 'EDITOR' as const })),
    });
    shared = { cookie: await signIn(api, person.email, person.password), email: person.email };
  }
  const result: Participant[] = [];
  for (const organization of organizations) {
    let editor = shared;
    if (!editor) {
      const person = await createTestPerson(api, {
        memberships: [{ organizationId: organization.id, role: 'EDITOR' }],
      });
      editor = { cookie: await signIn(api, person.email, person.password), email: person.email };
    }
    const registered = await mutate<{ participant: { id: string; uuid: string } }>(
      api,
      'matchmakingParticipantRegister',
      { dayId: day.id, partyId: toGlobalId('Organization', organization.id) },
      editor.cookie,
      'participant { id uuid }',
    );
    expect(registered.userErrors).toEqual([]);
    result.push({ ...registered.participant, organizationUuid: organization.id, ...editor });
  }
  return result;
}

/** A pending meeting from one participant to another; its global id. */
export async function requestMeeting(api: TestApi, from: Participant, to: Participant, message = 'Shall we meet?') {
  const sent = await mutate<{ meeting: { id: string; uuid: string } }>(
    api,
    'matchmakingMeetingRequest',
    { fromParticipantId: from.id, toParticipantId: to.id, message },
    from.cookie,
    'meeting { id uuid }',
  );
  expect(sent.userErrors).toEqual([]);
  return sent.meeting;
}

export const MEETING = 'meeting { id uuid status slot { id position } declineReason }';

/** Participants booked twice in one slot, counted from the meetings themselves (not from the guard's own table). */
export async function doubleBookings(api: TestApi, dayUuid: string): Promise<number> {
  const [row] = await knexRows<{ n: number }>(
    api.orm.em.getKnex(),
    `select count(*)::int as n from (
       select participant, slot_id from (
         select requester_id as participant, slot_id from matchmaking_meeting where day_id = ? and status = 'ACCEPTED'
         union all
         select invitee_id, slot_id from matchmaking_meeting where day_id = ? and status = 'ACCEPTED'
       ) taken group by participant, slot_id having count(*) > 1
     ) doubled`,
    [dayUuid, dayUuid],
  );
  return row!.n;
}
