/**
 * Officers' side of the catalogue: courses and their sessions (create, update, cancel), with every rule checked
 * before anything is written, in one transaction with its audit event. A session's row is locked while it changes,
 * as registration does (seats added promote the waitlist at once).
 */
import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { audit } from '../../common/audit/audit.js';
import type { EmailOutbox } from '../../common/email/email-outbox.js';
import { NotFoundError } from '../../common/errors/api-errors.js';
import { cachedCodeLists } from '../directory/index.js';
import { RegistrationService, lockSession, type Result } from './registration.service.js';
import { trainingEmail } from './training.emails.js';
import {
  TrainingCourseEntity,
  TrainingRegistrationEntity,
  TrainingSessionDayEntity,
  TrainingSessionEntity,
  type CourseLevel,
  type SessionLanguage,
  type TrainingAudienceValue,
} from './training.entities.js';
import { TrainingErrorCode, trainingError, type TrainingError } from './training.errors.js';
import { cachedTopics } from './training.loaders.js';
import { sqlRows } from '../../database/sql.js';

export interface CourseFields {
  titleAr?: string | null;
  titleEn?: string | null;
  descriptionAr?: string | null;
  descriptionEn?: string | null;
  topic?: string | null;
  level?: CourseLevel | null;
  audience?: TrainingAudienceValue | null;
  expectedHours?: number | null;
  prerequisitesAr?: string | null;
  prerequisitesEn?: string | null;
  completionAttendancePercent?: number | null;
  completionPassMark?: number | null;
}

export interface DayInput {
  startsAt: Date;
  endsAt: Date;
}

export interface SessionFields {
  days?: DayInput[] | null;
  governorate?: string | null;
  venueAddressAr?: string | null;
  venueAddressEn?: string | null;
  stepFreeAccess?: boolean | null;
  accessibleToilet?: boolean | null;
  hearingLoop?: boolean | null;
  signLanguageInterpretation?: boolean | null;
  onlineUrl?: string | null;
  language?: SessionLanguage | null;
  trainers?: string[] | null;
  seats?: number | null;
  registrationOpensAt?: Date | null;
  registrationDeadline?: Date | null;
  cancellationDeadline?: Date | null;
  verifiedOrganizationsOnly?: boolean | null;
  maxPerOrganization?: number | null;
  audience?: TrainingAudienceValue | null;
}

export interface Officer {
  userId: string;
  requestId: string;
}

const clean = (text: string | null | undefined): string | null | undefined =>
  text === undefined ? undefined : text === null ? null : text.trim() || null;

/** Checks a session's days: at least one, each ending after it starts, none overlapping another. */
export function dayErrors(days: readonly DayInput[]): TrainingError[] {
  if (days.length === 0) return [trainingError(TrainingErrorCode.DAYS_REQUIRED, 'give at least one day', 'days')];
  const errors: TrainingError[] = [];
  days.forEach((day, i) => {
    if (!(day.endsAt > day.startsAt)) {
      errors.push(
        trainingError(TrainingErrorCode.DAY_ENDS_BEFORE_START, 'a day must end after it starts', [
          'days',
          String(i),
          'endsAt',
        ]),
      );
    }
  });
  if (errors.length) return errors;
  const order = days.map((day, i) => ({ day, i })).sort((a, b) => a.day.startsAt.getTime() - b.day.startsAt.getTime());
  for (let k = 1; k < order.length; k += 1) {
    if (order[k]!.day.startsAt < order[k - 1]!.day.endsAt) {
      errors.push(
        trainingError(TrainingErrorCode.DAYS_OVERLAP, `overlaps day ${order[k - 1]!.i + 1}`, [
          'days',
          String(order[k]!.i),
          'startsAt',
        ]),
      );
    }
  }
  return errors;
}

export class CourseService {
  constructor(
    private readonly em: EntityManager,
    private readonly outbox: EmailOutbox,
    private readonly portalUrl: string,
  ) {}

