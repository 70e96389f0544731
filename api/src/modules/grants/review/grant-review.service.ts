/**
 * Grants on the review module: a grant application is a review subject of its call's round; the officers' decisions
 * around the review (eligibility before it, shortlist or reject after it, notes on the ranking), each audited in its
 * transaction and told to the lead applicant through the outbox.
 */
import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { audit } from '../../../common/audit/audit.js';
import { isOfficer } from '../../../common/auth/viewer.js';
import type { EmailOutbox } from '../../../common/email/email-outbox.js';
import { sqlRows } from '../../../database/sql.js';
import {
  MIN_REVIEWERS,
  registerReviewSubject,
  resultsOf,
  type ReviewActor,
  type ReviewSubjectAdapter,
  type SubjectParties,
} from '../../review/index.js';
import { GrantApplicationEntity, GrantApplicationPartnerEntity, GrantCallEntity } from '../grants.entities.js';
import { GrantErrorCode as Code, grantError, type GrantError } from '../grants.errors.js';
import { grantDecisionEmail, type GrantDecisionEmailKind } from './grant-review.emails.js';

export const GRANT_APPLICATION_SUBJECT = 'GrantApplication';
export const GRANT_CALL_SCOPE = 'GrantCall';
const REVIEWABLE = new Set(['ELIGIBLE', 'UNDER_REVIEW']);

export const grantApplicationReviewSubject: ReviewSubjectAdapter = {
  kind: GRANT_APPLICATION_SUBJECT,
  scopeKind: GRANT_CALL_SCOPE,
  async partiesOf(em, subjectIds) {
    const applications = await em.find(GrantApplicationEntity, { id: { $in: [...subjectIds] } });
    const partners = await em.find(GrantApplicationPartnerEntity, { applicationId: { $in: [...subjectIds] } });
    const parties = new Map<string, SubjectParties>();
    for (const a of applications) {
      const own = partners.filter((p) => p.applicationId === a.id);
      parties.set(a.id, {
        organizationIds: [a.leadOrganizationId, ...own.filter((p) => p.organizationId).map((p) => p.organizationId!)],
        institutionIds: own.filter((p) => p.institutionId).map((p) => p.institutionId!),
      });
    }
    return parties;
  },
  async reviewableScope(em, subjectId) {
    const application = await em.findOne(
      GrantApplicationEntity,
      { id: subjectId },
      { lockMode: LockMode.PESSIMISTIC_WRITE },
    );
    return application && REVIEWABLE.has(application.status) ? application.callId : null;
  },
  mayAdminister: isOfficer,
  async onAssigned(em, subjectId, actor) {
    const application = await em.findOneOrFail(GrantApplicationEntity, { id: subjectId });
    if (application.status !== 'ELIGIBLE') return;
    application.status = 'UNDER_REVIEW';
    application.version += 1;
    audit(em, {
      actorId: actor.userId,
      action: 'GRANT_APPLICATION_UNDER_REVIEW',
      subjectType: 'GrantApplication',
      subjectId,
      from: 'ELIGIBLE',
      to: 'UNDER_REVIEW',
      requestId: actor.requestId,
    });
  },
};
registerReviewSubject(grantApplicationReviewSubject);

type Result = { ok: GrantApplicationEntity } | { errors: GrantError[] };
const fail = (code: Code, message: string, field: string | null): Result => ({
  errors: [grantError(code, message, field)],
});

export class GrantReviewService {
  constructor(
    private readonly em: EntityManager,
    private readonly outbox: EmailOutbox,
    private readonly portalUrl: string | null,
  ) {}

  private async locked(em: EntityManager, applicationId: string) {
    return em.findOne(GrantApplicationEntity, { id: applicationId }, { lockMode: LockMode.PESSIMISTIC_WRITE });
  }

  /** Emails the lead's members (owners, editors, viewers) about a decision, in the deciding transaction. */
  private async tellLead(
    em: EntityManager,
    kind: GrantDecisionEmailKind,
    application: GrantApplicationEntity,
    reason: string | null,
  ) {
    const call = await em.findOneOrFail(GrantCallEntity, { id: application.callId });
    // the membership module's members of the lead, with their addresses, in one lookup
    const recipients = await sqlRows<{ email: string }>(
      em,
      `select distinct u.email from auth_user u join organization_member m on m.user_id = u.id
       where m.organization_id = ? order by u.email`,
      [application.leadOrganizationId],
    );
    const content = grantDecisionEmail(
      kind,
      {
        callAr: call.titleAr ?? call.titleEn ?? '',
        callEn: call.titleEn ?? call.titleAr ?? '',
        receipt: application.receiptNumber,
        reason,
      },
      this.portalUrl,
    );
    for (const r of recipients) await this.outbox.enqueue(em, r.email, kind, content);
  }

