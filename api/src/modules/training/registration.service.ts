/**
 * Registration for a session, with exact seats and a fair, gapless waitlist whatever the concurrency (the API may run
 * as several processes). Every change of a session's registrations happens in one transaction that first locks the
 * session's row (`select ... for update`; a registration is one statement, its own transaction, that starts with
 * the lock): registrations of one session are decided one after the other, in the order the database grants the
 * lock, and each sees the counts the previous one left (on the locked row itself). The session row's
 * `confirmed_count <= seats` check and the unique (session, waitlist position) constraint are the database's own
 * guard behind the code.
 *
 *   register ──seat left──▶ CONFIRMED
 *            └─full──────▶ WAITLISTED at waitlistCount + 1
 *   cancel CONFIRMED  ──▶ CANCELLED; the first waitlisted is promoted at once (emailed), positions close up
 *   cancel WAITLISTED ──▶ CANCELLED; the positions after it close up
 *
 * The audit event and the emails are written in the same transaction: nothing is half-written.
 */
import { randomUUID } from 'node:crypto';
import { LockMode, UniqueConstraintViolationException } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { audit } from '../../common/audit/audit.js';
import type { EmailOutbox } from '../../common/email/email-outbox.js';
import { NotFoundError } from '../../common/errors/api-errors.js';
import { parseTimestamp, sqlRows } from '../../database/sql.js';
import { trainingEmail, type TrainingEmailKind } from './training.emails.js';
import {
  TrainingCourseEntity,
  TrainingRegistrationEntity,
  TrainingSessionDayEntity,
  TrainingSessionEntity,
} from './training.entities.js';
import { TrainingSessionStatus, sessionStatus } from './training.enums.js';
import { consentedAnswers, disaggregationError } from './disaggregation.service.js';
import type { TrainingDisaggregationInput } from './disaggregation.type.js';
import { mayRunSession } from './training-trainers.js';
import {
  TrainingRegistrationRepository,
  type RegistrationFacts,
  type RegistrationWrite,
  type RegistrationWritten,
} from './training-registration.repository.js';
import { TrainingErrorCode, trainingError, type TrainingError } from './training.errors.js';

export interface Accommodations {
  signLanguage?: boolean | null;
  accessibleVenue?: boolean | null;
  transport?: boolean | null;
  carerSeat?: boolean | null;
  accessibleMaterials?: boolean | null;
  note?: string | null;
}

export interface RegisterRequest {
  sessionId: string;
  /** The organisation registered for; null to register as a public official. */
  organizationId: string | null;
  accommodations: Accommodations;
  idempotencyKey: string | null;
  /** Optional answers for disaggregated statistics, kept only with consent. */
  disaggregation?: TrainingDisaggregationInput | null;
}

export interface Registrant {
  userId: string;
  email: string;
  /** The organisations the person belongs to (from the viewer). */
  memberships: ReadonlyMap<string, unknown>;
  requestId: string;
}

export interface Actor {
  userId: string;
  requestId: string;
  officer: boolean;
}

export type Result<T> = { ok: T; error?: undefined } | { ok?: undefined; error: TrainingError };
const fail = (code: TrainingErrorCode, message: string, field: string | null): { error: TrainingError } => ({
  error: trainingError(code, message, field),
});

export class RegistrationService {
  constructor(
    private readonly em: EntityManager,
    private readonly outbox: EmailOutbox,
    private readonly portalUrl: string,
  ) {}

