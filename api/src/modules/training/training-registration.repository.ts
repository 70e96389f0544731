/**
 * The statements of a registration's creation: what is known before (one read, no lock) and the registration itself
 * (one guarded, data-modifying statement). A burst of registrations for one session queues behind its row lock, so
 * the lock is held for one statement only: the seat or the waitlist place, the registration, its audit events, the
 * optional disaggregation answers and the email are written together or not at all.
 */
import type { EntityManager } from '@mikro-orm/postgresql';
import { sqlRows } from '../../database/sql.js';
import type { TrainingAudienceValue } from './training.entities.js';

/** What decides a registration before the seats: the session, its course, the person's place, the key's answer. */
export interface RegistrationFacts {
  /** The session (null when there is no such session). */
  session: {
    id: string;
    courseId: string;
    startsAt: string;
    endsAt: string;
    seats: number;
    confirmedCount: number;
    registrationOpensAt: string;
    registrationDeadline: string;
    cancelledAt: string | null;
    verifiedOrganizationsOnly: boolean;
    maxPerOrganization: number | null;
    audience: TrainingAudienceValue;
    titleAr: string | null;
    titleEn: string | null;
  } | null;
  /** The named organisation's verification state (null: none named, or no such organisation). */
  organizationState: string | null;
  /** Whether the person already holds an active registration for the session. */
  alreadyRegistered: boolean;
  /** The person's registration made with the same idempotency key, as a row of training_registration. */
  replay: Record<string, unknown> | null;
}

/** The registration to write; the texts of both emails (the waitlisted one with `marker` for its position). */
export interface RegistrationWrite {
  id: string;
  sessionId: string;
  userId: string;
  organizationId: string | null;
  accommodations: {
    signLanguage: boolean;
    accessibleVenue: boolean;
    transport: boolean;
    carerSeat: boolean;
    accessibleMaterials: boolean;
    note: string | null;
  };
  idempotencyKey: string | null;
  requestId: string;
  /** The consented disaggregation answers (column → value), or null when none are kept. */
  disaggregation: {
    consentPurpose: string;
    consentTextVersion: string;
    sex: string | null;
    ageBand: string | null;
    seeing: string | null;
    hearing: string | null;
    walking: string | null;
    cognition: string | null;
    selfCare: string | null;
    communication: string | null;
  } | null;
  /** The time the registration window is judged at (the service's clock, as `registrationWindowError`'s). */
  now: Date;
  /** Whether the caller holds the session's row lock already (needed for an exact per-organisation count). */
  locked: boolean;
  email: {
    recipient: string;
    confirmed: { subject: string; text: string };
    waitlisted: { subject: string; text: string };
    /** Stands in the waitlisted text for the position, which only the statement knows. */
    marker: string;
  };
}

/** What the write statement says: the registration's row, or the session's state that refused it. */
export interface RegistrationWritten {
  /** The new registration's row (training_registration's columns), null when refused. */
  registration: Record<string, unknown> | null;
  /** The session as locked (null when there is no such session). */
  session: {
    cancelledAt: string | null;
    endsAt: string;
    registrationOpensAt: string;
    registrationDeadline: string;
    seats: number;
    confirmedCount: number;
    maxPerOrganization: number | null;
  } | null;
  /** The organisation's active registrations for the session (counted only under the lock with a limit). */
  held: number | null;
  /** The session limits registrations per organisation and the caller did not hold its lock: try again, locked. */
  needsLock: boolean;
}

interface FactsRow {
  session: RegistrationFacts['session'];
  organization_state: string | null;
  already_registered: boolean;
  replay: Record<string, unknown> | null;
}

export class TrainingRegistrationRepository {
  constructor(private readonly em: EntityManager) {}

