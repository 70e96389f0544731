/**
 * Matchmaking days: officers set a day up and publish it; organisations and institutions take part (registered by
 * their editors and owners), say when they are free, ask each other for 1:1 meetings and answer them. Every change
 * writes its audit event, and the emails a person expects, in the same transaction.
 *
 * No participant is ever double-booked. Accepting a meeting locks the meeting, then both participants' rows in id
 * order (two acceptances sharing participants queue in the same order, so they never deadlock), picks the first slot
 * free in both agendas (or checks the one chosen), and inserts one `matchmaking_booking` row per participant: that
 * table's primary key (participant, slot) is the database's own guard, which holds even if a lock were forgotten.
 */
import { createHash, randomBytes } from 'node:crypto';
import { LockMode, UniqueConstraintViolationException } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { audit } from '../../common/audit/audit.js';
import { isOfficer, type Viewer } from '../../common/auth/viewer.js';
import type { EmailOutbox } from '../../common/email/email-outbox.js';
import { isUuid } from '../../common/relay/global-id.js';
import { sqlRows } from '../../database/sql.js';
import { cachedCodeLists } from '../directory/index.js';
import { ListingService, partyMemberEmails, partyNames, partyOf, type PartyRef } from '../partnerships/index.js';
import { matchmakingEmail, type MatchmakingEmailKind } from './matchmaking.emails.js';
import {
  MatchmakingDayEntity,
  MatchmakingMeetingEntity,
  MatchmakingParticipantEntity,
  MatchmakingSlotEntity,
} from './matchmaking.entities.js';
import { MatchmakingErrorCode as Code, matchmakingError, type MatchmakingError } from './matchmaking.errors.js';

/** A day is cut into at most this many slots (a day of 8 hours in 5-minute slots). */
export const MAX_SLOTS = 96;

export interface MatchmakingActor {
  viewer: Viewer;
  requestId: string;
}

export type Result<T> = { ok: T } | { errors: MatchmakingError[] };

const fail = (code: Code, message: string, field: string): { errors: MatchmakingError[] } => ({
  errors: [matchmakingError(code, message, field)],
});

const trimmed = (text: string | null | undefined): string | null => {
  const value = text?.trim();
  return value ? value : null;
};

export const participantParty = (p: MatchmakingParticipantEntity): PartyRef =>
  p.organizationId ? { kind: 'Organization', uuid: p.organizationId } : { kind: 'Institution', uuid: p.institutionId! };

/** How the agenda feed's secret looks in a URL: 43 characters of base64url. */
export const AGENDA_TOKEN_PATTERN = /^[A-Za-z0-9_-]{43}$/;

export function hashAgendaToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

export function agendaFeedPath(token: string): string {
  return `/calendar/matchmaking/${token}.ics`;
}

/** The slots of a day from its start, end and slot length (a last slot that would overrun the end is left out). */
export function slotTimes(startsAt: Date, endsAt: Date, minutes: number): { startsAt: Date; endsAt: Date }[] {
  const step = minutes * 60_000;
  const slots: { startsAt: Date; endsAt: Date }[] = [];
  for (let t = startsAt.getTime(); t + step <= endsAt.getTime() && slots.length <= MAX_SLOTS; t += step) {
    slots.push({ startsAt: new Date(t), endsAt: new Date(t + step) });
  }
  return slots;
}

export interface DayFields {
  titleAr?: string | null;
  titleEn?: string | null;
  startsAt: Date;
  endsAt: Date;
  slotMinutes: number;
  governorate?: string | null;
  venueAr?: string | null;
  venueEn?: string | null;
  onlineUrl?: string | null;
}

export class MatchmakingService {
  constructor(
    private readonly em: EntityManager,
    private readonly outbox: EmailOutbox,
    private readonly portalUrl: string | null,
  ) {}

  /** Whether the viewer acts for the participant's party (its editors and owners). */
  canActFor(viewer: Viewer, participant: MatchmakingParticipantEntity): Promise<boolean> {
    return new ListingService(this.em).canActFor(viewer, participantParty(participant));
  }

