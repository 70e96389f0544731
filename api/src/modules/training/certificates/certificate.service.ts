/**
 * Certificates of completion. A confirmed participant who met the course's completion rule gets one certificate per
 * registration; issuing again answers the same certificate (the registration's row lock and the unique index make it
 * so under concurrency). The completion rule is the share of the session's days attended and, when the course has
 * one, the post-test pass mark (scores.service.ts `completed`, the same rule as the participation aggregates).
 *
 *   (none) ──issue, rule met──▶ ISSUED ──revoke (officer, reason)──▶ REVOKED
 *
 * The audit event is written in the same transaction as the change. A bulk issue for a session runs in the job queue
 * and counts its progress on its batch row, which the officer who started it reads.
 */
import { completed } from '../scores.service.js';
import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { audit } from '../../../common/audit/audit.js';
import { NotFoundError } from '../../../common/errors/api-errors.js';
import { defineJob, type JobQueue } from '../../../common/jobs/job-queue.js';
import { sqlRows } from '../../../database/sql.js';
import type { Actor, Result } from '../registration.service.js';
import { TrainingCourseEntity, TrainingRegistrationEntity, TrainingSessionEntity } from '../training.entities.js';
import { TrainingErrorCode, trainingError } from '../training.errors.js';
import { newCertificateCode } from './certificate-code.js';
import { TrainingCertificateBatchEntity, TrainingCertificateEntity } from './certificate.entities.js';

/** Who issues the certificates (shown on them and on the public verification). */
export const CERTIFICATE_ISSUER = {
  ar: 'برنامج شبكة لبناء القدرات، وزارة التنمية الاجتماعية',
  en: 'Shabaka capacity-building programme, Ministry of Social Development',
} as const;

export interface Completion {
  complete: boolean;
  attendedDays: number;
  days: number;
  requiredPercent: number;
  /** Why not, naming the rule (empty when complete). */
  reason: string;
}

/** Whether the registration completed its course: confirmed, and attended at least the course's share of days. */
export async function completionOf(
  em: EntityManager,
  registration: TrainingRegistrationEntity,
  course: TrainingCourseEntity,
): Promise<Completion> {
  const [counts] = await sqlRows<{ days: number; attended: number }>(
    em,
    `select count(*)::int as days, count(a.day_id) filter (where a.present)::int as attended
     from training_session_day d
     left join training_attendance a on a.day_id = d.id and a.registration_id = ?
     where d.session_id = ?`,
    [registration.id, registration.sessionId],
  );
  const days = counts?.days ?? 0;
  const attendedDays = counts?.attended ?? 0;
  const requiredPercent = course.completionAttendancePercent;
  if (registration.status !== 'CONFIRMED') {
    return {
      complete: false,
      attendedDays,
      days,
      requiredPercent,
      reason: 'only confirmed participants complete a course',
    };
  }
  // the rule of completion is the scores module's (attendance, and the post-test pass mark when the course has one)
  const rule = { attendancePercent: requiredPercent, passMark: course.completionPassMark };
  const complete = completed(rule, { attended: attendedDays, total: days }, registration.postTestScore);
  const attendedEnough = days > 0 && attendedDays * 100 >= requiredPercent * days;
  return {
    complete,
    attendedDays,
    days,
    requiredPercent,
    reason: complete
      ? ''
      : !attendedEnough
        ? `the course asks for ${requiredPercent}% of the days attended; the participant attended ${attendedDays} of ${days}`
        : `the course asks for a post-test score of at least ${course.completionPassMark}; the participant's is ${registration.postTestScore ?? 'not recorded'}`,
  };
}

export interface Issued {
  certificate: TrainingCertificateEntity;
  /** False when the certificate existed already (issuing is idempotent). */
  created: boolean;
}

export const issueCertificatesJob = defineJob<{ batchId: string }>({
  name: 'training.certificates-issue',
  retryLimit: 3,
  retryDelaySeconds: 10,
  async run({ batchId }, { em }) {
    await new CertificateService(em).runBatch(batchId);
  },
});

export class CertificateService {
  constructor(private readonly em: EntityManager) {}

  /** Issues the registration's certificate, or answers the one it has. */
  async issue(registrationId: string, actor: Actor): Promise<Result<Issued>> {
    return this.em.transactional((em) => this.issueIn(em, registrationId, actor));
  }