  async createCourse(
    fields: CourseFields,
    officer: Officer,
  ): Promise<Result<TrainingCourseEntity> | { errors: TrainingError[] }> {
    const course = new TrainingCourseEntity();
    const errors = await this.applyCourse(course, fields, true);
    if (errors.length) return { errors };
    course.createdBy = officer.userId;
    await this.em.transactional((em) => {
      em.persist(course);
      audit(em, {
        actorId: officer.userId,
        action: 'TRAINING_COURSE_CREATED',
        subjectType: 'TrainingCourse',
        subjectId: course.id,
        requestId: officer.requestId,
      });
      return Promise.resolve();
    });
    return { ok: course };
  }

  async updateCourse(
    courseId: string,
    fields: CourseFields,
    officer: Officer,
  ): Promise<Result<TrainingCourseEntity> | { errors: TrainingError[] }> {
    return this.em.transactional(async (em) => {
      const course = await em.findOne(TrainingCourseEntity, { id: courseId }, { lockMode: LockMode.PESSIMISTIC_WRITE });
      if (!course) throw new NotFoundError('TrainingCourse');
      const errors = await this.applyCourse(course, fields, false);
      if (errors.length) {
        em.clear();
        return { errors };
      }
      audit(em, {
        actorId: officer.userId,
        action: 'TRAINING_COURSE_UPDATED',
        subjectType: 'TrainingCourse',
        subjectId: course.id,
        requestId: officer.requestId,
      });
      return { ok: course };
    });
  }

  private async applyCourse(
    course: TrainingCourseEntity,
    fields: CourseFields,
    creating: boolean,
  ): Promise<TrainingError[]> {
    const errors: TrainingError[] = [];
    const set = <K extends keyof TrainingCourseEntity>(key: K, value: TrainingCourseEntity[K] | undefined) => {
      if (value !== undefined) course[key] = value;
    };
    set('titleAr', clean(fields.titleAr));
    set('titleEn', clean(fields.titleEn));
    set('descriptionAr', clean(fields.descriptionAr));
    set('descriptionEn', clean(fields.descriptionEn));
    set('prerequisitesAr', clean(fields.prerequisitesAr));
    set('prerequisitesEn', clean(fields.prerequisitesEn));
    if (!course.titleAr && !course.titleEn) {
      errors.push(trainingError(TrainingErrorCode.TITLE_REQUIRED, 'give a title in Arabic or English', 'titleAr'));
    }
    if (fields.topic != null) {
      if (!(await cachedTopics(this.em)).has(fields.topic)) {
        errors.push(
          trainingError(TrainingErrorCode.UNKNOWN_CODE, 'not a training topic (see trainingTopics)', 'topic'),
        );
      } else course.topicCode = fields.topic;
    } else if (creating) errors.push(trainingError(TrainingErrorCode.INVALID_VALUE, 'choose a topic', 'topic'));
    for (const key of ['level', 'audience', 'expectedHours'] as const) {
      const value = fields[key];
      if (value != null) (course as unknown as Record<string, unknown>)[key] = value;
      else if (creating) errors.push(trainingError(TrainingErrorCode.INVALID_VALUE, 'required', key));
    }
    if (fields.completionAttendancePercent != null)
      course.completionAttendancePercent = fields.completionAttendancePercent;
    if (fields.completionPassMark !== undefined) course.completionPassMark = fields.completionPassMark;
    return errors;
  }

  /** Creates a session of a course; its days are checked (none overlapping, each ending after it starts). */
  async createSession(
    courseId: string,
    fields: SessionFields,
    officer: Officer,
  ): Promise<Result<TrainingSessionEntity> | { errors: TrainingError[] }> {
    const course = await this.em.findOne(TrainingCourseEntity, { id: courseId });
    if (!course) throw new NotFoundError('TrainingCourse');
    const session = new TrainingSessionEntity();
    session.courseId = courseId;
    const errors = await this.applySession(session, fields, true);
    if (errors.length) return { errors };
    session.createdBy = officer.userId;
    await this.em.transactional(async (em) => {
      em.persist(session);
      await em.flush();
      this.persistDays(em, session.id, fields.days!);
      audit(em, {
        actorId: officer.userId,
        action: 'TRAINING_SESSION_CREATED',
        subjectType: 'TrainingSession',
        subjectId: session.id,
        requestId: officer.requestId,
      });
    });
    return { ok: session };
  }