  async createDay(fields: DayFields, actor: MatchmakingActor): Promise<Result<MatchmakingDayEntity>> {
    const titleAr = trimmed(fields.titleAr);
    const titleEn = trimmed(fields.titleEn);
    if (!titleAr && !titleEn) return fail(Code.TITLE_REQUIRED, 'give a title in Arabic or English', 'titleAr');
    if (fields.endsAt <= fields.startsAt) return fail(Code.END_BEFORE_START, 'the day ends after it starts', 'endsAt');
    if (fields.endsAt.getTime() - fields.startsAt.getTime() > 24 * 3_600_000) {
      return fail(Code.INVALID_VALUE, 'a matchmaking day lasts at most 24 hours', 'endsAt');
    }
    const times = slotTimes(fields.startsAt, fields.endsAt, fields.slotMinutes);
    if (times.length === 0 || times.length > MAX_SLOTS) {
      return fail(Code.NO_SLOTS, `the day holds between 1 and ${MAX_SLOTS} slots of this length`, 'slotMinutes');
    }
    const onlineUrl = trimmed(fields.onlineUrl);
    const governorate = trimmed(fields.governorate);
    if (!onlineUrl && !governorate) {
      return fail(Code.VENUE_REQUIRED, 'say where: a governorate and venue, or an online link', 'governorate');
    }
    if (governorate && !(await cachedCodeLists(this.em)).governorates.has(governorate)) {
      return fail(Code.UNKNOWN_GOVERNORATE, 'is not a governorate code', 'governorate');
    }
    if (onlineUrl && !/^https:\/\/\S+$/.test(onlineUrl)) {
      return fail(Code.INVALID_VALUE, 'an online link starts with https://', 'onlineUrl');
    }
    return this.em.transactional(async (em) => {
      const day = Object.assign(new MatchmakingDayEntity(), {
        titleAr,
        titleEn,
        startsAt: fields.startsAt,
        endsAt: fields.endsAt,
        slotMinutes: fields.slotMinutes,
        governorateCode: governorate,
        venueAr: trimmed(fields.venueAr),
        venueEn: trimmed(fields.venueEn),
        onlineUrl,
        createdBy: actor.viewer.userId,
      });
      em.persist(day);
      await em.flush();
      times.forEach((t, i) =>
        em.persist(Object.assign(new MatchmakingSlotEntity(), { dayId: day.id, position: i + 1, ...t })),
      );
      audit(em, {
        actorId: actor.viewer.userId,
        action: 'MATCHMAKING_DAY_CREATED',
        subjectType: 'MatchmakingDay',
        subjectId: day.id,
        to: 'DRAFT',
        requestId: actor.requestId,
      });
      await em.flush();
      return { ok: day };
    });
  }

  async publishDay(dayId: string, actor: MatchmakingActor): Promise<Result<MatchmakingDayEntity>> {
    return this.em.transactional(async (em) => {
      const day = isUuid(dayId)
        ? await em.findOne(MatchmakingDayEntity, { id: dayId }, { lockMode: LockMode.PESSIMISTIC_WRITE })
        : null;
      if (!day) return fail(Code.DAY_NOT_FOUND, 'no such matchmaking day', 'dayId');
      if (day.status === 'PUBLISHED') return fail(Code.ALREADY_PUBLISHED, 'it is already published', 'dayId');
      Object.assign(day, { status: 'PUBLISHED', publishedAt: new Date() });
      audit(em, {
        actorId: actor.viewer.userId,
        action: 'MATCHMAKING_DAY_PUBLISHED',
        subjectType: 'MatchmakingDay',
        subjectId: day.id,
        from: 'DRAFT',
        to: 'PUBLISHED',
        requestId: actor.requestId,
      });
      await em.flush();
      return { ok: day };
    });
  }

  private async partyExists(party: PartyRef): Promise<boolean> {
    const table = party.kind === 'Organization' ? 'organization' : 'institution';
    const [row] = await sqlRows<{ found: boolean }>(
      this.em,
      `select exists (select 1 from ${table} where id = ?) as found`,
      [party.uuid],
    );
    return row?.found === true;
  }