  /**
   * Registers the person: a seat if one is left, else the next place on the waitlist. Two statements: one read
   * of what the rules need (the key's first answer, the session and its course, the organisation, the person's place),
   * checked here, then one guarded statement that locks the session's row, checks the window again, and writes the
   * seat or place, the registration, its audit events, the consented answers and the email
   * (training-registration.repository.ts). The lock is held for that one statement. A session limiting each
   * organisation's places is locked by a statement of its own first, so the organisation's count is exact.
   */
  async register(request: RegisterRequest, person: Registrant): Promise<Result<TrainingRegistrationEntity>> {
    const { organizationId } = request;
    const repository = new TrainingRegistrationRepository(this.em);
    const facts = await repository.facts(request.sessionId, person.userId, organizationId, request.idempotencyKey);
    const replay = this.replayOf(facts, request);
    if (replay) return replay;
    const unconsented = disaggregationError(request.disaggregation);
    if (unconsented) return { error: unconsented };
    if (organizationId !== null && !person.memberships.has(organizationId)) {
      return fail(TrainingErrorCode.NOT_A_MEMBER, 'you are not a member of this organisation', 'organizationId');
    }
    const session = facts.session;
    if (!session) throw new NotFoundError('TrainingSession');
    const now = new Date();
    const early = eligibility(session, facts, request, now);
    if (early) return { error: early };
    const a = request.accommodations;
    const course = { titleAr: session.titleAr, titleEn: session.titleEn };
    const timing = { id: session.id, startsAt: parseTimestamp(session.startsAt) };
    const confirmed = trainingEmail('TRAINING_REGISTRATION_CONFIRMED', course, timing, this.portalUrl);
    const waitlisted = trainingEmail('TRAINING_REGISTRATION_WAITLISTED', course, timing, this.portalUrl, POSITION);
    const write: RegistrationWrite = {
      id: randomUUID(),
      sessionId: session.id,
      userId: person.userId,
      organizationId,
      accommodations: {
        signLanguage: a.signLanguage ?? false,
        accessibleVenue: a.accessibleVenue ?? false,
        transport: a.transport ?? false,
        carerSeat: a.carerSeat ?? false,
        accessibleMaterials: a.accessibleMaterials ?? false,
        note: a.note ?? null,
      },
      idempotencyKey: request.idempotencyKey,
      requestId: person.requestId,
      disaggregation: consentedAnswers(request.disaggregation),
      now,
      locked: false,
      email: { recipient: person.email, confirmed, waitlisted, marker: POSITION },
    };
    const limited = organizationId !== null && session.maxPerOrganization !== null;
    try {
      let written = limited ? await this.writeLocked(write) : await repository.write(write);
      // a limit set since the first read: counted again under the lock
      if (written.needsLock) written = await this.writeLocked(write);
      if (written.registration) {
        this.outbox.committed();
        return { ok: this.em.map(TrainingRegistrationEntity, written.registration) };
      }
      return { error: refusal(written, now) };
    } catch (error) {
      // the database's own guards: the same person twice, or the same key twice, at the same moment
      if (!isUniqueViolation(error)) throw error;
      const again = await new TrainingRegistrationRepository(this.em.fork()).facts(
        request.sessionId,
        person.userId,
        organizationId,
        request.idempotencyKey,
      );
      const first = this.replayOf(again, request);
      if (first) return first;
      return fail(TrainingErrorCode.ALREADY_REGISTERED, 'you are already registered for this session', 'sessionId');
    }
  }

  /** The write under a lock taken by a statement of its own, so the organisation's places are counted exactly. */
  private writeLocked(write: RegistrationWrite): Promise<RegistrationWritten> {
    return this.em.transactional(async (em) => {
      const repository = new TrainingRegistrationRepository(em);
      await repository.lockSession(write.sessionId);
      return repository.write({ ...write, locked: true });
    });
  }

  /** The first answer to a request repeated with the same idempotency key, if there was one. */
  private replayOf(facts: RegistrationFacts, request: RegisterRequest): Result<TrainingRegistrationEntity> | undefined {
    if (!request.idempotencyKey || !facts.replay) return undefined;
    const first = this.em.map(TrainingRegistrationEntity, facts.replay);
    if (first.sessionId !== request.sessionId) {
      return fail(TrainingErrorCode.IDEMPOTENCY_KEY_REUSED, 'this key was used for another session', 'idempotencyKey');
    }
    return { ok: first };
  }

