/**
 * Taking part, availability and the life of a meeting request (request, accept, decline, cancel), with the rules the
 * issue names as typed errors (a meeting with oneself or with someone not taking part, outside the day's slots,
 * acting for a participant one does not act for), emails through the outbox and audit events.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toGlobalId } from '../../../../src/common/relay/global-id.js';
import { knexRows } from '../../../../src/database/sql.js';
import { startTestApi, type TestApi } from '../../../support/api.js';
import { createTestPerson, signIn } from '../../../support/accounts.js';
import { createOrganizations } from '../../../support/factories.js';
import {
  MEETING,
  mutate,
  officerCookie,
  participants,
  publishedDay,
  requestMeeting,
  type Day,
} from '../matchmaking-support.js';

describe('matchmaking participants and meetings', () => {
  let api: TestApi;
  let officer = '';
  let day: Day;
  beforeAll(async () => {
    api = await startTestApi();
    officer = await officerCookie(api);
    day = await publishedDay(api, officer, 60, 3);
  });
  afterAll(async () => {
    await api.stop();
  });

  const emails = (recipient: string, kind: string) =>
    knexRows<{ subject: string; body_text: string }>(
      api.orm.em.getKnex(),
      'select subject, body_text from email_outbox where recipient = ? and kind = ? order by created_at',
      [recipient, kind],
    );
  const accept = (meetingId: string, cookie: string, slotId?: string) =>
    mutate<{ meeting: { status: string; slot: { id: string; position: number } | null } | null }>(
      api,
      'matchmakingMeetingAccept',
      { meetingId, slotId: slotId ?? null },
      cookie,
      MEETING,
    );

  it('registers a party once, free in every slot; refuses a second registration and non-editors', async () => {
    // given
    const [org] = await createOrganizations(api.orm, [{}]);
    const editor = await createTestPerson(api, { memberships: [{ organizationId: org!.id, role: 'EDITOR' }] });
    const viewer = await createTestPerson(api, { memberships: [{ organizationId: org!.id, role: 'VIEWER' }] });
    const editorCookie = await signIn(api, editor.email, editor.password);
    const viewerCookie = await signIn(api, viewer.email, viewer.password);
    const input = { dayId: day.id, partyId: toGlobalId('Organization', org!.id), noteEn: 'We offer venues' };
    // when
    const refused = await mutate(api, 'matchmakingParticipantRegister', input, viewerCookie, 'participant { uuid }');
    const first = await mutate<{ participant: { uuid: string } }>(
      api,
      'matchmakingParticipantRegister',
      input,
      editorCookie,
      'participant { uuid }',
    );
    const second = await mutate(api, 'matchmakingParticipantRegister', input, editorCookie, 'participant { uuid }');
    // then
    expect(refused.userErrors.map((e) => e.code)).toEqual(['NOT_A_MEMBER']);
    expect(first.userErrors).toEqual([]);
    expect(second.userErrors.map((e) => e.code)).toEqual(['ALREADY_TAKING_PART']);
    const [row] = await knexRows<{ n: number }>(
      api.orm.em.getKnex(),
      'select count(*)::int as n from matchmaking_availability where participant_id = ?',
      [first.participant.uuid],
    );
    expect(row!.n).toBe(3);
  });

  it('sets availability to the slots given; refuses a slot of another day', async () => {
    // given
    const [p] = await participants(api, day, 1);
    const other = await publishedDay(api, officer, 60, 1);
    // when
    const set = await mutate<{ participant: { availableSlotIds: string[] } }>(
      api,
      'matchmakingAvailabilitySet',
      { participantId: p!.id, slotIds: [day.slots[1]!.id] },
      p!.cookie,
      'participant { availableSlotIds }',
    );
    const outside = await mutate(
      api,
      'matchmakingAvailabilitySet',
      { participantId: p!.id, slotIds: [other.slots[0]!.id] },
      p!.cookie,
      'participant { uuid }',
    );
    // then
    expect(set).toEqual({ participant: { availableSlotIds: [day.slots[1]!.id] }, userErrors: [] });
    expect(outside.userErrors.map((e) => [e.code, e.field])).toEqual([['SLOT_NOT_IN_DAY', ['input', 'slotIds']]]);
  });

  it('requests, then accepts into the first slot free in both agendas, emailing both sides', async () => {
    // given A free from slot 2, B free in all, B already booked in slot 2 with C
    const [a, b, c] = await participants(api, day, 3);
    await mutate(
      api,
      'matchmakingAvailabilitySet',
      { participantId: a!.id, slotIds: [day.slots[1]!.id, day.slots[2]!.id] },
      a!.cookie,
      'participant { uuid }',
    );
    const bc = await requestMeeting(api, c!, b!);
    await accept(bc.id, b!.cookie, day.slots[1]!.id);
    // when A asks B, and B accepts
    const ab = await requestMeeting(api, a!, b!, 'Let us talk about outreach in Mafraq');
    const result = await accept(ab.id, b!.cookie);
    // then the meeting takes slot 3, the first free in both agendas
    expect(result.userErrors).toEqual([]);
    expect(result.meeting).toMatchObject({ status: 'ACCEPTED', slot: { position: 3 } });
    expect((await emails(b!.email, 'MATCHMAKING_MEETING_REQUESTED')).length).toBe(2);
    const accepted = await emails(a!.email, 'MATCHMAKING_MEETING_ACCEPTED');
    expect(accepted).toHaveLength(1);
    expect(accepted[0]!.body_text).toContain('/ar/partnerships/matchmaking/');
    // a second request between the same pair is refused while this one holds
    const again = await mutate(
      api,
      'matchmakingMeetingRequest',
      { fromParticipantId: b!.id, toParticipantId: a!.id, message: 'Again' },
      b!.cookie,
      MEETING,
    );
    expect(again.userErrors.map((e) => e.code)).toEqual(['MEETING_ALREADY_OPEN']);
    // the requester cancels: the slot is free again in both agendas
    const cancelled = await mutate(api, 'matchmakingMeetingCancel', { meetingId: ab.id }, a!.cookie, MEETING);
    expect(cancelled.meeting).toMatchObject({ status: 'CANCELLED', slot: null });
    const [left] = await knexRows<{ n: number }>(
      api.orm.em.getKnex(),
      'select count(*)::int as n from matchmaking_booking where meeting_id = ?',
      [ab.uuid],
    );
    expect(left!.n).toBe(0);
    // the invitee is told, with the slot it had
    const cancelMail = await emails(b!.email, 'MATCHMAKING_MEETING_CANCELLED');
    expect(cancelMail).toHaveLength(1);
    expect(cancelMail[0]!.body_text).toContain('the slot is free in your agenda again');
    expect(cancelMail[0]!.body_text).toContain('ألغت');
    const audit = await knexRows<{ action: string }>(
      api.orm.em.getKnex(),
      'select action from audit_event where subject_id = ? order by action',
      [ab.uuid],
    );
    expect(audit.map((e) => e.action)).toEqual([
      'MATCHMAKING_MEETING_ACCEPTED',
      'MATCHMAKING_MEETING_CANCELLED',
      'MATCHMAKING_MEETING_REQUESTED',
    ]);
  });

  it('refuses a chosen slot not free in both agendas, and a slot of no agenda in common', async () => {
    // given A free only in slot 1, B only in slot 2
    const [a, b] = await participants(api, day, 2);
    await mutate(
      api,
      'matchmakingAvailabilitySet',
      { participantId: a!.id, slotIds: [day.slots[0]!.id] },
      a!.cookie,
      'participant { uuid }',
    );
    await mutate(
      api,
      'matchmakingAvailabilitySet',
      { participantId: b!.id, slotIds: [day.slots[1]!.id] },
      b!.cookie,
      'participant { uuid }',
    );
    const ab = await requestMeeting(api, a!, b!);
    // when
    const chosen = await accept(ab.id, b!.cookie, day.slots[0]!.id);
    const first = await accept(ab.id, b!.cookie);
    // then
    expect(chosen.userErrors.map((e) => [e.code, e.field])).toEqual([['NO_COMMON_SLOT', ['input', 'slotId']]]);
    expect(first.userErrors.map((e) => e.code)).toEqual(['NO_COMMON_SLOT']);
    const [row] = await knexRows<{ status: string }>(
      api.orm.em.getKnex(),
      'select status from matchmaking_meeting where id = ?',
      [ab.uuid],
    );
    expect(row!.status).toBe('PENDING');
  });

  it('declines with a reason emailed to the requester; only the invitee answers, only the requester cancels', async () => {
    // given
    const [a, b] = await participants(api, day, 2);
    const ab = await requestMeeting(api, a!, b!);
    // when
    const byRequester = await mutate(api, 'matchmakingMeetingDecline', { meetingId: ab.id }, a!.cookie, MEETING);
    const cancelByInvitee = await mutate(api, 'matchmakingMeetingCancel', { meetingId: ab.id }, b!.cookie, MEETING);
    const declined = await mutate(
      api,
      'matchmakingMeetingDecline',
      { meetingId: ab.id, reason: 'Fully booked' },
      b!.cookie,
      MEETING,
    );
    const late = await accept(ab.id, b!.cookie);
    // then
    expect(byRequester.userErrors.map((e) => e.code)).toEqual(['NOT_A_PARTY']);
    expect(cancelByInvitee.userErrors.map((e) => e.code)).toEqual(['NOT_A_PARTY']);
    expect(declined.meeting).toMatchObject({ status: 'DECLINED', declineReason: 'Fully booked' });
    expect(late.userErrors.map((e) => e.code)).toEqual(['MEETING_NOT_PENDING']);
    const mail = await emails(a!.email, 'MATCHMAKING_MEETING_DECLINED');
    expect(mail[0]!.body_text).toContain('Fully booked');
  });

  it('refuses a meeting with oneself, with someone of another day, and without a message', async () => {
    // given
    const [a] = await participants(api, day, 1);
    const other = await publishedDay(api, officer, 60, 1);
    const [elsewhere] = await participants(api, other, 1);
    const ask = (to: string, message = 'Hello') =>
      mutate(
        api,
        'matchmakingMeetingRequest',
        { fromParticipantId: a!.id, toParticipantId: to, message },
        a!.cookie,
        MEETING,
      );
    // when / then
    expect((await ask(a!.id)).userErrors.map((e) => e.code)).toEqual(['MEETING_WITH_SELF']);
    expect((await ask(elsewhere!.id)).userErrors.map((e) => e.code)).toEqual(['NOT_TAKING_PART']);
    const [b] = await participants(api, day, 1);
    expect((await ask(b!.id, '  ')).userErrors.map((e) => e.code)).toEqual(['MESSAGE_REQUIRED']);
    // and someone acting for neither cannot ask in A's name
    const stranger = await createTestPerson(api);
    const cookie = await signIn(api, stranger.email, stranger.password);
    const forged = await mutate(
      api,
      'matchmakingMeetingRequest',
      { fromParticipantId: a!.id, toParticipantId: b!.id, message: 'Hi' },
      cookie,
      MEETING,
    );
    expect(forged.userErrors.map((e) => e.code)).toEqual(['NOT_A_MEMBER']);
  });
});
