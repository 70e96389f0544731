/**
 * The training calendar feeds, read back with a parser (ical.js): a session's public feed (one event per day, times in
 * Asia/Amman with its VTIMEZONE, no online link, stable UIDs, SEQUENCE and STATUS:CANCELLED on cancellation), and a
 * person's feed at a secret URL (their confirmed sessions only, with the online link; a reset retires the old URL).
 */
import { createHash } from 'node:crypto';
import ICAL from 'ical.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sqlRows } from '../../../../src/database/sql.js';
import { startTestApi, type TestApi } from '../../../support/api.js';
import {
  createCourse,
  createOrganization,
  createParticipants,
  createSession,
  officerCookie,
  register,
} from '../training-support.js';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

const RESET = /* GraphQL */ `
  mutation {
    trainingCalendarLinkReset {
      calendarLink {
        url
        createdAt
      }
      userErrors {
        code
      }
    }
  }
`;

interface ParsedEvent {
  uid: string;
  summary: string;
  location: string;
  status: string;
  sequence: number;
  start: Date;
  end: Date;
  startTzid: string | null;
  startLocal: string;
}

/** Parses a feed with ical.js, its time zones from its own VTIMEZONE blocks. */
function parseFeed(text: string): { zones: string[]; events: ParsedEvent[] } {
  const calendar = new ICAL.Component(ICAL.parse(text) as unknown[]);
  const zones = calendar.getAllSubcomponents('vtimezone').map((zone) => {
    const timezone = new ICAL.Timezone(zone);
    ICAL.TimezoneService.register(timezone, zone.getFirstPropertyValue('tzid') as string);
    return String(zone.getFirstPropertyValue('tzid'));
  });
  const events = calendar.getAllSubcomponents('vevent').map((component) => {
    const event = new ICAL.Event(component);
    const dtstart = component.getFirstProperty('dtstart')!;
    return {
      uid: event.uid,
      summary: event.summary,
      location: event.location,
      status: String(component.getFirstPropertyValue('status')),
      sequence: event.sequence,
      start: event.startDate.toJSDate(),
      end: event.endDate.toJSDate(),
      startTzid: (dtstart.getParameter('tzid') as string | undefined) ?? null,
      startLocal: event.startDate.toString(),
    };
  });
  return { zones, events };
}