  private move(
    em: EntityManager,
    application: GrantApplicationEntity,
    to: GrantApplicationEntity['status'],
    reason: string | null,
    actor: ReviewActor,
  ) {
    const from = application.status;
    application.status = to;
    application.version += 1;
    audit(em, {
      actorId: actor.userId,
      action: `GRANT_APPLICATION_${to}`,
      subjectType: 'GrantApplication',
      subjectId: application.id,
      from,
      to,
      reason,
      requestId: actor.requestId,
    });
  }

  /** Declares a submitted application eligible, or ineligible with the reasons. */
  async decideEligibility(applicationId: string, eligible: boolean, reasons: string | null, actor: ReviewActor) {
    const why = reasons?.trim() || null;
    if (!eligible && !why) return fail(Code.REQUIRED, 'give the reasons it is not eligible', 'reasons');
    return this.em.transactional(async (em): Promise<Result> => {
      const application = await this.locked(em, applicationId);
      if (!application || application.status === 'DRAFT')
        return fail(Code.APPLICATION_NOT_FOUND, 'no such submitted application', 'applicationId');
      if (application.status !== 'SUBMITTED')
        return fail(
          Code.WRONG_STATE,
          `eligibility is decided on a submitted application; it is ${application.status.toLowerCase()}`,
          'applicationId',
        );
      if (eligible) {
        this.move(em, application, 'ELIGIBLE', why, actor);
      } else {
        application.ineligibleReason = why;
        this.move(em, application, 'INELIGIBLE', why, actor);
      }
      await em.flush();
      await this.tellLead(
        em,
        eligible ? 'GRANT_APPLICATION_ELIGIBLE' : 'GRANT_APPLICATION_INELIGIBLE',
        application,
        eligible ? null : why,
      );
      return { ok: application };
    });
  }

  /** Shortlists or rejects an application under review, once at least two reviews are submitted. */
  async decide(applicationId: string, decision: 'SHORTLIST' | 'REJECT', note: string | null, actor: ReviewActor) {
    const why = note?.trim() || null;
    if (decision === 'REJECT' && !why) return fail(Code.REQUIRED, 'say why it is rejected', 'note');
    return this.em.transactional(async (em): Promise<Result> => {
      const application = await this.locked(em, applicationId);
      if (!application || application.status === 'DRAFT')
        return fail(Code.APPLICATION_NOT_FOUND, 'no such submitted application', 'applicationId');
      if (application.status !== 'UNDER_REVIEW')
        return fail(
          Code.WRONG_STATE,
          `only an application under review is shortlisted or rejected; it is ${application.status.toLowerCase()}`,
          'applicationId',
        );
      const result = (await resultsOf(em, GRANT_APPLICATION_SUBJECT, [application.id])).get(application.id);
      if ((result?.submittedCount ?? 0) < MIN_REVIEWERS)
        return fail(Code.REVIEWS_INCOMPLETE, `wait for at least ${MIN_REVIEWERS} submitted reviews`, 'applicationId');
      application.decisionNote = why;
      application.decidedAt = new Date();
      this.move(em, application, decision === 'SHORTLIST' ? 'SHORTLISTED' : 'REJECTED', why, actor);
      await em.flush();
      await this.tellLead(
        em,
        decision === 'SHORTLIST' ? 'GRANT_APPLICATION_SHORTLISTED' : 'GRANT_APPLICATION_REJECTED',
        application,
        why,
      );
      return { ok: application };
    });
  }

  /** Writes (or clears) the officers' note on an application in its lot's ranking. */
  async annotate(applicationId: string, note: string | null, actor: ReviewActor) {
    return this.em.transactional(async (em): Promise<Result> => {
      const application = await this.locked(em, applicationId);
      if (!application || !['UNDER_REVIEW', 'SHORTLISTED', 'REJECTED'].includes(application.status))
        return fail(Code.APPLICATION_NOT_FOUND, 'no such application in a ranking', 'applicationId');
      application.rankingNote = note?.trim() || null;
      audit(em, {
        actorId: actor.userId,
        action: 'GRANT_APPLICATION_ANNOTATED',
        subjectType: 'GrantApplication',
        subjectId: application.id,
        requestId: actor.requestId,
      });
      await em.flush();
      return { ok: application };
    });
  }
}