  /** Updates a session (locked); more seats promote the waitlist at once, fewer than confirmed is refused. */
  updateSession(
    sessionId: string,
    fields: SessionFields,
    officer: Officer,
  ): Promise<Result<TrainingSessionEntity> | { errors: TrainingError[] }> {
    return this.em.transactional(async (em) => {
      const session = await lockSession(em, sessionId);
      const errors = await this.applySession(session, fields, false);
      if (fields.seats != null && fields.seats < session.confirmedCount) {
        errors.push(
          trainingError(
            TrainingErrorCode.SEATS_BELOW_CONFIRMED,
            `${session.confirmedCount} people are confirmed: cancel or move some first`,
            'seats',
          ),
        );
      }
      if (errors.length) {
        em.clear();
        return { errors };
      }
      if (fields.days) await this.replaceDays(em, sessionId, fields.days);
      audit(em, {
        actorId: officer.userId,
        action: 'TRAINING_SESSION_UPDATED',
        subjectType: 'TrainingSession',
        subjectId: session.id,
        requestId: officer.requestId,
      });
      const course = await em.findOneOrFail(TrainingCourseEntity, { id: session.courseId });
      await new RegistrationService(em, this.outbox, this.portalUrl).promote(em, session, course, officer);
      return { ok: session };
    });
  }

  /** Cancels a session: every active registration is cancelled and its person emailed. */
  cancelSession(sessionId: string, reason: string, officer: Officer): Promise<Result<TrainingSessionEntity>> {
    return this.em.transactional(async (em): Promise<Result<TrainingSessionEntity>> => {
      const session = await lockSession(em, sessionId);
      if (session.cancelledAt) {
        return {
          error: trainingError(TrainingErrorCode.ALREADY_CANCELLED, 'this session is already cancelled', 'sessionId'),
        };
      }
      session.cancelledAt = new Date();
      session.cancellationReason = reason;
      session.confirmedCount = 0;
      session.waitlistCount = 0;
      await em.flush();
      const cancelled = await sqlRows<{ id: string; email: string; status: string }>(
        em,
        `with cancelled as (
           update training_registration r set status = 'CANCELLED', waitlist_position = null, cancelled_at = now(),
             cancelled_by = ?, cancellation_reason = ?
           where r.session_id = ? and r.status <> 'CANCELLED'
           returning r.id, r.user_id)
         select c.id, u.email from cancelled c join auth_user u on u.id = c.user_id`,
        [officer.userId, reason, sessionId],
      );
      audit(em, {
        actorId: officer.userId,
        action: 'TRAINING_SESSION_CANCELLED',
        subjectType: 'TrainingSession',
        subjectId: session.id,
        to: 'CANCELLED',
        reason,
        requestId: officer.requestId,
      });
      const course = await em.findOneOrFail(TrainingCourseEntity, { id: session.courseId });
      for (const row of cancelled) {
        await this.outbox.enqueue(
          em,
          row.email,
          'TRAINING_SESSION_CANCELLED',
          trainingEmail('TRAINING_SESSION_CANCELLED', course, session, this.portalUrl, null, reason),
        );
      }
      return { ok: session };
    });
  }