  private async issueIn(em: EntityManager, registrationId: string, actor: Actor): Promise<Result<Issued>> {
    // the registration's row lock: two issues at once answer one certificate
    const registration = await em.findOne(
      TrainingRegistrationEntity,
      { id: registrationId },
      { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true },
    );
    if (!registration) throw new NotFoundError('TrainingRegistration');
    const existing = await em.findOne(TrainingCertificateEntity, { registrationId }, { refresh: true });
    if (existing) return { ok: { certificate: existing, created: false } };
    const session = await em.findOneOrFail(TrainingSessionEntity, { id: registration.sessionId });
    const course = await em.findOneOrFail(TrainingCourseEntity, { id: session.courseId });
    const completion = await completionOf(em, registration, course);
    if (!completion.complete) {
      return { error: trainingError(TrainingErrorCode.COURSE_NOT_COMPLETED, completion.reason, 'registrationId') };
    }
    const [person] = await sqlRows<{ name: string }>(em, 'select name from auth_user where id = ?', [
      registration.userId,
    ]);
    const certificate = em.create(TrainingCertificateEntity, {
      registrationId,
      sessionId: registration.sessionId,
      userId: registration.userId,
      code: newCertificateCode(),
      participantName: person?.name ?? '',
      issuerNameAr: CERTIFICATE_ISSUER.ar,
      issuerNameEn: CERTIFICATE_ISSUER.en,
      issuedBy: actor.userId,
    });
    audit(em, {
      actorId: actor.userId,
      action: 'TRAINING_CERTIFICATE_ISSUED',
      subjectType: 'TrainingCertificate',
      subjectId: certificate.id,
      to: 'ISSUED',
      requestId: actor.requestId,
    });
    await em.flush();
    return { ok: { certificate, created: true } };
  }

  /** Revokes a certificate (officers), with the reason kept on it and in the audit log. */
  async revoke(certificateId: string, reason: string, actor: Actor): Promise<Result<TrainingCertificateEntity>> {
    const why = reason.trim();
    if (!why) {
      return { error: trainingError(TrainingErrorCode.INVALID_VALUE, 'give the reason for revoking', 'reason') };
    }
    return this.em.transactional(async (em): Promise<Result<TrainingCertificateEntity>> => {
      const certificate = await em.findOne(
        TrainingCertificateEntity,
        { id: certificateId },
        { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true },
      );
      if (!certificate) throw new NotFoundError('TrainingCertificate');
      if (certificate.revokedAt) {
        return {
          error: trainingError(
            TrainingErrorCode.CERTIFICATE_REVOKED,
            'this certificate is already revoked',
            'certificateId',
          ),
        };
      }
      certificate.revokedAt = new Date();
      certificate.revocationReason = why;
      certificate.revokedBy = actor.userId;
      audit(em, {
        actorId: actor.userId,
        action: 'TRAINING_CERTIFICATE_REVOKED',
        subjectType: 'TrainingCertificate',
        subjectId: certificate.id,
        from: 'ISSUED',
        to: 'REVOKED',
        reason: why,
        requestId: actor.requestId,
      });
      await em.flush();
      return { ok: certificate };
    });
  }

  /** Starts a bulk issue for the session's confirmed participants: the batch row and its job, in one transaction. */
  async startBatch(sessionId: string, actor: Actor, jobs: JobQueue): Promise<TrainingCertificateBatchEntity> {
    const session = await this.em.findOne(TrainingSessionEntity, { id: sessionId });
    if (!session) throw new NotFoundError('TrainingSession');
    const batch = await this.em.transactional(async (em) => {
      const created = em.create(TrainingCertificateBatchEntity, {
        sessionId,
        startedBy: actor.userId,
        total: await em.count(TrainingRegistrationEntity, { sessionId, status: 'CONFIRMED' }),
      });
      audit(em, {
        actorId: actor.userId,
        action: 'TRAINING_CERTIFICATES_BULK_STARTED',
        subjectType: 'TrainingSession',
        subjectId: sessionId,
        requestId: actor.requestId,
      });
      await em.flush();
      created.jobId = await jobs.send(em, issueCertificatesJob, { batchId: created.id });
      await em.flush();
      return created;
    });
    jobs.wake(issueCertificatesJob);
    return batch;
  }

  /**
   * The job: each confirmed participant in a transaction of their own (a retry after a failure starts again and
   * finds the certificates already issued), the batch's counts moved with it.
   */
  async runBatch(batchId: string): Promise<void> {
    const batch = await this.em.findOne(TrainingCertificateBatchEntity, { id: batchId });
    if (!batch || batch.finishedAt) return;
    const registrations = await sqlRows<{ id: string }>(
      this.em,
      `select id from training_registration where session_id = ? and status = 'CONFIRMED' order by created_at, id`,
      [batch.sessionId],
    );
    await sqlRows(
      this.em,
      `update training_certificate_batch set total = ?, processed = 0, issued = 0, already_issued = 0, incomplete = 0
       where id = ?`,
      [registrations.length, batchId],
    );
    const actor: Actor = { userId: batch.startedBy, requestId: `job:${batchId}`, officer: true };
    for (const { id } of registrations) {
      await this.em.fork().transactional(async (em) => {
        const result = await this.issueIn(em, id, actor);
        const column = result.error ? 'incomplete' : result.ok.created ? 'issued' : 'already_issued';
        await sqlRows(
          em,
          `update training_certificate_batch set processed = processed + 1, ${column} = ${column} + 1 where id = ?`,
          [batchId],
        );
      });
    }
    await sqlRows(this.em, 'update training_certificate_batch set finished_at = now() where id = ?', [batchId]);
  }
}
