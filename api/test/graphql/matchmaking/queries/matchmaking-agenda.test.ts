/**
 * A participant's agenda: the GraphQL query (its editors and owners, and officers; null to others), and its iCalendar
 * feed at a secret URL, read back with a parser (ical.js): one event per accepted meeting, in Asia/Amman time, the
 * same UID in both participants' feeds; only the secret's hash is stored, and a reset makes the old URL answer 404.
 * Then the statement counts of the day page and the agenda: fixed, whatever the number of participants and meetings.
 */
import { createHash } from 'node:crypto';
import ICAL from 'ical.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { knexRows } from '../../../../src/database/sql.js';
import { startTestApi, type TestApi } from '../../../support/api.js';
import { createTestPerson, signIn } from '../../../support/accounts.js';
import {
  MEETING,
  mutate,
  officerCookie,
  participants,
  publishedDay,
  requestMeeting,
  type Day,
  type Participant,
} from '../matchmaking-support.js';

const AGENDA = /* GraphQL */ `
  query ($id: ID!) {
    matchmakingParticipant(id: $id) {
      uuid
      availableSlotIds
      agenda {
        uuid
        status
        slot {
          position
          startsAt
        }
        requester {
          uuid
          party {
            __typename
            ... on Organization {
              name {
                en
              }
            }
          }
        }
        invitee {
          uuid
          party {
            __typename
            ... on Organization {
              name {
                en
              }
            }
          }
        }
      }
      meetingsSent {
        uuid
        status
      }
      meetingsReceived {
        uuid
        status
        commonFreeSlots {
          position
        }
      }
    }
  }
`;

interface Agenda {
  matchmakingParticipant: {
    uuid: string;
    availableSlotIds: string[] | null;
    agenda: { uuid: string; status: string; slot: { position: number; startsAt: string } }[] | null;
    meetingsSent: { uuid: string; status: string }[] | null;
    meetingsReceived: { uuid: string; status: string; commonFreeSlots: { position: number }[] }[] | null;
  } | null;
}

const DAY_PAGE_STATEMENTS = 9;