  /**
   * Everything the rules need before the seats, in one read (hand-written: five lookups of four tables in one
   * round trip, where the ORM would take five).
   */
  async facts(
    sessionId: string,
    userId: string,
    organizationId: string | null,
    idempotencyKey: string | null,
  ): Promise<RegistrationFacts> {
    const [row] = await sqlRows<FactsRow>(
      this.em,
      `select
         (select json_build_object('id', s.id, 'courseId', s.course_id, 'startsAt', s.starts_at, 'endsAt', s.ends_at,
                   'seats', s.seats, 'confirmedCount', s.confirmed_count,
                   'registrationOpensAt', s.registration_opens_at, 'registrationDeadline', s.registration_deadline,
                   'cancelledAt', s.cancelled_at, 'verifiedOrganizationsOnly', s.verified_organizations_only,
                   'maxPerOrganization', s.max_per_organization, 'audience', s.audience,
                   'titleAr', c.title_ar, 'titleEn', c.title_en)
            from training_session s join training_course c on c.id = s.course_id where s.id = ?) as session,
         (select o.verification_state from organization o where o.id = ?::uuid) as organization_state,
         exists (select 1 from training_registration r
                  where r.session_id = ? and r.user_id = ? and r.status <> 'CANCELLED') as already_registered,
         (select row_to_json(k) from training_registration k
           where ?::text is not null and k.user_id = ? and k.idempotency_key = ?) as replay`,
      [sessionId, organizationId, sessionId, userId, idempotencyKey, userId, idempotencyKey],
    );
    return {
      session: row!.session,
      organizationState: row!.organization_state,
      alreadyRegistered: row!.already_registered,
      replay: row!.replay,
    };
  }

  /** Takes the session's row lock for the caller's transaction (before a write that counts an organisation's places). */
  async lockSession(sessionId: string): Promise<void> {
    await sqlRows(this.em, 'select 1 from training_session where id = ? for update', [sessionId]);
  }