  /**
   * Cancels a registration (the person, before the cancellation deadline; an officer at any time). A freed seat goes
   * at once to the first waitlisted, who is emailed; the waitlist closes up.
   */
  cancel(registrationId: string, actor: Actor, reason: string | null): Promise<Result<TrainingRegistrationEntity>> {
    return this.em.transactional(async (em): Promise<Result<TrainingRegistrationEntity>> => {
      const registration = await this.lockRegistration(em, registrationId, actor);
      if (!registration) {
        return fail(TrainingErrorCode.REGISTRATION_NOT_FOUND, 'no such registration', 'registrationId');
      }
      const session = await em.findOneOrFail(TrainingSessionEntity, { id: registration.sessionId });
      if (registration.status === 'CANCELLED') {
        return fail(TrainingErrorCode.ALREADY_CANCELLED, 'this registration is already cancelled', 'registrationId');
      }
      if (!actor.officer && new Date() > session.cancellationDeadline) {
        return fail(
          TrainingErrorCode.CANCELLATION_DEADLINE_PASSED,
          'the cancellation deadline has passed: ask the programme officers',
          'registrationId',
        );
      }
      const from = registration.status;
      await this.release(em, session, registration);
      registration.cancelledAt = new Date();
      registration.cancelledBy = actor.userId;
      registration.cancellationReason = reason;
      audit(em, {
        actorId: actor.userId,
        action: 'TRAINING_REGISTRATION_CANCELLED',
        subjectType: 'TrainingRegistration',
        subjectId: registration.id,
        from,
        to: 'CANCELLED',
        reason,
        requestId: actor.requestId,
      });
      const course = await em.findOneOrFail(TrainingCourseEntity, { id: session.courseId });
      if (registration.userId !== actor.userId) {
        const [owner] = await sqlRows<{ email: string }>(em, 'select email from auth_user where id = ?', [
          registration.userId,
        ]);
        if (owner) await this.email(em, owner.email, 'TRAINING_REGISTRATION_CANCELLED', course, session);
      }
      await this.promote(em, session, course, actor);
      return { ok: registration };
    });
  }

  /**
   * An officer moves a registration to another session: it leaves its seat or place (the waitlist there moves up) and
   * takes a seat, or the next place on the waitlist, in the other. Dates and eligibility are the officer's call.
   */
  move(registrationId: string, targetSessionId: string, actor: Actor): Promise<Result<TrainingRegistrationEntity>> {
    return this.em.transactional(async (em): Promise<Result<TrainingRegistrationEntity>> => {
      const [current] = await sqlRows<{ session_id: string }>(
        em,
        'select session_id from training_registration where id = ?',
        [registrationId],
      );
      if (!current) return fail(TrainingErrorCode.REGISTRATION_NOT_FOUND, 'no such registration', 'registrationId');
      // both sessions locked in one order (by id), so two opposite moves cannot deadlock
      const ids = [...new Set([current.session_id, targetSessionId])].sort();
      const locked = new Map<string, TrainingSessionEntity>();
      for (const id of ids) locked.set(id, await lockSession(em, id));
      const registration = await em.findOneOrFail(TrainingRegistrationEntity, { id: registrationId });
      const source = locked.get(registration.sessionId)!;
      const target = locked.get(targetSessionId)!;
      if (source.id === target.id) {
        return fail(TrainingErrorCode.SAME_SESSION, 'the registration is already for this session', 'sessionId');
      }
      if (registration.status === 'CANCELLED') {
        return fail(TrainingErrorCode.ALREADY_CANCELLED, 'this registration is cancelled', 'registrationId');
      }
      if (target.cancelledAt) {
        return fail(TrainingErrorCode.SESSION_CANCELLED, 'that session was cancelled', 'sessionId');
      }
      const taken = await em.count(TrainingRegistrationEntity, {
        sessionId: target.id,
        userId: registration.userId,
        status: { $ne: 'CANCELLED' },
      });
      if (taken > 0) {
        return fail(
          TrainingErrorCode.ALREADY_REGISTERED,
          'the person is already registered for that session',
          'sessionId',
        );
      }
      const from = registration.status;
      await this.release(em, source, registration);
      // the registration keeps its id and accommodations; its place in the old session is closed up first
      registration.sessionId = target.id;
      registration.status = 'CONFIRMED';
      registration.accommodationsConfirmedAt = null;
      registration.accommodationsConfirmedBy = null;
      seat(target, registration);
      await em.flush();
      audit(em, {
        actorId: actor.userId,
        action: 'TRAINING_REGISTRATION_MOVED',
        subjectType: 'TrainingRegistration',
        subjectId: registration.id,
        from: `${source.id}:${from}`,
        to: `${target.id}:${registration.status}`,
        requestId: actor.requestId,
      });
      const [owner] = await sqlRows<{ email: string }>(em, 'select email from auth_user where id = ?', [
        registration.userId,
      ]);
      const targetCourse = await em.findOneOrFail(TrainingCourseEntity, { id: target.courseId });
      if (owner) {
        await this.email(
          em,
          owner.email,
          registration.status === 'CONFIRMED' ? 'TRAINING_REGISTRATION_CONFIRMED' : 'TRAINING_REGISTRATION_WAITLISTED',
          targetCourse,
          target,
          registration.waitlistPosition,
        );
      }
      const sourceCourse = await em.findOneOrFail(TrainingCourseEntity, { id: source.courseId });
      await this.promote(em, source, sourceCourse, actor);
      return { ok: registration };
    });
  }