describe('training calendar feeds', () => {
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

  /** Fetches a feed (its folded lines unfolded, RFC 5545 3.1) from the test API, whatever public address the API gives it. */
  const get = async (url: string) => {
    const response = await fetch(url.replace(api.config.publicUrl, api.url.replace(/\/$/, '')));
    const text = await response.text();
    return {
      status: response.status,
      type: response.headers.get('content-type'),
      text,
      unfolded: text.replace(/\r\n[ \t]/g, ''),
    };
  };

  it("publishes a session's days in Amman time, with the venue and without the online link", async () => {
    // given a two-day session, 09:00 to 15:00 in Amman on 10 and 11 March 2027 (UTC+3 all year: 06:00 to 12:00 UTC)
    const session = await createSession(api, officer, courseId, {
      days: [
        { startsAt: '2027-03-10T06:00:00Z', endsAt: '2027-03-10T12:00:00Z' },
        { startsAt: '2027-03-11T06:00:00Z', endsAt: '2027-03-11T12:00:00Z' },
      ],
      venueAddressAr: 'جبل اللويبدة، عمّان',
      registrationDeadline: new Date(Date.now() + 7 * DAY).toISOString(),
    });
    const online = await createSession(api, officer, courseId, {
      governorate: null,
      venueAddressEn: null,
      onlineUrl: 'https://meet.example.org/secret-room-123',
    });

    // when the session's public feed is fetched, at the address the session gives
    const address = await api.graphql<{ trainingSession: { calendarFeedUrl: string } }>(
      `query($id: ID!) { trainingSession(id: $id) { calendarFeedUrl } }`,
      { id: session.id },
    );
    const url = address.body.data!.trainingSession.calendarFeedUrl;
    expect(url).toBe(`${api.config.publicUrl}/calendar/training/sessions/${session.uuid}.ics`);
    const feed = await get(url);

    // then it is a calendar with the Amman zone and one event per day, at the right moments
    expect(feed.status).toBe(200);
    expect(feed.type).toBe('text/calendar; charset=utf-8');
    const { zones, events } = parseFeed(feed.text);
    expect(zones).toEqual(['Asia/Amman']);
    expect(feed.text).toContain('TZOFFSETTO:+0300');
    expect(events).toHaveLength(2);
    expect(events.map((e) => [e.startTzid, e.startLocal, e.start.toISOString(), e.end.toISOString()])).toEqual([
      ['Asia/Amman', '2027-03-10T09:00:00', '2027-03-10T06:00:00.000Z', '2027-03-10T12:00:00.000Z'],
      ['Asia/Amman', '2027-03-11T09:00:00', '2027-03-11T06:00:00.000Z', '2027-03-11T12:00:00.000Z'],
    ]);
    // bilingual, the venue in both languages, confirmed
    expect(events[0]!.summary).toContain('الإدارة المالية للجمعيات');
    expect(events[0]!.summary).toContain('Financial management for CSOs');
    expect(events[0]!.summary).toContain('Day 1 of 2');
    expect(events[0]!.location).toContain('جبل اللويبدة، عمّان');
    expect(events[0]!.location).toContain('Jabal Al-Weibdeh, Amman');
    expect(events.map((e) => e.status)).toEqual(['CONFIRMED', 'CONFIRMED']);
    expect(new Set(events.map((e) => e.uid)).size).toBe(2);

    // and an online session's public feed says "online" without its link
    const onlineFeed = await get(`${api.config.publicUrl}/calendar/training/sessions/${online.uuid}.ics`);
    expect(onlineFeed.status).toBe(200);
    expect(parseFeed(onlineFeed.text).events[0]!.location).toBe('عبر الإنترنت | Online');
    expect(onlineFeed.unfolded).not.toContain('secret-room-123');
  });

  it('keeps the UIDs and raises SEQUENCE with STATUS:CANCELLED when the session is cancelled', async () => {
    // given a session's feed
    const session = await createSession(api, officer, courseId);
    const url = `${api.config.publicUrl}/calendar/training/sessions/${session.uuid}.ics`;
    const before = parseFeed((await get(url)).text).events;
    // (a change of its seats only is not one for calendars)
    await api.graphql(
      `mutation($input: TrainingSessionUpdateInput!) { trainingSessionUpdate(input: $input) { userErrors { code } } }`,
      { input: { sessionId: session.id, seats: 40 } },
      { headers: { cookie: officer } },
    );
    const again = parseFeed((await get(url)).text).events;

    // when an officer cancels it
    const cancelled = await api.graphql<{ trainingSessionCancel: { userErrors: unknown[] } }>(
      `mutation($input: TrainingSessionCancelInput!) { trainingSessionCancel(input: $input) { userErrors { code } } }`,
      { input: { sessionId: session.id, reason: 'The trainer is ill' } },
      { headers: { cookie: officer } },
    );
    expect(cancelled.body.data!.trainingSessionCancel.userErrors).toEqual([]);
    const after = parseFeed((await get(url)).text).events;

    // then the same events come back, cancelled, with a higher sequence
    expect(again.map((e) => e.uid)).toEqual(before.map((e) => e.uid));
    expect(after.map((e) => e.uid)).toEqual(before.map((e) => e.uid));
    expect(after.map((e) => e.status)).toEqual(['CANCELLED', 'CANCELLED']);
    expect(again.map((e) => e.sequence)).toEqual(before.map((e) => e.sequence));
    expect(after[0]!.sequence).toBeGreaterThan(again[0]!.sequence);
    expect(after[0]!.summary).toMatch(/^ملغاة \| Cancelled: /);
  });

  it('answers 404 for an unknown session', async () => {
    const feed = await get(
      `${api.config.publicUrl}/calendar/training/sessions/00000000-0000-4000-8000-000000000000.ics`,
    );
    expect(feed.status).toBe(404);
  });

  it("gives a person their own confirmed sessions at a secret URL, nobody else's, and retires it on reset", async () => {
    // given two people; Amal is confirmed in an online session and an in-person one and waitlisted in a third;
    // Basel is confirmed in a session of his own
    const [amal, basel] = await createParticipants(api, 2, organization.uuid);
    const onlineSession = await createSession(api, officer, courseId, {
      governorate: null,
      venueAddressEn: null,
      onlineUrl: 'https://meet.example.org/amal-room',
    });
    const inPerson = await createSession(api, officer, courseId, { venueAddressEn: 'Irbid community centre' });
    const full = await createSession(api, officer, courseId, { seats: 1, venueAddressEn: 'Zarqa hall' });
    const basels = await createSession(api, officer, courseId, {
      governorate: null,
      venueAddressEn: null,
      onlineUrl: 'https://meet.example.org/basel-room',
    });
    for (const s of [onlineSession, inPerson]) {
      expect(
        (await register(api, amal!.headers, { sessionId: s.id, organizationId: organization.id })).userErrors,
      ).toEqual([]);
    }
    await register(api, basel!.headers, { sessionId: full.id, organizationId: organization.id });
    expect(
      (await register(api, amal!.headers, { sessionId: full.id, organizationId: organization.id })).registration!
        .status,
    ).toBe('WAITLISTED');
    await register(api, basel!.headers, { sessionId: basels.id, organizationId: organization.id });

    // when each makes a calendar link
    const reset = async (headers: Record<string, string>) => {
      const response = await api.graphql<{
        trainingCalendarLinkReset: { calendarLink: { url: string; createdAt: string }; userErrors: unknown[] };
      }>(RESET, {}, { headers });
      expect(response.body.errors).toBeUndefined();
      expect(response.body.data!.trainingCalendarLinkReset.userErrors).toEqual([]);
      return response.body.data!.trainingCalendarLinkReset.calendarLink;
    };
    const amalLink = await reset(amal!.headers);
    const baselLink = await reset(basel!.headers);
    expect(amalLink.url).toMatch(new RegExp(`^${api.config.publicUrl}/calendar/training/me/[A-Za-z0-9_-]{43}\\.ics$`));

    // then Amal's feed has her two confirmed sessions (both days each), the online link, and nothing of Basel's
    const feed = await get(amalLink.url);
    expect(feed.status).toBe(200);
    const events = parseFeed(feed.text).events;
    const sessionsOf = (list: ParsedEvent[]) => [...new Set(list.map((e) => e.uid.split('-day-')[0]))].sort();
    expect(sessionsOf(events)).toEqual(
      [onlineSession.uuid, inPerson.uuid].map((id) => `training-session-${id}`).sort(),
    );
    expect(events).toHaveLength(4);
    expect(feed.unfolded).toContain('https://meet.example.org/amal-room');
    expect(feed.unfolded).not.toContain('basel-room');
    expect(feed.unfolded).not.toContain('Zarqa hall');
    expect(events.find((e) => e.location.includes('Irbid community centre'))).toBeDefined();
    // and Basel's has his, without Amal's link
    const baselFeed = await get(baselLink.url);
    expect(baselFeed.unfolded).toContain('basel-room');
    expect(baselFeed.unfolded).not.toContain('amal-room');

    // and only a hash of the secret is stored
    const token = /\/me\/([^/]+)\.ics$/.exec(amalLink.url)![1]!;
    const [stored] = await sqlRows<{ token_hash: string }>(
      api.orm.em.fork(),
      'select token_hash from training_calendar_token where user_id = ?',
      [amal!.userId],
    );
    expect(stored!.token_hash).toBe(createHash('sha256').update(token).digest('hex'));
    expect(stored!.token_hash).not.toContain(token);

    // and the viewer sees when the link was made, never its address
    const viewer = await api.graphql<{ viewer: { trainingCalendarLink: { url: string | null; createdAt: string } } }>(
      `query { viewer { trainingCalendarLink { url createdAt } } }`,
      {},
      { headers: amal!.headers },
    );
    expect(viewer.body.data!.viewer.trainingCalendarLink).toEqual({ url: null, createdAt: amalLink.createdAt });

    // when Amal resets it, the old URL answers 404 and the new one her feed
    const renewed = await reset(amal!.headers);
    expect(renewed.url).not.toBe(amalLink.url);
    expect((await get(amalLink.url)).status).toBe(404);
    expect((await get(renewed.url)).status).toBe(200);
    // and a made-up secret, too
    expect((await get(`${api.config.publicUrl}/calendar/training/me/${'A'.repeat(43)}.ics`)).status).toBe(404);
    expect((await get(`${api.config.publicUrl}/calendar/training/me/not-a-secret.ics`)).status).toBe(404);
  });

  it('keeps a session cancelled under a person in their feed, as CANCELLED', async () => {
    // given a person confirmed in a session, with a calendar link
    const [person] = await createParticipants(api, 1, organization.uuid);
    const session = await createSession(api, officer, courseId);
    await register(api, person!.headers, { sessionId: session.id, organizationId: organization.id });
    const link = (
      await api.graphql<{ trainingCalendarLinkReset: { calendarLink: { url: string } } }>(
        RESET,
        {},
        {
          headers: person!.headers,
        },
      )
    ).body.data!.trainingCalendarLinkReset.calendarLink;

    // when an officer cancels the session
    await api.graphql(
      `mutation($input: TrainingSessionCancelInput!) { trainingSessionCancel(input: $input) { userErrors { code } } }`,
      { input: { sessionId: session.id, reason: 'Venue flooded' } },
      { headers: { cookie: officer } },
    );

    // then its events stay in the person's feed, cancelled (so the calendar app removes them)
    const events = parseFeed((await get(link.url)).text).events;
    expect(events.map((e) => e.status)).toEqual(['CANCELLED', 'CANCELLED']);
  });

  it('refuses to make a link for the public', async () => {
    const response = await api.graphql(RESET, {});
    expect(response.body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });
});