describe('matchmaking agenda', () => {
  let api: TestApi;
  let officer = '';
  let day: Day;
  let people: Participant[] = [];
  beforeAll(async () => {
    api = await startTestApi();
    officer = await officerCookie(api);
    day = await publishedDay(api, officer, 30, 3);
    people = await participants(api, day, 4);
    // A meets B (accepted) and C (accepted); D asks A (pending)
    for (const other of [people[1]!, people[2]!]) {
      const m = await requestMeeting(api, people[0]!, other);
      const accepted = await mutate(api, 'matchmakingMeetingAccept', { meetingId: m.id }, other.cookie, MEETING);
      expect(accepted.userErrors).toEqual([]);
    }
    await requestMeeting(api, people[3]!, people[0]!);
  });
  afterAll(async () => {
    await api.stop();
  });

  it("gives the participant's editors its agenda in slot order, and nulls to others", async () => {
    // when
    const own = await api.graphql<Agenda>(AGENDA, { id: people[0]!.id }, { headers: { cookie: people[0]!.cookie } });
    const others = await api.graphql<Agenda>(AGENDA, { id: people[0]!.id }, { headers: { cookie: people[3]!.cookie } });
    const anonymous = await api.graphql<Agenda>(AGENDA, { id: people[0]!.id });
    const officers = await api.graphql<Agenda>(AGENDA, { id: people[0]!.id }, { headers: { cookie: officer } });
    // then
    expect(own.body.errors).toBeUndefined();
    const agenda = own.body.data!.matchmakingParticipant!;
    expect(agenda.agenda!.map((m) => m.slot.position)).toEqual([1, 2]);
    expect(agenda.meetingsSent!.map((m) => m.status)).toEqual(['ACCEPTED', 'ACCEPTED']);
    expect(agenda.meetingsReceived!.map((m) => m.status)).toEqual(['PENDING']);
    // D and A are both free from slot 3 on (A holds slots 1 and 2)
    expect(agenda.meetingsReceived![0]!.commonFreeSlots.map((s) => s.position)).toEqual([3, 4, 5, 6]);
    for (const response of [others, anonymous]) {
      expect(response.body.data!.matchmakingParticipant).toMatchObject({
        availableSlotIds: null,
        agenda: null,
        meetingsSent: null,
        meetingsReceived: null,
      });
    }
    expect(officers.body.data!.matchmakingParticipant!.agenda).toHaveLength(2);
  });

  it('serves the agenda as iCalendar at a secret URL whose hash alone is stored; a reset retires the old URL', async () => {
    // given
    const reset = () =>
      mutate<{ agendaLink: { url: string; createdAt: string } }>(
        api,
        'matchmakingAgendaLinkReset',
        { participantId: people[0]!.id },
        people[0]!.cookie,
        'agendaLink { url createdAt }',
      );
    const first = await reset();
    const url = first.agendaLink.url;
    expect(url).toMatch(/\/calendar\/matchmaking\/[A-Za-z0-9_-]{43}\.ics$/);
    const token = url.match(/\/([A-Za-z0-9_-]{43})\.ics$/)![1]!;
    // when
    const response = await fetch(url.replace(api.config.publicUrl, api.url.replace(/\/$/, '')));
    // then
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('text/calendar');
    const calendar = new ICAL.Component(ICAL.parse(await response.text()) as unknown[]);
    for (const zone of calendar.getAllSubcomponents('vtimezone')) {
      ICAL.TimezoneService.register(new ICAL.Timezone(zone), zone.getFirstPropertyValue('tzid') as string);
    }
    const components = calendar.getAllSubcomponents('vevent');
    const events = components.map((c) => new ICAL.Event(c));
    expect(events).toHaveLength(2);
    expect(events[0]!.startDate.toJSDate().toISOString()).toBe(day.slots[0]!.startsAt);
    expect(components[0]!.getFirstProperty('dtstart')!.getParameter('tzid')).toBe('Asia/Amman');
    // 09:00 in Amman
    expect(events[0]!.startDate.toString()).toMatch(/T09:00:00$/);
    expect(events[0]!.location).toContain('Mafraq Cultural Centre');
    const [stored] = await knexRows<{ calendar_token_hash: string }>(
      api.orm.em.getKnex(),
      'select calendar_token_hash from matchmaking_participant where id = ?',
      [people[0]!.uuid],
    );
    expect(stored!.calendar_token_hash).toBe(createHash('sha256').update(token).digest('hex'));
    expect(stored!.calendar_token_hash).not.toContain(token);
    // the same meeting has the same UID in the other participant's feed
    const theirs = await mutate<{ agendaLink: { url: string } }>(
      api,
      'matchmakingAgendaLinkReset',
      { participantId: people[1]!.id },
      people[1]!.cookie,
      'agendaLink { url }',
    );
    const text = await (
      await fetch(theirs.agendaLink.url.replace(api.config.publicUrl, api.url.replace(/\/$/, '')))
    ).text();
    expect(text).toContain(`UID:${events[0]!.uid}`);
    // a reset retires the old address
    await reset();
    expect((await fetch(url.replace(api.config.publicUrl, api.url.replace(/\/$/, '')))).status).toBe(404);
    // and nobody else makes one for A
    const stranger = await createTestPerson(api);
    const refused = await mutate(
      api,
      'matchmakingAgendaLinkReset',
      { participantId: people[0]!.id },
      await signIn(api, stranger.email, stranger.password),
      'agendaLink { url }',
    );
    expect(refused.userErrors.map((e) => e.code)).toEqual(['NOT_A_MEMBER']);
  });

  it('costs a fixed number of statements for the day page and the agenda, whatever their size (no N+1)', async () => {
    const DAY_PAGE = /* GraphQL */ `
      query ($id: ID!, $first: Int) {
        matchmakingDay(id: $id) {
          title {
            ar
            en
          }
          slots {
            id
            startsAt
            endsAt
          }
          viewerParticipants {
            uuid
          }
          participants(first: $first) {
            totalCount
            edges {
              node {
                uuid
                note {
                  en
                }
                viewerActsFor
                party {
                  __typename
                  ... on Organization {
                    name {
                      en
                    }
                    governorate {
                      code
                    }
                  }
                }
              }
            }
          }
        }
      }
    `;
    const run = (first: number) =>
      api.statements(() =>
        api.graphql<{ matchmakingDay: { participants: { edges: unknown[] } } }>(
          DAY_PAGE,
          { id: day.id, first },
          { headers: { cookie: people[0]!.cookie } },
        ),
      );
    await run(1);
    const two = await run(2);
    const more = await participants(api, day, 8);
    const ten = await run(12);
    expect(two.result.body.errors).toBeUndefined();
    expect(ten.result.body.data!.matchmakingDay.participants.edges).toHaveLength(12);
    expect(ten.sql).toHaveLength(two.sql.length);
    // the agenda: with 2 accepted meetings, then with 6
    const agenda = () =>
      api.statements(() =>
        api.graphql<Agenda>(AGENDA, { id: people[0]!.id }, { headers: { cookie: people[0]!.cookie } }),
      );
    await agenda();
    const before = await agenda();
    for (const other of more.slice(0, 4)) {
      const m = await requestMeeting(api, other, people[0]!);
      await mutate(api, 'matchmakingMeetingAccept', { meetingId: m.id }, people[0]!.cookie, MEETING);
    }
    const after = await agenda();
    expect(after.result.body.data!.matchmakingParticipant!.agenda).toHaveLength(6);
    expect(after.sql).toHaveLength(before.sql.length);
    // pinned: a new field that reads per row shows up here
    expect({ dayPage: two.sql.length, agenda: before.sql.length }).toEqual({
      dayPage: DAY_PAGE_STATEMENTS,
      agenda: 12,
    });
  });
});
