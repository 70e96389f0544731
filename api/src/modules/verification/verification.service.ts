/**
 * The verification of an organisation's registration, as a state machine. This service is the only writer of the
 * verification columns of `organization` (state, decision time, decider, note): the directory reads them.
 *
 *   UNVERIFIED ──submit──▶ PENDING ──decide: VERIFIED──▶ VERIFIED
 *   REJECTED ───submit──▶    │  ▲
 *                            │  └──submit (more evidence)──┐
 *                            ├──decide: INFORMATION_REQUESTED (question)──▶ PENDING, case INFORMATION_REQUESTED
 *                            └──decide: REJECTED (reason)──▶ REJECTED
 *
 * A PENDING organisation has an open case (`verification_case`): WAITING for an officer since its last submission,
 * or INFORMATION_REQUESTED, waiting for the organisation (the question is its verification note); it stays PENDING
 * in the directory meanwhile. The case closes with the final decision.
 *
 * Each step locks the organisation's row for its transaction (concurrent decisions are taken one after the other,
 * and the second finds the state already changed) and writes its audit event in the same transaction.
 */
import { LockMode, raw, type FilterQuery } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { audit } from '../../common/audit/audit.js';
import { NotFoundError } from '../../common/errors/api-errors.js';
import { paginate, type ConnectionPage } from '../../common/pagination/paginate.js';
import type { PageRequest } from '../../common/pagination/pagination.args.js';
import { OrganizationEntity, type VerificationState } from '../directory/index.js';
import { VerificationErrorCode, verificationError, type VerificationError } from './verification.errors.js';
import { VerificationCaseEntity, type VerificationCaseStatus } from './verification-case.entity.js';
import { VerificationEvidenceEntity } from './verification-evidence.entity.js';

export type VerificationDecisionValue = 'VERIFIED' | 'REJECTED' | 'INFORMATION_REQUESTED';

/** The steps each state allows (and, while PENDING, each status of its case). */
type Step = 'submit' | 'decide' | 'requestInformation';
function allows(state: VerificationState, status: VerificationCaseStatus | undefined, step: Step): boolean {
  switch (state) {
    case 'UNVERIFIED':
    case 'REJECTED':
      return step === 'submit';
    case 'PENDING':
      return step === 'decide' || (status === 'INFORMATION_REQUESTED') === (step === 'submit');
    case 'VERIFIED':
      return false;
  }
}

export interface QueueFilter {
  /** Part of the Arabic or English name. */
  search?: string | null;
  governorates?: readonly string[] | null;
  legalForms?: readonly string[] | null;
  status?: VerificationCaseStatus | null;
}

export interface Actor {
  userId: string;
  requestId: string;
}

export class VerificationService {
  constructor(private readonly em: EntityManager) {}

  /** Submits uploaded evidence: the organisation becomes PENDING. */
  submit(organizationId: string, evidenceId: string, actor: Actor): Promise<VerificationError | undefined> {
    return this.em.transactional(async (em) => {
      const evidence = await em.count(VerificationEvidenceEntity, { id: evidenceId, organizationId });
      if (evidence === 0) {
        return verificationError(
          VerificationErrorCode.EVIDENCE_NOT_FOUND,
          'no such evidence for this organisation',
          'evidenceId',
        );
      }
      const organization = await this.lock(em, organizationId);
      const from: VerificationState = organization.verificationState;
      const open = await em.findOne(VerificationCaseEntity, { organizationId });
      if (!allows(from, open?.status, 'submit')) {
        return verificationError(
          VerificationErrorCode.ALREADY_DECIDED,
          `the organisation is already ${from.toLowerCase()}`,
          'organizationId',
        );
      }
      await this.setVerification(em, organizationId, { verificationState: 'PENDING', verificationNote: null });
      const submitted = open ?? em.create(VerificationCaseEntity, { organizationId });
      Object.assign(submitted, {
        status: 'WAITING',
        submittedAt: new Date(),
        submittedBy: actor.userId,
        informationRequestedAt: null,
      });
      audit(em, {
        actorId: actor.userId,
        action: 'VERIFICATION_SUBMITTED',
        subjectType: 'Organization',
        subjectId: organizationId,
        from,
        to: 'PENDING',
        requestId: actor.requestId,
      });
      return undefined;
    });
  }

