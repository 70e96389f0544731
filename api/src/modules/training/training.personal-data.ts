import type { PersonalDataSection } from '../../common/personal-data/personal-data.js';
import { sqlRows } from '../../database/sql.js';
import type { EntityManager } from '@mikro-orm/postgresql';
import { EmailOutboxEntity } from '../../common/email/email-outbox.entity.js';
import { eraseCertificates, exportCertificates } from './certificates/certificate.personal-data.js';
import { TrainingDisaggregationEntity } from './disaggregation.entities.js';
import { trainingEmail } from './training.emails.js';
import { TrainingCourseEntity, TrainingRegistrationEntity, TrainingSessionEntity } from './training.entities.js';

/** The promotion email, queued in the erasure's transaction (the outbox row, as the outbox writes it). */
async function emailPromoted(em: EntityManager, sessionId: string, recipient: string): Promise<void> {
  const session = await em.findOneOrFail(TrainingSessionEntity, { id: sessionId });
  const course = await em.findOneOrFail(TrainingCourseEntity, { id: session.courseId });
  // the section has no configuration at hand: the email goes without the portal's link
  const content = trainingEmail('TRAINING_REGISTRATION_PROMOTED', course, session, null);
  em.persist(
    Object.assign(new EmailOutboxEntity(), {
      recipient,
      kind: 'TRAINING_REGISTRATION_PROMOTED',
      subject: content.subject,
      bodyText: content.text,
    }),
  );
  await em.flush();
}

/**
 * A person's training registrations (with the accommodations they asked for, their test scores and their consented
 * disaggregation answers) are part of their export; erasure deletes the answers and their consent. Erasure
 * removes what they said about their needs and frees their seats and places in sessions still to come (the waitlist
 * moves up in the same transaction, without emails: the erased person has no address); their past registrations
 * stay, under the pseudonym, for the programme's counts.
 */