  /** An officer confirms the accommodations a participant asked for. */
  confirmAccommodations(registrationId: string, actor: Actor): Promise<Result<TrainingRegistrationEntity>> {
    return this.em.transactional(async (em): Promise<Result<TrainingRegistrationEntity>> => {
      const registration = await em.findOne(
        TrainingRegistrationEntity,
        { id: registrationId },
        { lockMode: LockMode.PESSIMISTIC_WRITE },
      );
      if (!registration)
        return fail(TrainingErrorCode.REGISTRATION_NOT_FOUND, 'no such registration', 'registrationId');
      if (registration.status === 'CANCELLED') {
        return fail(TrainingErrorCode.ALREADY_CANCELLED, 'this registration is cancelled', 'registrationId');
      }
      registration.accommodationsConfirmedAt = new Date();
      registration.accommodationsConfirmedBy = actor.userId;
      audit(em, {
        actorId: actor.userId,
        action: 'TRAINING_ACCOMMODATIONS_CONFIRMED',
        subjectType: 'TrainingRegistration',
        subjectId: registration.id,
        requestId: actor.requestId,
      });
      return { ok: registration };
    });
  }

  /** Marks whether a confirmed participant attended a day of their session; marking again corrects the mark. */
  markAttendance(
    registrationId: string,
    dayPosition: number,
    present: boolean,
    actor: Actor,
  ): Promise<Result<TrainingRegistrationEntity>> {
    return this.em.transactional(async (em): Promise<Result<TrainingRegistrationEntity>> => {
      const registration = await em.findOne(TrainingRegistrationEntity, { id: registrationId });
      // a trainer marks their own sessions only: another session's registration is as one that does not exist
      if (!registration || !(await mayRunSession(em, registration.sessionId, actor)))
        return fail(TrainingErrorCode.REGISTRATION_NOT_FOUND, 'no such registration', 'registrationId');
      if (registration.status !== 'CONFIRMED') {
        return fail(
          TrainingErrorCode.NOT_REGISTERED,
          `the person is ${registration.status.toLowerCase()}, not a confirmed participant`,
          'registrationId',
        );
      }
      const day = await em.findOne(TrainingSessionDayEntity, {
        sessionId: registration.sessionId,
        position: dayPosition,
      });
      if (!day) return fail(TrainingErrorCode.DAY_OUTSIDE_SESSION, 'the session has no such day', 'dayPosition');
      // an upsert in one statement (the ORM's upsert cannot set marked_at from the database clock on conflict)
      await sqlRows(
        em,
        `insert into training_attendance (registration_id, day_id, present, marked_by) values (?, ?, ?, ?)
         on conflict (registration_id, day_id) do update set present = excluded.present, marked_by = excluded.marked_by,
           marked_at = date_trunc('milliseconds', now())`,
        [registration.id, day.id, present, actor.userId],
      );
      audit(em, {
        actorId: actor.userId,
        action: 'TRAINING_ATTENDANCE_MARKED',
        subjectType: 'TrainingRegistration',
        subjectId: registration.id,
        to: `day ${day.position}: ${present ? 'PRESENT' : 'ABSENT'}`,
        requestId: actor.requestId,
      });
      return { ok: registration };
    });
  }