  async register(
    input: { dayId: string; partyId: string; noteAr?: string | null; noteEn?: string | null },
    actor: MatchmakingActor,
  ): Promise<Result<MatchmakingParticipantEntity>> {
    const day = isUuid(input.dayId) ? await this.em.findOne(MatchmakingDayEntity, { id: input.dayId }) : null;
    if (!day) return fail(Code.DAY_NOT_FOUND, 'no such matchmaking day', 'dayId');
    if (day.status !== 'PUBLISHED') return fail(Code.DAY_NOT_PUBLISHED, 'the day is not published yet', 'dayId');
    if (day.endsAt <= new Date()) return fail(Code.INVALID_VALUE, 'the day is over', 'dayId');
    const party = partyOf(input.partyId);
    if (!party || !(await this.partyExists(party))) {
      return fail(Code.UNKNOWN_PARTY, 'is not an organisation or an institution', 'partyId');
    }
    if (!(await new ListingService(this.em).canActFor(actor.viewer, party))) {
      return fail(Code.NOT_A_MEMBER, 'only its editors and owners register it', 'partyId');
    }
    try {
      return await this.em.transactional(async (em) => {
        const participant = Object.assign(new MatchmakingParticipantEntity(), {
          dayId: day.id,
          organizationId: party.kind === 'Organization' ? party.uuid : null,
          institutionId: party.kind === 'Institution' ? party.uuid : null,
          noteAr: trimmed(input.noteAr),
          noteEn: trimmed(input.noteEn),
          createdBy: actor.viewer.userId,
        });
        em.persist(participant);
        audit(em, {
          actorId: actor.viewer.userId,
          action: 'MATCHMAKING_PARTICIPANT_REGISTERED',
          subjectType: 'MatchmakingParticipant',
          subjectId: participant.id,
          requestId: actor.requestId,
        });
        await em.flush();
        // free in every slot to begin with: the participant narrows it down
        await sqlRows(
          em,
          'insert into matchmaking_availability (participant_id, slot_id) select ?, id from matchmaking_slot where day_id = ?',
          [participant.id, day.id],
        );
        return { ok: participant };
      });
    } catch (error) {
      // the database's guard: a party takes part once in a day, concurrent registrations included
      if (!(error instanceof UniqueConstraintViolationException)) throw error;
      return fail(Code.ALREADY_TAKING_PART, 'it already takes part in this day', 'partyId');
    }
  }

  /** The participant, if the viewer acts for it (officers too, when `officers`). */
  private async ownParticipant(
    em: EntityManager,
    participantId: string,
    actor: MatchmakingActor,
    field: string,
  ): Promise<Result<MatchmakingParticipantEntity>> {
    const participant = isUuid(participantId)
      ? await em.findOne(MatchmakingParticipantEntity, { id: participantId })
      : null;
    if (!participant) return fail(Code.PARTICIPANT_NOT_FOUND, 'no such participant', field);
    if (!(await this.canActFor(actor.viewer, participant))) {
      return fail(Code.NOT_A_MEMBER, "only the participant's editors and owners act for it", field);
    }
    return { ok: participant };
  }

  /** Replaces the participant's free slots with those given. */
  async setAvailability(
    participantId: string,
    slotIds: readonly string[],
    actor: MatchmakingActor,
  ): Promise<Result<MatchmakingParticipantEntity>> {
    const found = await this.ownParticipant(this.em, participantId, actor, 'participantId');
    if ('errors' in found) return found;
    const participant = found.ok;
    const wanted = [...new Set(slotIds)];
    if (!wanted.every(isUuid)) return fail(Code.SLOT_NOT_IN_DAY, "is not one of the day's slots", 'slotIds');
    const inDay = await this.em.count(MatchmakingSlotEntity, { id: { $in: wanted }, dayId: participant.dayId });
    if (inDay !== wanted.length) return fail(Code.SLOT_NOT_IN_DAY, "is not one of the day's slots", 'slotIds');
    return this.em.transactional(async (em) => {
      await sqlRows(em, 'delete from matchmaking_availability where participant_id = ?', [participant.id]);
      if (wanted.length > 0) {
        await sqlRows(
          em,
          'insert into matchmaking_availability (participant_id, slot_id) select ?, unnest(?::uuid[])',
          [participant.id, wanted],
        );
      }
      audit(em, {
        actorId: actor.viewer.userId,
        action: 'MATCHMAKING_AVAILABILITY_SET',
        subjectType: 'MatchmakingParticipant',
        subjectId: participant.id,
        to: String(wanted.length),
        requestId: actor.requestId,
      });
      await em.flush();
      return { ok: participant };
    });
  }