export const trainingPersonalData: PersonalDataSection = {
  holder: 'training',
  async export(em, person) {
    const rows = await em.find(
      TrainingRegistrationEntity,
      { userId: person.userId },
      { orderBy: { createdAt: 'asc', id: 'asc' } },
    );
    const attendance = await sqlRows<{
      registration_id: string;
      position: number;
      present: boolean;
      marked_at: string;
    }>(
      em,
      `select a.registration_id, d.position, a.present, a.marked_at from training_attendance a
       join training_session_day d on d.id = a.day_id join training_registration r on r.id = a.registration_id
       where r.user_id = ? order by a.registration_id, d.position`,
      [person.userId],
    );
    const calendar = await sqlRows<{ created_at: string }>(
      em,
      'select created_at from training_calendar_token where user_id = ?',
      [person.userId],
    );
    const answers = await em.find(
      TrainingDisaggregationEntity,
      { userId: person.userId },
      { orderBy: { consentedAt: 'asc', registrationId: 'asc' } },
    );
    return {
      // the secret itself is not kept (only its hash): the export says that there is one, and since when
      trainingCalendarLink: calendar[0] ? { created_at: calendar[0].created_at } : null,
      ...(await exportCertificates(em, person.userId)),
      trainingDisaggregation: answers.map((d) => ({
        registration_id: d.registrationId,
        consent: {
          purpose: d.consentPurpose,
          text_version: d.consentTextVersion,
          consented_at: d.consentedAt,
          withdrawn_at: d.withdrawnAt,
        },
        sex: d.sex,
        age_band: d.ageBand,
        washington_group: {
          seeing: d.wgSeeing,
          hearing: d.wgHearing,
          walking: d.wgWalking,
          cognition: d.wgCognition,
          self_care: d.wgSelfCare,
          communication: d.wgCommunication,
        },
      })),
      trainingAttendance: attendance.map((a) => ({
        registration_id: a.registration_id,
        day: a.position,
        present: a.present,
        marked_at: a.marked_at,
      })),
      trainingRegistrations: rows.map((r) => ({
        id: r.id,
        session_id: r.sessionId,
        organization_id: r.organizationId,
        as_public_official: r.asPublicOfficial,
        status: r.status,
        waitlist_position: r.waitlistPosition,
        accommodations: {
          sign_language: r.needsSignLanguage,
          accessible_venue: r.needsAccessibleVenue,
          transport: r.needsTransport,
          carer_seat: r.needsCarerSeat,
          accessible_materials: r.needsAccessibleMaterials,
          note: r.accommodationsNote,
          confirmed_at: r.accommodationsConfirmedAt,
        },
        pre_test_score: r.preTestScore,
        post_test_score: r.postTestScore,
        created_at: r.createdAt,
        confirmed_at: r.confirmedAt,
        cancelled_at: r.cancelledAt,
        cancellation_reason: r.cancellationReason,
      })),
    };
  },
  async erase(em, person) {
    await sqlRows(em, 'delete from training_calendar_token where user_id = ?', [person.userId]);
    await eraseCertificates(em, person.userId);
    // the disaggregation answers and their consent go entirely (sensitive data, PDPL 2023)
    await sqlRows(em, 'delete from training_disaggregation where user_id = ?', [person.userId]);
    // set-based, sessions locked first (in id order, as registration locks them): the same rules as a cancellation
    const active = await sqlRows<{ session_id: string }>(
      em,
      `select distinct r.session_id from training_registration r join training_session s on s.id = r.session_id
       where r.user_id = ? and r.status <> 'CANCELLED' and s.ends_at > now() order by r.session_id`,
      [person.userId],
    );
    for (const { session_id: sessionId } of active) {
      await sqlRows(em, 'select id from training_session where id = ? for update', [sessionId]);
      const [left] = await sqlRows<{ status: string; waitlist_position: number | null }>(
        em,
        `select status, waitlist_position from training_registration
         where session_id = ? and user_id = ? and status <> 'CANCELLED'`,
        [sessionId, person.userId],
      );
      if (!left) continue;
      await sqlRows(
        em,
        `update training_registration set status = 'CANCELLED', waitlist_position = null, cancelled_at = now(),
           cancelled_by = user_id
         where session_id = ? and user_id = ? and status <> 'CANCELLED'`,
        [sessionId, person.userId],
      );
      if (left.status === 'WAITLISTED') {
        await sqlRows(
          em,
          `update training_registration set waitlist_position = waitlist_position - 1
           where session_id = ? and status = 'WAITLISTED' and waitlist_position > ?`,
          [sessionId, left.waitlist_position],
        );
        await sqlRows(em, 'update training_session set waitlist_count = waitlist_count - 1 where id = ?', [sessionId]);
      } else {
        // the freed seat goes to the first waitlisted, if any
        const promoted = await sqlRows<{ id: string; email: string }>(
          em,
          `update training_registration r set status = 'CONFIRMED', waitlist_position = null, confirmed_at = now()
           from auth_user u
           where r.session_id = ? and r.status = 'WAITLISTED' and r.waitlist_position = 1 and u.id = r.user_id
           returning r.id, u.email`,
          [sessionId],
        );
        for (const row of promoted) await emailPromoted(em, sessionId, row.email);
        await sqlRows(
          em,
          `update training_registration set waitlist_position = waitlist_position - 1
           where session_id = ? and status = 'WAITLISTED'`,
          [sessionId],
        );
        await sqlRows(
          em,
          `update training_session set confirmed_count = confirmed_count - 1 + ?, waitlist_count = waitlist_count - ?
           where id = ?`,
          [promoted.length, promoted.length, sessionId],
        );
      }
    }
    await sqlRows(
      em,
      `update training_registration set accommodations_note = null, needs_sign_language = false,
         needs_accessible_venue = false, needs_transport = false, needs_carer_seat = false,
         needs_accessible_materials = false, idempotency_key = null
       where user_id = ?`,
      [person.userId],
    );
  },
};