  /**
   * An officer's decision on a PENDING organisation: verify it, reject it (with a reason, shown to the organisation),
   * or ask it for more information (the question, shown to it; it stays PENDING and may submit more evidence).
   */
  decide(
    organizationId: string,
    decision: VerificationDecisionValue,
    reason: string | null,
    officer: Actor,
  ): Promise<VerificationError | undefined> {
    if (decision !== 'VERIFIED' && !reason) {
      return Promise.resolve(
        verificationError(
          VerificationErrorCode.REASON_REQUIRED,
          decision === 'REJECTED' ? 'say why it is rejected' : 'say what the organisation should send',
          'reason',
        ),
      );
    }
    return this.em.transactional(async (em) => {
      const organization = await this.lock(em, organizationId);
      const from: VerificationState = organization.verificationState;
      const open = await em.findOne(VerificationCaseEntity, { organizationId });
      const step: Step = decision === 'INFORMATION_REQUESTED' ? 'requestInformation' : 'decide';
      if (!allows(from, open?.status, step)) {
        return verificationError(
          VerificationErrorCode.ALREADY_DECIDED,
          open?.status === 'INFORMATION_REQUESTED'
            ? 'more information was already requested'
            : `the organisation is ${from.toLowerCase()}, not pending`,
          'organizationId',
        );
      }
      if (decision === 'INFORMATION_REQUESTED') {
        await this.setVerification(em, organizationId, { verificationNote: reason });
        const waiting = open ?? em.create(VerificationCaseEntity, { organizationId });
        Object.assign(waiting, { status: 'INFORMATION_REQUESTED', informationRequestedAt: new Date() });
      } else {
        const verified = decision === 'VERIFIED';
        await this.setVerification(em, organizationId, {
          verificationState: decision,
          verificationNote: reason,
          verifiedAt: verified ? new Date() : null,
          verifiedBy: verified ? officer.userId : null,
        });
        if (open) em.remove(open);
      }
      audit(em, {
        actorId: officer.userId,
        action: 'VERIFICATION_DECIDED',
        subjectType: 'Organization',
        subjectId: organizationId,
        from,
        to: decision,
        reason,
        requestId: officer.requestId,
      });
      return undefined;
    });
  }

  /**
   * The officers' queue: the open cases, oldest submission first, a page at a time; searched by name and filtered
   * by governorate, legal form and status.
   */
  async queue(filter: QueueFilter, page: PageRequest): Promise<ConnectionPage<VerificationCaseEntity>> {
    const where: FilterQuery<OrganizationEntity> = { verificationState: 'PENDING' };
    if (filter.governorates?.length) where.governorateCode = { $in: [...filter.governorates] };
    if (filter.legalForms?.length) where.legalFormCode = { $in: [...filter.legalForms] };
    const search = filter.search?.trim();
    if (search) {
      const like = `%${search.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
      where.$or = [{ nameAr: { $ilike: like } }, { nameEn: { $ilike: like } }, { acronym: { $ilike: like } }];
    }
    // the pending organisations are few (a queue, not the directory): their ids bound the page's query
    const pending = await this.em.find(OrganizationEntity, where, { fields: ['id'], disableIdentityMap: true });
    return paginate(
      this.em,
      VerificationCaseEntity,
      {
        organizationId: { $in: pending.map((o) => o.id) },
        ...(filter.status ? { status: filter.status } : {}),
      },
      { page, orderBy: { submittedAt: 'asc', organizationId: 'asc' }, kind: 'verification-case', toNode: (c) => c },
    );
  }

  /** Writes the verification columns of a locked organisation, leaving its profile `version` as it is. */
  private async setVerification(
    em: EntityManager,
    organizationId: string,
    values: Partial<Pick<OrganizationEntity, 'verificationState' | 'verificationNote' | 'verifiedAt' | 'verifiedBy'>>,
  ): Promise<void> {
    // naming the version (as itself) keeps MikroORM from raising it, as it does for every update of a versioned entity;
    // the record did change (exports' dateModified follows updated_at)
    await em.nativeUpdate(
      OrganizationEntity,
      { id: organizationId },
      { ...values, updatedAt: new Date(), version: raw('version') },
    );
  }

  /** The organisation's open case, if it is pending. */
  openCase(organizationId: string): Promise<VerificationCaseEntity | null> {
    return this.em.findOne(VerificationCaseEntity, { organizationId });
  }

  /**
   * Locks the organisation's row and reads it outside the identity map: the verification columns are written by
   * `setVerification`, so that a decision never raises the profile's `version` (an editor's open form stays valid).
   */
  private async lock(em: EntityManager, organizationId: string): Promise<OrganizationEntity> {
    const organization = await em.findOne(
      OrganizationEntity,
      { id: organizationId },
      { lockMode: LockMode.PESSIMISTIC_WRITE, disableIdentityMap: true },
    );
    if (!organization) throw new NotFoundError('Organization');
    return organization;
  }
}