  private async email(
    em: EntityManager,
    to: MatchmakingParticipantEntity,
    kind: MatchmakingEmailKind,
    other: MatchmakingParticipantEntity,
    slot: MatchmakingSlotEntity | null = null,
    reason: string | null = null,
  ): Promise<void> {
    const day = await em.findOneOrFail(MatchmakingDayEntity, { id: to.dayId });
    const dayNames = { ar: day.titleAr ?? day.titleEn ?? '', en: day.titleEn ?? day.titleAr ?? '' };
    const names = await partyNames(em, participantParty(other));
    const content = matchmakingEmail(kind, names, dayNames, day.id, this.portalUrl, slot, reason);
    for (const recipient of await partyMemberEmails(em, participantParty(to))) {
      await this.outbox.enqueue(em, recipient, kind, content);
    }
  }

  async requestMeeting(
    input: { fromParticipantId: string; toParticipantId: string; message: string },
    actor: MatchmakingActor,
  ): Promise<Result<MatchmakingMeetingEntity>> {
    const found = await this.ownParticipant(this.em, input.fromParticipantId, actor, 'fromParticipantId');
    if ('errors' in found) return found;
    const from = found.ok;
    const to = isUuid(input.toParticipantId)
      ? await this.em.findOne(MatchmakingParticipantEntity, { id: input.toParticipantId })
      : null;
    if (!to || to.dayId !== from.dayId) {
      return fail(Code.NOT_TAKING_PART, 'does not take part in the same day', 'toParticipantId');
    }
    if (to.id === from.id) return fail(Code.MEETING_WITH_SELF, 'a participant does not meet itself', 'toParticipantId');
    const message = input.message.trim();
    if (!message) return fail(Code.MESSAGE_REQUIRED, 'write a message to the other participant', 'message');
    if (message.length > 2000) return fail(Code.INVALID_VALUE, 'at most 2000 characters', 'message');
    try {
      return await this.em.transactional(async (em) => {
        const meeting = Object.assign(new MatchmakingMeetingEntity(), {
          dayId: from.dayId,
          requesterId: from.id,
          inviteeId: to.id,
          message,
          createdBy: actor.viewer.userId,
        });
        em.persist(meeting);
        audit(em, {
          actorId: actor.viewer.userId,
          action: 'MATCHMAKING_MEETING_REQUESTED',
          subjectType: 'MatchmakingMeeting',
          subjectId: meeting.id,
          to: 'PENDING',
          requestId: actor.requestId,
        });
        // the meeting first: the open pair's unique index answers before any email is queued
        await em.flush();
        await this.email(em, to, 'MATCHMAKING_MEETING_REQUESTED', from);
        return { ok: meeting };
      });
    } catch (error) {
      if (!(error instanceof UniqueConstraintViolationException)) throw error;
      return fail(
        Code.MEETING_ALREADY_OPEN,
        'a pending or accepted meeting between these two participants exists',
        'toParticipantId',
      );
    }
  }