  /**
   * The registration in one guarded statement (hand-written: a data-modifying CTE keeps the session's row lock for
   * one statement instead of a transaction's round trips). The session's row is locked first (`for update`: a
   * concurrent registration waits, then reads the counts it left); under it, the window is checked again, a seat
   * is taken if one is left, else the next waitlist place; the registration, its audit events, the consented
   * answers and the email follow from it. The database's guards stay: `confirmed_count <= seats`, one active
   * registration per person, one idempotency key per person, unique waitlist positions.
   */
  async write(w: RegistrationWrite): Promise<RegistrationWritten> {
    const a = w.accommodations;
    const d = w.disaggregation;
    const [row] = await sqlRows<{
      registration: Record<string, unknown> | null;
      session: RegistrationWritten['session'];
      held: number | null;
      needs_lock: boolean;
    }>(
      this.em,
      `with
       input as (select ?::uuid as session_id, ?::uuid as organization_id, ?::timestamptz as now, ?::boolean as locked),
       s as (
         select t.id, t.seats, t.confirmed_count, t.waitlist_count, t.cancelled_at, t.ends_at,
                t.registration_opens_at, t.registration_deadline, t.max_per_organization
         from training_session t, input where t.id = input.session_id for update of t
       ),
       held as (
         -- exact only when the lock was taken by an earlier statement (this statement's snapshot predates its wait)
         select count(*)::int as n from training_registration r, input, s
         where input.locked and s.max_per_organization is not null and input.organization_id is not null
           and r.session_id = s.id and r.organization_id = input.organization_id and r.status <> 'CANCELLED'
       ),
       seat as (
         update training_session t
            set confirmed_count = s.confirmed_count + (s.confirmed_count < s.seats)::int,
                waitlist_count = s.waitlist_count + (s.confirmed_count >= s.seats)::int,
                updated_at = now()
           from s, input, held
          where t.id = s.id and s.cancelled_at is null and input.now < s.ends_at
            and input.now >= s.registration_opens_at and input.now <= s.registration_deadline
            and (s.max_per_organization is null or input.organization_id is null
                 or (input.locked and held.n < s.max_per_organization))
         returning t.id, s.confirmed_count < s.seats as confirmed, s.waitlist_count + 1 as position
       ),
       reg as (
         insert into training_registration (id, session_id, user_id, organization_id, as_public_official, status,
           waitlist_position, needs_sign_language, needs_accessible_venue, needs_transport, needs_carer_seat,
           needs_accessible_materials, accommodations_note, idempotency_key, registered_by, confirmed_at)
         select ?::uuid, seat.id, ?::uuid, input.organization_id, input.organization_id is null,
                case when seat.confirmed then 'CONFIRMED' else 'WAITLISTED' end,
                case when seat.confirmed then null else seat.position end,
                ?, ?, ?, ?, ?, ?, ?, ?::uuid, case when seat.confirmed then now() end
         from seat, input
         returning *
       ),
       answers as (
         insert into training_disaggregation (registration_id, user_id, consent_purpose, consent_text_version, sex,
           age_band, wg_seeing, wg_hearing, wg_walking, wg_cognition, wg_self_care, wg_communication)
         select reg.id, reg.user_id, ?, ?, ?, ?, ?, ?, ?, ?, ?, ? from reg where ?::boolean
       ),
       events as (
         insert into audit_event (actor_id, action, subject_type, subject_id, to_state, request_id)
         select reg.user_id, 'TRAINING_REGISTERED', 'TrainingRegistration', reg.id, reg.status, ? from reg
         union all
         select reg.user_id, 'TRAINING_DISAGGREGATION_CONSENTED', 'TrainingRegistration', reg.id, ?, ?
           from reg where ?::boolean
       ),
       mail as (
         insert into email_outbox (id, recipient, kind, subject, body_text)
         select gen_random_uuid(), ?,
                case when reg.status = 'CONFIRMED' then 'TRAINING_REGISTRATION_CONFIRMED'
                     else 'TRAINING_REGISTRATION_WAITLISTED' end,
                case when reg.status = 'CONFIRMED' then ? else replace(?, ?, reg.waitlist_position::text) end,
                case when reg.status = 'CONFIRMED' then ? else replace(?, ?, reg.waitlist_position::text) end
         from reg
       )
       select (select row_to_json(reg) from reg) as registration,
              (select json_build_object('cancelledAt', s.cancelled_at, 'endsAt', s.ends_at,
                        'registrationOpensAt', s.registration_opens_at,
                        'registrationDeadline', s.registration_deadline, 'seats', s.seats,
                        'confirmedCount', s.confirmed_count, 'maxPerOrganization', s.max_per_organization)
                 from s) as session,
              (select n from held where (select locked from input)) as held,
              coalesce((select s.max_per_organization is not null and input.organization_id is not null
                               and not input.locked from s, input), false) as needs_lock`,
      [
        w.sessionId,
        w.organizationId,
        w.now.toISOString(),
        w.locked,
        w.id,
        w.userId,
        a.signLanguage,
        a.accessibleVenue,
        a.transport,
        a.carerSeat,
        a.accessibleMaterials,
        a.note,
        w.idempotencyKey,
        w.userId,
        d?.consentPurpose ?? null,
        d?.consentTextVersion ?? null,
        d?.sex ?? null,
        d?.ageBand ?? null,
        d?.seeing ?? null,
        d?.hearing ?? null,
        d?.walking ?? null,
        d?.cognition ?? null,
        d?.selfCare ?? null,
        d?.communication ?? null,
        d !== null,
        w.requestId,
        d?.consentTextVersion ?? null,
        w.requestId,
        d !== null,
        w.email.recipient,
        w.email.confirmed.subject,
        w.email.waitlisted.subject,
        w.email.marker,
        w.email.confirmed.text,
        w.email.waitlisted.text,
        w.email.marker,
      ],
    );
    return {
      registration: row!.registration,
      session: row!.session,
      held: row!.held,
      needsLock: row!.needs_lock,
    };
  }
}