  /**
   * Fills the session's free seats from the head of the waitlist (the session is locked by the caller): promotes the
   * first k, emails them, and closes up the positions of the others. Used after a cancellation or a move, and when
   * an officer adds seats.
   */
  async promote(
    em: EntityManager,
    session: TrainingSessionEntity,
    course: TrainingCourseEntity,
    actor: { userId: string; requestId: string },
  ): Promise<number> {
    const k = Math.min(session.seats - session.confirmedCount, session.waitlistCount);
    if (k <= 0) return 0;
    await em.flush();
    // set-based: the first k leave the waitlist together, the others move up by k (checked at commit, see migration)
    const promoted = await sqlRows<{ id: string; email: string }>(
      em,
      `update training_registration r set status = 'CONFIRMED', waitlist_position = null, confirmed_at = now()
       from auth_user u
       where r.session_id = ? and r.status = 'WAITLISTED' and r.waitlist_position <= ? and u.id = r.user_id
       returning r.id, u.email`,
      [session.id, k],
    );
    await sqlRows(
      em,
      `update training_registration set waitlist_position = waitlist_position - ?
       where session_id = ? and status = 'WAITLISTED'`,
      [k, session.id],
    );
    session.confirmedCount += promoted.length;
    session.waitlistCount -= promoted.length;
    for (const row of promoted) {
      audit(em, {
        actorId: actor.userId,
        action: 'TRAINING_REGISTRATION_PROMOTED',
        subjectType: 'TrainingRegistration',
        subjectId: row.id,
        from: 'WAITLISTED',
        to: 'CONFIRMED',
        requestId: actor.requestId,
      });
      await this.email(em, row.email, 'TRAINING_REGISTRATION_PROMOTED', course, session);
    }
    await em.flush();
    return promoted.length;
  }

  /** Takes the registration out of its session's counts (and out of the waitlist, which closes up). */
  private async release(
    em: EntityManager,
    session: TrainingSessionEntity,
    registration: TrainingRegistrationEntity,
  ): Promise<void> {
    const position = registration.waitlistPosition;
    if (registration.status === 'CONFIRMED') session.confirmedCount -= 1;
    if (registration.status === 'WAITLISTED') session.waitlistCount -= 1;
    registration.status = 'CANCELLED';
    registration.waitlistPosition = null;
    await em.flush();
    if (position !== null) {
      await sqlRows(
        em,
        `update training_registration set waitlist_position = waitlist_position - 1
         where session_id = ? and status = 'WAITLISTED' and waitlist_position > ?`,
        [session.id, position],
      );
    }
  }

  /**
   * Locks the session of a registration, then reads the registration (its status changes only under that lock). The
   * person's own registration, or any for an officer; another's is null, as one that does not exist.
   */
  private async lockRegistration(
    em: EntityManager,
    registrationId: string,
    actor: Actor,
  ): Promise<TrainingRegistrationEntity | null> {
    const [row] = await sqlRows<{ session_id: string; user_id: string }>(
      em,
      'select session_id, user_id from training_registration where id = ?',
      [registrationId],
    );
    if (!row || (!actor.officer && row.user_id !== actor.userId)) return null;
    await lockSession(em, row.session_id);
    return em.findOneOrFail(TrainingRegistrationEntity, { id: registrationId });
  }

  private email(
    em: EntityManager,
    recipient: string,
    kind: TrainingEmailKind,
    course: TrainingCourseEntity,
    session: TrainingSessionEntity,
    position: number | null = null,
  ): Promise<void> {
    return this.outbox.enqueue(em, recipient, kind, trainingEmail(kind, course, session, this.portalUrl, position));
  }
}

/** The session's row, locked for the transaction: every change of its registrations waits for it. */
export async function lockSession(em: EntityManager, sessionId: string): Promise<TrainingSessionEntity> {
  const session = await em.findOne(
    TrainingSessionEntity,
    { id: sessionId },
    { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true },
  );
  if (!session) throw new NotFoundError('TrainingSession');
  return session;
}

/** A seat if one is left, else the next place on the waitlist (the session is locked). */
function seat(session: TrainingSessionEntity, registration: TrainingRegistrationEntity): void {
  if (session.confirmedCount < session.seats) {
    registration.status = 'CONFIRMED';
    registration.waitlistPosition = null;
    registration.confirmedAt = new Date();
    session.confirmedCount += 1;
  } else {
    registration.status = 'WAITLISTED';
    registration.waitlistPosition = session.waitlistCount + 1;
    registration.confirmedAt = null;
    session.waitlistCount += 1;
  }
}

/** Stands for the waitlist position in the waitlisted email's text until the registration's statement knows it. */
const POSITION = `\u2063${randomUUID()}\u2063`;

type FactsSession = NonNullable<RegistrationFacts['session']>;
type WindowInput = Parameters<typeof sessionStatus>[0];