  /** The pending meeting, locked, if the actor acts for the side that may act on it. */
  private async pending(
    em: EntityManager,
    meetingId: string,
    side: 'requester' | 'invitee',
    actor: MatchmakingActor,
    open: readonly string[] = ['PENDING'],
  ): Promise<
    Result<{
      meeting: MatchmakingMeetingEntity;
      requester: MatchmakingParticipantEntity;
      invitee: MatchmakingParticipantEntity;
    }>
  > {
    const meeting = isUuid(meetingId)
      ? await em.findOne(MatchmakingMeetingEntity, { id: meetingId }, { lockMode: LockMode.PESSIMISTIC_WRITE })
      : null;
    if (!meeting) return fail(Code.MEETING_NOT_FOUND, 'no such meeting request', 'meetingId');
    const [requester, invitee] = await Promise.all([
      em.findOneOrFail(MatchmakingParticipantEntity, { id: meeting.requesterId }),
      em.findOneOrFail(MatchmakingParticipantEntity, { id: meeting.inviteeId }),
    ]);
    if (!(await this.canActFor(actor.viewer, side === 'requester' ? requester : invitee))) {
      return fail(
        Code.NOT_A_PARTY,
        side === 'requester'
          ? "only the requester's editors and owners cancel it"
          : "only the invitee's editors and owners answer it",
        'meetingId',
      );
    }
    if (!open.includes(meeting.status)) {
      return fail(Code.MEETING_NOT_PENDING, `it is already ${meeting.status.toLowerCase()}`, 'meetingId');
    }
    return { ok: { meeting, requester, invitee } };
  }

  private answered(
    em: EntityManager,
    meeting: MatchmakingMeetingEntity,
    to: 'ACCEPTED' | 'DECLINED' | 'CANCELLED',
    actor: MatchmakingActor,
    reason: string | null = null,
  ): void {
    const from = meeting.status;
    Object.assign(meeting, { status: to, answeredAt: new Date(), answeredBy: actor.viewer.userId });
    audit(em, {
      actorId: actor.viewer.userId,
      action: `MATCHMAKING_MEETING_${to}`,
      subjectType: 'MatchmakingMeeting',
      subjectId: meeting.id,
      from,
      to,
      reason,
      requestId: actor.requestId,
    });
  }

  /**
   * Accepts: the meeting takes the slot chosen, or the first slot free in both agendas, and a booking row for each
   * participant (see the module's comment on double booking).
   */
  async accept(
    meetingId: string,
    slotId: string | null,
    actor: MatchmakingActor,
  ): Promise<Result<MatchmakingMeetingEntity>> {
    if (slotId !== null && !isUuid(slotId))
      return fail(Code.SLOT_NOT_IN_DAY, "is not one of the day's slots", 'slotId');
    try {
      return await this.em.transactional(async (em): Promise<Result<MatchmakingMeetingEntity>> => {
        const found = await this.pending(em, meetingId, 'invitee', actor);
        if ('errors' in found) return found;
        const { meeting, requester, invitee } = found.ok;
        if (slotId !== null && (await em.count(MatchmakingSlotEntity, { id: slotId, dayId: meeting.dayId })) === 0) {
          return fail(Code.SLOT_NOT_IN_DAY, "is not one of the day's slots", 'slotId');
        }
        const pair = [requester.id, invitee.id].sort();
        // both agendas locked in id order: acceptances sharing a participant queue, and never wait on each other crosswise
        await sqlRows(em, 'select id from matchmaking_participant where id = any(?) order by id for update', [pair]);
        // a statement after the locks: it sees the bookings committed by the acceptances that held them
        const [free] = await sqlRows<{ id: string }>(
          em,
          `select s.id from matchmaking_slot s
           where s.day_id = ? ${slotId ? 'and s.id = ?' : ''}
             and (select count(*) from matchmaking_availability a where a.slot_id = s.id and a.participant_id = any(?)) = 2
             and not exists (select 1 from matchmaking_booking b where b.slot_id = s.id and b.participant_id = any(?))
           order by s.position limit 1`,
          slotId ? [meeting.dayId, slotId, pair, pair] : [meeting.dayId, pair, pair],
        );
        if (!free) {
          return fail(
            Code.NO_COMMON_SLOT,
            slotId ? 'this slot is not free in both agendas' : 'no slot is free in both agendas',
            slotId ? 'slotId' : 'meetingId',
          );
        }
        await sqlRows(
          em,
          'insert into matchmaking_booking (participant_id, slot_id, meeting_id) values (?, ?, ?), (?, ?, ?)',
          [requester.id, free.id, meeting.id, invitee.id, free.id, meeting.id],
        );
        meeting.slotId = free.id;
        this.answered(em, meeting, 'ACCEPTED', actor);
        await em.flush();
        const slot = await em.findOneOrFail(MatchmakingSlotEntity, { id: free.id });
        await this.email(em, requester, 'MATCHMAKING_MEETING_ACCEPTED', invitee, slot);
        return { ok: meeting };
      });
    } catch (error) {
      // the database's guard (primary key of matchmaking_booking): reached only if the locks above were bypassed
      if (!(error instanceof UniqueConstraintViolationException)) throw error;
      return fail(Code.SLOT_TAKEN, 'the slot was taken in one of the two agendas meanwhile', 'slotId');
    }
  }