  /**
   * A session's new days, matched to its days by position: a day kept keeps its row (and the attendance marked on
   * it, which a day's deletion would cascade away); only days beyond the new number are removed.
   */
  private async replaceDays(em: EntityManager, sessionId: string, days: readonly DayInput[]): Promise<void> {
    const existing = await em.find(TrainingSessionDayEntity, { sessionId }, { orderBy: { position: 'asc' } });
    const sorted = [...days].sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime());
    sorted.forEach((day, i) => {
      const row = existing[i];
      if (row) {
        row.startsAt = day.startsAt;
        row.endsAt = day.endsAt;
      } else {
        em.persist(em.create(TrainingSessionDayEntity, { sessionId, position: i + 1, ...day }));
      }
    });
    for (const row of existing.slice(sorted.length)) em.remove(row);
    await em.flush();
  }

  private persistDays(em: EntityManager, sessionId: string, days: readonly DayInput[]): void {
    [...days]
      .sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime())
      .forEach((day, i) =>
        em.persist(
          em.create(TrainingSessionDayEntity, {
            sessionId,
            position: i + 1,
            startsAt: day.startsAt,
            endsAt: day.endsAt,
          }),
        ),
      );
  }

  private async applySession(
    session: TrainingSessionEntity,
    fields: SessionFields,
    creating: boolean,
  ): Promise<TrainingError[]> {
    const errors: TrainingError[] = [];
    if (fields.days != null) {
      errors.push(...dayErrors(fields.days));
      if (fields.days.length) {
        session.startsAt = new Date(Math.min(...fields.days.map((d) => d.startsAt.getTime())));
        session.endsAt = new Date(Math.max(...fields.days.map((d) => d.endsAt.getTime())));
      }
    } else if (creating) errors.push(...dayErrors([]));
    if (fields.governorate !== undefined) {
      if (fields.governorate !== null && !(await cachedCodeLists(this.em)).governorates.has(fields.governorate)) {
        errors.push(
          trainingError(TrainingErrorCode.UNKNOWN_CODE, 'not a governorate code (e.g. JO-AM)', 'governorate'),
        );
      } else session.governorateCode = fields.governorate;
    }
    if (fields.onlineUrl !== undefined) {
      const url = clean(fields.onlineUrl) ?? null;
      if (url !== null && !/^https:\/\/[^\s]+$/.test(url)) {
        errors.push(trainingError(TrainingErrorCode.INVALID_VALUE, 'an https:// link', 'onlineUrl'));
      } else session.onlineUrl = url;
    }
    const copy = {
      venueAddressAr: clean(fields.venueAddressAr),
      venueAddressEn: clean(fields.venueAddressEn),
      stepFreeAccess: fields.stepFreeAccess ?? undefined,
      accessibleToilet: fields.accessibleToilet ?? undefined,
      hearingLoop: fields.hearingLoop ?? undefined,
      signLanguageInterpretation: fields.signLanguageInterpretation ?? undefined,
      language: fields.language ?? undefined,
      trainers: fields.trainers?.map((t) => t.trim()).filter((t) => t.length > 0),
      seats: fields.seats ?? undefined,
      registrationOpensAt: fields.registrationOpensAt ?? undefined,
      registrationDeadline: fields.registrationDeadline ?? undefined,
      verifiedOrganizationsOnly: fields.verifiedOrganizationsOnly ?? undefined,
      maxPerOrganization: fields.maxPerOrganization,
      audience: fields.audience ?? undefined,
    };
    for (const [key, value] of Object.entries(copy)) {
      if (value !== undefined) (session as unknown as Record<string, unknown>)[key] = value;
    }
    if (fields.cancellationDeadline != null) session.cancellationDeadline = fields.cancellationDeadline;
    else if (creating && session.startsAt) session.cancellationDeadline = session.startsAt;
    if (creating) {
      for (const key of ['language', 'seats', 'registrationOpensAt', 'registrationDeadline', 'audience'] as const) {
        if (session[key] === undefined) errors.push(trainingError(TrainingErrorCode.INVALID_VALUE, 'required', key));
      }
    }
    if (
      !session.governorateCode &&
      !session.onlineUrl &&
      !errors.some((e) => e.field?.[1] === 'governorate' || e.field?.[1] === 'onlineUrl')
    ) {
      errors.push(
        trainingError(
          TrainingErrorCode.VENUE_REQUIRED,
          "give the venue's governorate or an online link",
          'governorate',
        ),
      );
    }
    if (
      session.registrationOpensAt &&
      session.registrationDeadline &&
      !(session.registrationDeadline > session.registrationOpensAt)
    ) {
      errors.push(
        trainingError(
          TrainingErrorCode.DEADLINE_BEFORE_OPENING,
          'the deadline must come after registration opens',
          'registrationDeadline',
        ),
      );
    }
    return errors;
  }
}

export { TrainingRegistrationEntity };