/** A session's dates as the statements return them (text), as `sessionStatus` reads them. */
function windowOf(session: NonNullable<RegistrationWritten['session']> | FactsSession): WindowInput {
  return {
    cancelledAt: session.cancelledAt === null ? null : parseTimestamp(session.cancelledAt),
    endsAt: parseTimestamp(session.endsAt),
    registrationDeadline: parseTimestamp(session.registrationDeadline),
    registrationOpensAt: parseTimestamp(session.registrationOpensAt),
    confirmedCount: session.confirmedCount,
    seats: session.seats,
  };
}

/** The rules that do not depend on the seats: the window, the audience, verification, the person's own place. */
function eligibility(
  session: FactsSession,
  facts: RegistrationFacts,
  request: RegisterRequest,
  now: Date,
): TrainingError | undefined {
  const { organizationId } = request;
  const refused = registrationWindowError(windowOf(session), now);
  if (refused) return refused;
  if (organizationId === null && session.audience === 'CSO_STAFF') {
    return trainingError(
      TrainingErrorCode.AUDIENCE_MISMATCH,
      'this session is for CSO staff: register for your organisation',
      'organizationId',
    );
  }
  if (organizationId !== null && session.audience === 'PUBLIC_OFFICIALS') {
    return trainingError(
      TrainingErrorCode.AUDIENCE_MISMATCH,
      'this session is for public officials: register as one, without an organisation',
      'organizationId',
    );
  }
  if (organizationId !== null && session.verifiedOrganizationsOnly && facts.organizationState !== 'VERIFIED') {
    return trainingError(
      TrainingErrorCode.ORGANIZATION_NOT_VERIFIED,
      'this session is for verified organisations only',
      'organizationId',
    );
  }
  // checked again by the database (a unique index on the session and the person's active registration)
  if (facts.alreadyRegistered) {
    return trainingError(
      TrainingErrorCode.ALREADY_REGISTERED,
      'you are already registered for this session',
      'sessionId',
    );
  }
  return undefined;
}

/** Why the guarded statement wrote nothing: what changed since the first read (the window, the organisation's places). */
function refusal(written: RegistrationWritten, now: Date): TrainingError {
  const session = written.session;
  if (!session) throw new NotFoundError('TrainingSession');
  const closed = registrationWindowError(windowOf(session), now);
  if (closed) return closed;
  if (session.maxPerOrganization !== null && written.held !== null && written.held >= session.maxPerOrganization) {
    return trainingError(
      TrainingErrorCode.ORGANIZATION_LIMIT_REACHED,
      `at most ${session.maxPerOrganization} registrations per organisation for this session`,
      'organizationId',
    );
  }
  throw new Error('the registration was refused for no known rule');
}

/** A unique index refused the row: through the ORM, or from a hand-written statement (PostgreSQL's 23505). */
function isUniqueViolation(error: unknown): boolean {
  return (
    error instanceof UniqueConstraintViolationException ||
    (typeof error === 'object' && error !== null && (error as { code?: unknown }).code === '23505')
  );
}

/** Why the session takes no registration now, if it does not (dates and cancellation). */
export function registrationWindowError(
  session: WindowInput & Pick<TrainingSessionEntity, 'registrationOpensAt'>,
  now: Date,
): TrainingError | undefined {
  switch (sessionStatus(session, now)) {
    case TrainingSessionStatus.CANCELLED:
      return trainingError(TrainingErrorCode.SESSION_CANCELLED, 'this session was cancelled', 'sessionId');
    case TrainingSessionStatus.COMPLETED:
      return trainingError(TrainingErrorCode.SESSION_COMPLETED, 'this session has ended', 'sessionId');
    case TrainingSessionStatus.CLOSED:
      return trainingError(
        TrainingErrorCode.REGISTRATION_CLOSED,
        'the registration deadline of this session has passed',
        'sessionId',
      );
    case TrainingSessionStatus.SCHEDULED:
      return trainingError(
        TrainingErrorCode.REGISTRATION_NOT_OPEN,
        `registration opens ${session.registrationOpensAt.toISOString()}`,
        'sessionId',
      );
    case TrainingSessionStatus.OPEN:
    case TrainingSessionStatus.FULL:
      return undefined;
  }
}