  async decline(
    meetingId: string,
    reason: string | null,
    actor: MatchmakingActor,
  ): Promise<Result<MatchmakingMeetingEntity>> {
    const why = trimmed(reason);
    if (why && why.length > 2000) return fail(Code.INVALID_VALUE, 'at most 2000 characters', 'reason');
    return this.em.transactional(async (em): Promise<Result<MatchmakingMeetingEntity>> => {
      const found = await this.pending(em, meetingId, 'invitee', actor);
      if ('errors' in found) return found;
      const { meeting, requester, invitee } = found.ok;
      meeting.declineReason = why;
      this.answered(em, meeting, 'DECLINED', actor, why);
      await em.flush();
      await this.email(em, requester, 'MATCHMAKING_MEETING_DECLINED', invitee, null, why);
      return { ok: meeting };
    });
  }

  /**
   * The requester cancels a pending or an accepted meeting: an accepted one frees its slot in both agendas; the
   * invitee's members are told by email.
   */
  async cancel(meetingId: string, actor: MatchmakingActor): Promise<Result<MatchmakingMeetingEntity>> {
    return this.em.transactional(async (em): Promise<Result<MatchmakingMeetingEntity>> => {
      const found = await this.pending(em, meetingId, 'requester', actor, ['PENDING', 'ACCEPTED']);
      if ('errors' in found) return found;
      const { meeting, requester, invitee } = found.ok;
      // the slot an accepted meeting held, named in the invitee's email
      const slot = meeting.slotId ? await em.findOne(MatchmakingSlotEntity, { id: meeting.slotId }) : null;
      await sqlRows(em, 'delete from matchmaking_booking where meeting_id = ?', [meeting.id]);
      meeting.slotId = null;
      this.answered(em, meeting, 'CANCELLED', actor);
      await em.flush();
      await this.email(em, invitee, 'MATCHMAKING_MEETING_CANCELLED', requester, slot);
      return { ok: meeting };
    });
  }

  /** A new secret for the participant's agenda feed, replacing any old one; only its hash is kept. */
  async resetAgendaLink(
    participantId: string,
    actor: MatchmakingActor,
  ): Promise<Result<{ participant: MatchmakingParticipantEntity; token: string }>> {
    return this.em.transactional(async (em) => {
      const found = await this.ownParticipant(em, participantId, actor, 'participantId');
      if ('errors' in found) return found;
      const token = randomBytes(32).toString('base64url');
      Object.assign(found.ok, { calendarTokenHash: hashAgendaToken(token), calendarTokenCreatedAt: new Date() });
      audit(em, {
        actorId: actor.viewer.userId,
        action: 'MATCHMAKING_AGENDA_LINK_RESET',
        subjectType: 'MatchmakingParticipant',
        subjectId: found.ok.id,
        requestId: actor.requestId,
      });
      await em.flush();
      return { ok: { participant: found.ok, token } };
    });
  }
}

/** Whether the viewer sees a participant's own things (agenda, requests): those acting for it, and officers. */
export async function actsForOrOfficer(
  em: EntityManager,
  viewer: Viewer | null,
  participant: MatchmakingParticipantEntity,
): Promise<boolean> {
  if (!viewer) return false;
  if (isOfficer(viewer)) return true;
  return new ListingService(em).canActFor(viewer, participantParty(participant));
}
